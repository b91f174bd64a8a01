import { runModel } from '../engine';
import { publishedPriceList } from '../engine/publish/priceList';
import { priceListDocument } from '../publish/priceListPdf';
import { openXlsx, priceListXlsx } from '../workbook/xlsx';
import type { CliIO, CommandHelpers } from './io';
import { pdfBytes } from './pdf';
import { ProgressReporter } from './progress';
import { summaryText } from './summary';

export interface PriceListOptions {
  out: string;
  label?: string;
  quiet?: boolean;
}

/** A label is one line of the footer; Excel's footer holds 255 characters in all. */
export const MAX_LABEL = 100;

/**
 * `intaktsmodell pricelist IN.xlsx --out PRISLISTA.pdf|.xlsx [--label TEXT]`: the price list the
 * customers are sent, per Verksamhetsområde, as a PDF or as a printable A4 sheet in a new
 * workbook. Exit 0 when written, 1 when the workbook has errors (nothing is written), 2 for bad
 * arguments.
 */
export async function priceListCommand(input: string, opts: PriceListOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  const kind = /\.pdf$/i.test(opts.out) ? 'pdf' : /\.xlsx$/i.test(opts.out) ? 'xlsx' : null;
  if (kind === null) throw helpers.usage(`utfilen ${opts.out} ska sluta på .pdf eller .xlsx (prislistan skrivs som PDF eller som ett utskriftsblad i en ny arbetsbok).`);
  const label = (opts.label ?? `Utkast ${isoDate(io.now())}`).trim();
  if (/[\r\n\t]/.test(label)) throw helpers.usage('--label ska vara en rad text utan radbrytningar eller tabbar.');
  if (label.length > MAX_LABEL) throw helpers.usage(`--label har ${label.length} tecken; den står i sidfoten och får ha högst ${MAX_LABEL}.`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  progress.report('Läser arbetsboken', 0);
  const workbook = await openXlsx(await helpers.readInput(input), { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const result = runModel(await workbook.readTables(), { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.6) });
  if (!result.ok || result.calculation === null) {
    progress.done();
    io.stdout(summaryText(result, (io.now() - started) / 1000) + '\n');
    io.stdout(`${opts.out} skrevs inte eftersom arbetsboken har fel.\n`);
    return 1;
  }
  const list = publishedPriceList(result.calculation, { label });
  progress.report('Skriver prislistan', 0.9);
  await helpers.writeOutput(opts.out, kind === 'pdf' ? await pdfBytes(priceListDocument(list)) : await priceListXlsx(list));
  progress.done();
  if (!opts.quiet) {
    const services = list.areas.reduce((n, a) => n + a.services.length, 0);
    const seconds = ((io.now() - started) / 1000).toFixed(2).replace('.', ',');
    io.stdout(`Skrev ${list.title.toLowerCase()} (${label === '' ? 'utan versionsetikett' : label}) till ${opts.out}: ${services} tjänster i ${list.areas.length} verksamhetsområden, på ${seconds} s.\n`);
  }
  return 0;
}

/** The local date as 2021-11-18. */
function isoDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
