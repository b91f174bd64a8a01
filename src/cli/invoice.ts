import { runModel } from '../engine';
import type { OutputTable } from '../engine/output';
import { INVOICE_BASIS, MAX_SHEET_ROWS, invoiceBlocks, invoiceLineCount } from '../engine/report/invoiceBasis';
import type { Calculation } from '../engine/calc/calculate';
import type { Dec } from '../engine/decimal';
import { InvoiceFile } from '../engine/invoicing/invoiceFile';
import { invoiceBasisCsv, settlementCsv } from '../publish/invoiceCsv';
import { createXlsx, openXlsx } from '../workbook/xlsx';
import { fastGzip } from './gzip';
import type { CliIO, CommandHelpers } from './io';
import { ProgressReporter } from './progress';
import { summaryText } from './summary';

export interface InvoiceOptions {
  out: string;
  /** CSV text without the apostrophe before = + - @, tab or CR (src/publish/csv.ts). */
  rawText?: boolean;
  quiet?: boolean;
  /** Write Slutavräkning's credit and debit lines instead of Fakturaunderlag. */
  slutavrakning?: boolean;
}

const EXIT_OK = 0;
const EXIT_WORKBOOK_ERRORS = 1;
const SHOWN_WARNINGS = 10;
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/**
 * `intaktsmodell invoice IN.xlsx --out FILE.csv|FILE.xlsx`: prices IN and writes Fakturaunderlag,
 * as CSV for an ERP import (any number of lines) or as a new workbook with the one table.
 * Exits 0 when written, 1 when the workbook has errors (nothing is written).
 */
export async function invoiceCommand(input: string, opts: InvoiceOptions, io: CliIO, helpers: CommandHelpers): Promise<number> {
  const kind = /\.csv$/i.test(opts.out) ? 'csv' : /\.xlsx$/i.test(opts.out) ? 'xlsx' : null;
  if (kind === null) throw helpers.usage(`utfilen ${opts.out} ska sluta på .csv eller .xlsx.`);
  if (kind === 'xlsx' && opts.rawText) throw helpers.usage(`--raw-text gäller bara CSV: i ${opts.out} är varje text en textcell, som Excel aldrig kör som formel.`);
  await helpers.checkFiles(input, [{ option: '--out', path: opts.out }]);
  const started = io.now();
  const progress = new ProgressReporter(io, started, { quiet: opts.quiet });
  progress.report('Läser arbetsboken', 0);
  const workbook = await openXlsx(await helpers.readInput(input), { onProgress: progress.phase('Läser arbetsboken', 0, 0.3) });
  const result = runModel(await workbook.readTables(), { onProgress: (step, fraction) => fraction < 1 && progress.report(step, 0.3 + fraction * 0.65) });
  if (!result.ok || result.calculation === null) {
    progress.done();
    io.stdout(summaryText(result, (io.now() - started) / 1000) + '\n');
    io.stdout(`${opts.out} skrevs inte eftersom arbetsboken har fel.\n`);
    return EXIT_WORKBOOK_ERRORS;
  }
  const calc = result.calculation;
  if (opts.slutavrakning) return writeSettlement(calc, result.outputs, kind, opts, io, helpers, progress);
  const count = invoiceLineCount(calc);
  // The lines in Fakturakolumner's layout (the five columns without it).
  let file = new InvoiceFile(calc.model.invoicing);
  progress.report('Skriver fakturaunderlaget', 0.95);
  if (kind === 'xlsx') {
    if (count > MAX_SHEET_ROWS) {
      throw helpers.usage(`fakturaunderlaget har ${whole.format(count)} rader, fler än ett Excel-blad rymmer (${whole.format(MAX_SHEET_ROWS)}). Skriv det som .csv.`);
    }
    const out = createXlsx();
    await out.writeOutputs([file.table(INVOICE_BASIS, count, () => invoiceBlocks(calc))]);
    await helpers.writeOutput(opts.out, out.toChunks({ gzip: fastGzip }));
  } else {
    // Made and written a block at a time, whatever the size (beyond one sheet the engine's table has no rows).
    const csv = invoiceBasisCsv(calc, { rawText: opts.rawText });
    file = csv.file;
    await helpers.writeOutput(opts.out, csv.parts);
  }
  progress.done();
  if (!opts.quiet) {
    const total = calc.services.reduce((sum, r) => sum + r.revenue, 0);
    const year = calc.model.monthProfiles.year;
    io.stdout(
      `Skrev ${whole.format(count)} fakturarader till ${opts.out}: ${calc.model.customers.length} kunder, ` +
        `12 månader${year === null ? '' : ` ${year}`}, totalt ${whole.format(calc.money.toNumber(total))} kr ` +
        `(${((io.now() - started) / 1000).toFixed(2).replace('.', ',')} s).\n`,
    );
    if (file.showsVat) io.stdout(vatLine(file));
    const warnings = result.problems.filter((p) => p.level === 'warning' && p.code !== 'invoice-basis-too-large');
    for (const w of warnings.slice(0, SHOWN_WARNINGS)) io.stdout(`  Varning: ${w.message}\n`);
    if (warnings.length > SHOWN_WARNINGS) io.stdout(`  … och ${warnings.length - SHOWN_WARNINGS} varningar till; intaktsmodell calculate IN.xlsx --json visar alla i Kontroller.\n`);
  }
  return EXIT_OK;
}

/**
 * `invoice --slutavrakning`: Slutavräkning's lines, in Fakturaunderlag's layout, as CSV or a
 * workbook. Nothing is written when the workbook settles nothing (Avräkning Ingen, no actuals, or
 * nothing above the cap): exit 1 with the reason.
 */
async function writeSettlement(calc: Calculation, outputs: readonly OutputTable[], kind: 'csv' | 'xlsx', opts: InvoiceOptions, io: CliIO, helpers: CommandHelpers, progress: ProgressReporter): Promise<number> {
  const table = outputs.find((o) => o.name === 'Slutavräkning') as OutputTable;
  let file = new InvoiceFile(calc.model.invoicing);
  progress.done();
  if (table.rows.length === 0) {
    io.stdout(`${opts.out} skrevs inte: arbetsboken avräknar inget (Avräkning Ingen, inget utfall, eller inget över Resultatfondstak; se bladet Resultatfond).\n`);
    return EXIT_WORKBOOK_ERRORS;
  }
  if (kind === 'xlsx') {
    const out = createXlsx();
    await out.writeOutputs([file.table('Slutavräkning', table.rows.length, () => [table.rows])]);
    await helpers.writeOutput(opts.out, out.toChunks({ gzip: fastGzip }));
  } else {
    const csv = settlementCsv(calc, table, { rawText: opts.rawText });
    file = csv.file;
    await helpers.writeOutput(opts.out, csv.parts);
  }
  if (!opts.quiet) {
    const total = table.rows.reduce((sum, r) => sum + (r[3] as number), 0);
    io.stdout(`Skrev ${whole.format(table.rows.length)} rader slutavräkning till ${opts.out}: totalt ${whole.format(total)} kr (${total < 0 ? 'återbetalas' : 'debiteras'}).\n`);
    if (file.showsVat) io.stdout(vatLine(file));
  }
  return EXIT_OK;
}

const money = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The file's VAT and gross totals, the sums of its lines' Moms and Brutto. */
function vatLine(file: InvoiceFile): string {
  const { vat, gross } = file.totals();
  const kr = (d: Dec) => money.format(d.toNumber());
  return `  Moms ${kr(vat)} kr, brutto ${kr(gross)} kr (summan av radernas Moms och Brutto).\n`;
}
