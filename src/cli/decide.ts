import { decideVersion, runModel } from '../engine';
import { renderMessage, type Language, type Message } from '../engine/messages/catalog';
import { SheetNotOwnedError } from '../workbook/port';
import { openXlsx, TableNameTakenError } from '../workbook/xlsx';
import { fastGzip } from './gzip';
import type { CliIO, CommandHelpers } from './io';
import { ProgressReporter } from './progress';

export interface DecideOptions {
  label: string;
  out: string;
  quiet?: boolean;
  lang?: Language;
}

/**
 * `intaktsmodell decide IN.xlsx --label "Servicenämnden 2021-11-18" --out UT.xlsx`: prices IN and
 * writes a copy of it whose protected sheet Beslutade versioner holds, besides the versions IN
 * had, this calculation's price list and per-customer amounts under the label, with the day (UTC)
 * and the inputs' fingerprint (docs/arbetsbok.md, "Decided versions"). Exit 0 when written; 1 when
 * the workbook has errors or the label is refused (nothing written); 2 for bad arguments.
 */
export async function decideCommand(input: string, opts: DecideOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  const lang = opts.lang ?? 'sv';
  const say = (m: Message) => renderMessage(m, lang);
  if (!/\.xls[xm]$/i.test(opts.out)) throw helpers.usage(`utfilen ${opts.out} måste sluta på .xlsx (eller .xlsm): den är en kopia av arbetsboken med den beslutade versionen.`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  progress.report('Läser arbetsboken', 0);
  const workbook = await openXlsx(await helpers.readInput(input), { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const macros = await workbook.hasMacros();
  if (/\.xlsx$/i.test(opts.out) && macros) throw helpers.usage(`${input} har makron: skriv kopian till ${opts.out.replace(/\.xlsx$/i, '.xlsm')} så att de finns kvar.`);
  if (/\.xlsm$/i.test(opts.out) && !macros) throw helpers.usage(`${input} har inga makron: skriv kopian till ${opts.out.replace(/\.xlsm$/i, '.xlsx')}.`);
  const tables = await workbook.readTables();
  const run = runModel(tables, { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.6) });
  const day = new Date(io.now()).toISOString().slice(0, 10);
  const decided = decideVersion(tables, run, opts.label, day);
  if (!decided.ok) {
    progress.done();
    for (const p of decided.problems.filter((x) => x.level === 'error')) io.stderr(`${lang === 'sv' ? 'Fel' : 'Error'}: ${say(p.text)}\n`);
    io.stderr(`${say(decided.reason)}\n`);
    return 1;
  }
  progress.report('Skriver den beslutade versionen', 0.9);
  try {
    await workbook.writeOutputs([decided.table]);
  } catch (error) {
    if (error instanceof SheetNotOwnedError || error instanceof TableNameTakenError) throw helpers.usage(error.message);
    throw error;
  }
  await helpers.writeOutput(opts.out, workbook.toChunks({ gzip: fastGzip }));
  progress.done();
  if (!opts.quiet) {
    for (const m of decided.messages) io.stdout(say(m) + '\n');
    io.stdout(lang === 'sv' ? `Skrev ${opts.out}.\n` : `Wrote ${opts.out}.\n`);
  }
  return 0;
}
