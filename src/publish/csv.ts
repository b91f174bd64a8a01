// The formatter's own modules, not the package's index: that one brings the Node stream (CsvFormatterStream), which the pane's worker has not.
import { FormatterOptions, type FormatterOptionsArgs } from '@fast-csv/format/build/src/FormatterOptions';
import { RowFormatter } from '@fast-csv/format/build/src/formatter';
import type { OutputColumn, OutputValue } from '../engine/output';

/**
 * CSV as Swedish Excel and ERP imports read it. Excel opens a .csv with the system's list
 * separator and decimal sign, which for Swedish regional settings are ";" and ","; it takes the
 * file as UTF-8 only when it starts with a byte order mark (otherwise as Windows-1252, and
 * "Östermalm" turns into "Ã–stermalm"). Lines end in CRLF (RFC 4180). Quoting, when a field
 * holds ; " or a line break, is fast-csv's: the field in double quotes, its quotes doubled.
 */
const OPTIONS: FormatterOptionsArgs<string[], string[]> = {
  delimiter: ';',
  rowDelimiter: '\r\n',
  includeEndRowDelimiter: true,
  writeBOM: true,
  quote: '"',
};

export interface CsvOptions {
  /** Text exactly as it is, without the apostrophe before a formula-like start (an ERP import that needs it). */
  rawText?: boolean;
}

/**
 * Text that Excel (and LibreOffice) would take for a formula when the CSV is opened: it starts
 * with = + - or @ (a DDE call such as `=cmd|' /C calc'!A0` runs a program), or with a tab or a
 * carriage return, which Excel skips before looking at the next character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number written as text ("-1234,50", "+46"): no formula, so left alone. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * One cell: text as it is, but with an apostrophe in front when it could run as a formula
 * (CSV injection; the usual defence, OWASP's), numbers with a decimal comma and no thousands
 * separator, blank for none. Numbers are never text here, so a negative amount stays a number.
 */
export function csvValue(value: OutputValue | undefined, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return options.rawText || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value) ? value : `'${value}`;
  if (!Number.isFinite(value)) throw new RangeError(`inget ändligt tal: ${value}`);
  return plainDecimal(value).replace('.', ',');
}

/** A number in positional notation: String() would give "1e-7" and "1e+21". */
function plainDecimal(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  const fixed = n.toFixed(20);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * The header row and the rows as CSV text, made a block of rows at a time as it is written: one
 * part per row (the byte order mark with the header first, the last line end last), so no
 * whole-document string is built and a block is let go once written. A row at a time, not a block
 * joined: Node encodes a row's short string four to six times as fast as the same text in a
 * block's long one (the command line writes a region's 178 MB, measured). The fields are formatted by
 * fast-csv's own row formatter, the one its stream uses, so the text is what the stream wrote;
 * called directly because without a row transform it answers at once, and a stream would cost a
 * transform step and a buffer per row (millions of rows for a country). A value that cannot be
 * written (csvValue) or a block that throws while being made ends the parts with that error.
 */
export function* csvParts(columns: readonly OutputColumn[], blocks: Iterable<readonly (readonly OutputValue[])[]>, options: CsvOptions = {}): Generator<string> {
  const formatterOptions = new FormatterOptions(OPTIONS);
  const formatter = new RowFormatter(formatterOptions);
  yield formatterOptions.BOM + formatted(formatter, columns.map((c) => csvValue(c.header, options)));
  for (const block of blocks) {
    for (const row of block) yield formatted(formatter, columns.map((_, i) => csvValue(row[i], options)));
  }
  let end: string[] = [];
  formatter.finish((error, rows) => {
    if (error) throw error;
    end = rows ?? [];
  });
  yield end.join('');
}

/** One row as the formatter writes it (the line end before it included, from the second row on). */
function formatted(formatter: RowFormatter<string[], string[]>, row: string[]): string {
  let text: string | undefined;
  formatter.format(row, (error, rows) => {
    if (error) throw error;
    text = (rows ?? []).join('');
  });
  if (text === undefined) throw new Error('fast-csv did not format the row at once (a row transform was set?)');
  return text;
}
