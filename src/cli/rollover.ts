import { WorkbookMessageError } from '../workbook/messages/error';
import { rollWorkbookFile } from '../workbook/xlsx/rollover/roll-file';
import { fastGzip } from './gzip';
import type { CliIO, CommandHelpers } from './io';
import { ProgressReporter } from './progress';
import { summaryText } from './summary';

export interface RolloverOptions {
  out: string;
  quiet?: boolean;
}

/**
 * `intaktsmodell rollover IN.xlsx --out NASTA_AR.xlsx`: next year's input workbook from this
 * year's (engine/rollover.ts), as a copy of IN in which only the input tables that change are
 * edited and this year's outputs are left out (xlsx/rollover/); never IN itself. A workbook with
 * macros is written as .xlsm with them. Exit 0 when written, 1 when the workbook has errors or a
 * table cannot be changed safely (nothing is written), 2 for bad arguments.
 */
export async function rolloverCommand(input: string, opts: RolloverOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  if (!/\.xls[xm]$/i.test(opts.out)) throw helpers.usage(`utfilen ${opts.out} ska sluta på .xlsx (eller .xlsm): nästa års arbetsbok är en kopia av arbetsboken.`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  const bytes = await helpers.readInput(input);
  let rolled;
  try {
    rolled = await rollWorkbookFile(bytes, {
      gzip: fastGzip,
      onProgress: (phase, fraction, step) => fraction < 1 && progress.report(phase === 'reading' ? 'Läser arbetsboken' : phase === 'writing' ? 'Skriver nästa års arbetsbok' : (step ?? 'Beräknar'), fraction),
    });
  } catch (error) {
    if (!(error instanceof WorkbookMessageError)) throw error;
    progress.done();
    io.stderr(`Fel: ${error.message}\n`);
    return 1;
  }
  if (!rolled.ok) {
    progress.done();
    io.stdout(summaryText(rolled.result, (io.now() - started) / 1000) + '\n');
    io.stdout(`${opts.out} skrevs inte eftersom arbetsboken har fel.\n`);
    return 1;
  }
  if (/\.xlsx$/i.test(opts.out) && rolled.macros) {
    throw helpers.usage(`${input} har makron: skriv nästa års arbetsbok till ${opts.out.replace(/\.xlsx$/i, '.xlsm')} så att de finns kvar.`);
  }
  if (/\.xlsm$/i.test(opts.out) && !rolled.macros) {
    throw helpers.usage(`${input} har inga makron: skriv nästa års arbetsbok till ${opts.out.replace(/\.xlsm$/i, '.xlsx')} (Excel öppnar inte en vanlig arbetsbok under namnet .xlsm).`);
  }
  await helpers.writeOutput(opts.out, rolled.rolled.chunks);
  progress.done();
  const values = rolled.rolled.formulasToValues;
  if (values.length > 0) {
    const shown = values.slice(0, 10).join(', ') + (values.length > 10 ? ` … (${values.length - 10} till)` : '');
    io.stderr(`Varning: ${values.length === 1 ? 'en formel pekade' : `${values.length} formler pekade`} på årets utdatablad, som inte följer med; ${values.length === 1 ? 'den har' : 'de har'} sitt senaste värde i stället: ${shown}.\n`);
  }
  if (!opts.quiet) {
    const { changed, added, removedSheets } = rolled.rolled;
    const outputs = removedSheets.filter((s) => !s.startsWith('_'));
    io.stdout(
      `Skrev nästa års arbetsbok${rolled.year === null ? '' : ` (${rolled.year})`} till ${opts.out}: ${changed.length + added.length} av ${rolled.rolled.tables} indatatabeller ändrade` +
        `${added.length > 0 ? ` (${added.join(', ')} på ett nytt blad)` : ''}; Fjolårspris, Fjolårsvolym och Fjolårsbelopp är årets, utfallet tömt. ` +
        `Allt annat i arbetsboken följer med som det var${outputs.length > 0 ? `, utom årets utdatablad (${outputs.length}), som nästa beräkning skriver på nytt` : ''}.\n`,
    );
  }
  return 0;
}
