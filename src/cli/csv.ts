import { once } from 'node:events';
import { format, type FormatterOptionsArgs } from '@fast-csv/format';
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

/** The header row and the rows as CSV bytes, rows taken one at a time (any number of them). */
export async function toCsv(columns: readonly OutputColumn[], rows: Iterable<readonly OutputValue[]>, options: CsvOptions = {}): Promise<Uint8Array> {
  const stream = format<string[], string[]>(OPTIONS);
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const write = async (row: string[]) => {
    if (!stream.write(row)) await once(stream, 'drain');
  };
  await write(columns.map((c) => csvValue(c.header, options)));
  for (const row of rows) await write(columns.map((_, i) => csvValue(row[i], options)));
  stream.end();
  await finished;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
