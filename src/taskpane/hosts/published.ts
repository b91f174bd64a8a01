/**
 * The published files the pane makes from a run (docs/arbetsbok.md, "Den publicerade
 * prislistan", "Invoices the ERP accepts"): the price list as PDF or as a printable .xlsx,
 * Kundbesked as one PDF, and the invoice file for the ERP as CSV. They are
 * made where the run's calculation is kept (the pane's worker, in Excel and in the browser alike)
 * and handed to the user by the host.
 */
export type PublishedFormat = 'pdf' | 'xlsx';

/** A published file's type: the price list's formats, and CSV for the invoice file. */
export type FileFormat = PublishedFormat | 'csv';

/** Made from the last run, in the worker: each resolves to the file's bytes. */
export interface PublishedFiles {
  /** The price list per Verksamhetsområde; `label` is the footer's version label ('' for none). */
  priceList(format: PublishedFormat, label: string): Promise<Blob>;
  /** Kundbesked for these customers as one PDF, each customer from a new page. */
  statementsPdf(customers: string[]): Promise<Blob>;
  /** The invoice file for the ERP as CSV (the command line's bytes): Fakturaunderlag, or with `settlement` Slutavräkning. */
  invoiceCsv(settlement: boolean): Promise<Blob>;
}

/** A file for the user, with the name it is offered under. */
export interface PublishedFile {
  bytes: Blob;
  name: string;
  format: FileFormat;
  /** Kundbesked rather than the price list (the hosts' advice differs where a file cannot be saved). */
  statements?: boolean;
}

/**
 * How the host handed the file over: offered as a download, or opened as a new workbook in
 * Excel (the .xlsx price list, ExcelApi 1.8), where the user saves or prints it.
 */
export type PublishedDelivery = 'downloaded' | 'opened';

/** The hosts' capability (host.ts): hand a published file to the user, or throw a message saying why not and what works instead. */
export type SavePublished = (file: PublishedFile) => Promise<PublishedDelivery>;

/**
 * The longest version label: one line of the footer (the command line's `--label` has the same
 * limit, src/cli/pricelist.ts MAX_LABEL; Excel's footer holds 255 characters in all).
 */
export const MAX_LABEL = 100;

/** The label as it goes in the footer, or null when it is not one line of at most MAX_LABEL characters. */
export function footerLabel(text: string): string | null {
  const label = text.trim();
  return /[\r\n\t]/.test(label) || label.length > MAX_LABEL ? null : label;
}

/** Characters no file name may hold on Windows, Mac or the web, and control characters. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

function fileName(base: string, format: FileFormat): string {
  return `${base.replace(NOT_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim()}.${format}`;
}

/** "Prislista 2021 Servicenämnden 2021-11-18.pdf": the document's title and label, as the command line's user would name it. */
export function priceListFileName(year: number | null, label: string, format: PublishedFormat): string {
  return fileName(`Prislista${year === null ? '' : ` ${year}`}${label.trim() === '' ? '' : ` ${label.trim()}`}`, format);
}

/** "Kundbesked Socialförvaltningen.pdf", or "Kundbesked 12 kunder.pdf", as the .xlsx download is named. */
export function statementsPdfFileName(customers: readonly string[]): string {
  return fileName(customers.length === 1 ? `Kundbesked ${customers[0]}` : `Kundbesked ${customers.length} kunder`, 'pdf');
}

/** "Fakturaunderlag 2021.csv", "Slutavräkning 2021.csv": the table the lines are of, and Budgetår. */
export function invoiceCsvFileName(year: number | null, settlement: boolean): string {
  return fileName(`${settlement ? 'Slutavräkning' : 'Fakturaunderlag'}${year === null ? '' : ` ${year}`}`, 'csv');
}
