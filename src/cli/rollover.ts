import { runModel } from '../engine';
import { rolloverTables } from '../engine/rollover';
import { createXlsx, openXlsx } from '../workbook/xlsx';
import type { CliIO, CommandHelpers } from './io';
import { ProgressReporter } from './progress';
import { summaryText } from './summary';

export interface RolloverOptions {
  out: string;
  quiet?: boolean;
}

/**
 * `intaktsmodell rollover IN.xlsx --out NASTA_AR.xlsx`: next year's input workbook from this
 * year's (engine/rollover.ts): a new workbook with every input table, never IN itself. Exit 0
 * when written, 1 when the workbook has errors (nothing is written), 2 for bad arguments.
 */
export async function rolloverCommand(input: string, opts: RolloverOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  if (!/\.xlsx$/i.test(opts.out)) throw helpers.usage(`utfilen ${opts.out} ska sluta på .xlsx (nästa års arbetsbok).`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  progress.report('Läser arbetsboken', 0);
  const workbook = await openXlsx(await helpers.readInput(input), { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const tables = await workbook.readTables();
  const result = runModel(tables, { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.6) });
  if (!result.ok || result.calculation === null) {
    progress.done();
    io.stdout(summaryText(result, (io.now() - started) / 1000) + '\n');
    io.stdout(`${opts.out} skrevs inte eftersom arbetsboken har fel.\n`);
    return 1;
  }
  const next = rolloverTables(tables, result.calculation);
  progress.report('Skriver nästa års arbetsbok', 0.9);
  const out = createXlsx();
  await out.writeInputTables(next);
  await helpers.writeOutput(opts.out, await out.toBuffer());
  progress.done();
  if (!opts.quiet) {
    const year = result.calculation.model.settings.budgetYear;
    io.stdout(
      `Skrev nästa års arbetsbok${year === null ? '' : ` (${year + 1})`} till ${opts.out}: ${next.length} indatatabeller; ` +
        'Fjolårspris, Fjolårsvolym och Fjolårsbelopp är årets, utfallet tömt. Andra blad och formatering i arbetsboken följer inte med.\n',
    );
  }
  return 0;
}
