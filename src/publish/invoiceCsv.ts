import type { Calculation } from '../engine/calc/calculate';
import { InvoiceFile } from '../engine/invoicing/invoiceFile';
import type { OutputTable } from '../engine/output';
import { invoiceBlocks } from '../engine/report/invoiceBasis';
import { csvParts, type CsvOptions } from './csv';

/**
 * The invoice file an ERP imports, as CSV (docs/arbetsbok.md, "Invoices the ERP accepts"): the
 * lines in the layout Fakturakolumner chooses (the five columns without it), made and handed on a
 * block at a time (csvParts). The command line (`intaktsmodell invoice --out FILE.csv`) and the
 * pane's worker ("Fakturaunderlag som CSV") both write it with these, so their bytes are the same.
 */
export interface InvoiceCsv {
  file: InvoiceFile;
  parts: Generator<string>;
}

/** Fakturaunderlag's lines: every customer, service and month of the run. */
export function invoiceBasisCsv(calc: Calculation, options: CsvOptions = {}): InvoiceCsv {
  const file = new InvoiceFile(calc.model.invoicing);
  return { file, parts: csvParts(file.columns, file.blocks(invoiceBlocks(calc)), options) };
}

/** Slutavräkning's credit and debit lines (its output table, in Fakturaunderlag's layout). */
export function settlementCsv(calc: Calculation, settlement: OutputTable, options: CsvOptions = {}): InvoiceCsv {
  const file = new InvoiceFile(calc.model.invoicing);
  return { file, parts: csvParts(file.columns, file.blocks([settlement.rows]), options) };
}
