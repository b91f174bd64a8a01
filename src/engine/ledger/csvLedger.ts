import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { ProblemList } from '../read/problemList';
import { normalizeName } from '../schema';
import type { CellValue } from '../cells';
import { swedishAmount } from './amount';
import { MONTH_HEADERS, monthOfCell } from './ledgerMonth';
import { decodeExport } from './textDecode';
import type { LedgerFile, LedgerRow } from './types';

export type LedgerField = 'Konto' | 'Ansvar' | 'Verksamhet' | 'Aktivitet' | 'Belopp';

/**
 * The headers a report export may give each field (matched as names are: case, spaces and
 * Unicode form ignored). Konto and Belopp are required; the month (Månad, Period, Datum:
 * ledgerMonth.ts) is read only for an import into Utfall; other columns (Kontonamn, Text …) are
 * not read.
 */
export const LEDGER_HEADERS: Record<LedgerField, readonly string[]> = {
  Konto: ['Konto', 'Kontonr', 'Kontonummer', 'Konto nr'],
  Ansvar: ['Ansvar', 'Ansvarsenhet', 'Kostnadsställe', 'Kst', 'Resultatenhet'],
  Verksamhet: ['Verksamhet', 'Verks', 'Vht', 'Verksamhetskod'],
  Aktivitet: ['Aktivitet', 'Projekt', 'Aktivitet/Projekt', 'Akt'],
  Belopp: ['Belopp', 'Budget', 'Utfall', 'Saldo', 'Summa'],
};

const FIELD_OF = new Map<string, LedgerField>(
  (Object.entries(LEDGER_HEADERS) as [LedgerField, readonly string[]][]).flatMap(([field, headers]) => headers.map((h) => [normalizeName(h), field] as const)),
);

/** A column the import reads: a ledger field, or the month (read only for Utfall). */
export type LedgerColumn = LedgerField | 'Månad';

const MONTH_OF = new Set(MONTH_HEADERS.map(normalizeName));

/**
 * Which column holds each field, or the problems of the header row (`where` names a header
 * cell). With `withMonth` (an import into Utfall) the month is read too and required: a column
 * Månad, Period or Datum.
 */
export function ledgerColumns(headers: readonly string[], file: string, problems: ProblemList, withMonth = false): Map<LedgerColumn, number> | null {
  const columns = new Map<LedgerColumn, number>();
  let ok = true;
  headers.forEach((header, index) => {
    const name = normalizeName(header);
    const field = FIELD_OF.get(name) ?? (withMonth && MONTH_OF.has(name) ? 'Månad' : undefined);
    if (field === undefined) return;
    const earlier = columns.get(field);
    if (earlier !== undefined) {
      ok = false;
      problems.error('ledger-duplicate-column', { table: file, column: header }, msg('ledgerDuplicateColumn', { file, field, first: headers[earlier] as string, firstIndex: earlier + 1, second: header, secondIndex: index + 1 }));
      return;
    }
    columns.set(field, index);
  });
  for (const field of ['Konto', 'Belopp'] as const) {
    if (!columns.has(field)) {
      ok = false;
      problems.error('ledger-missing-column', { table: file, column: field }, msg('ledgerMissingColumn', { file, field, accepted: names(LEDGER_HEADERS[field]) }));
    }
  }
  if (withMonth && ok && !columns.has('Månad')) {
    ok = false;
    problems.error('ledger-missing-column', { table: file, column: 'Månad' }, msg('ledgerMissingColumn', { file, field: 'Månad', accepted: names(MONTH_HEADERS) }));
  }
  return ok ? columns : null;
}

/**
 * Ledger rows from a table of cells (a CSV file's records, an xlsx table's rows): a row with
 * every read field blank is skipped; a row without Konto, or whose Belopp is not an amount, is
 * an error naming its line and column. Numbers from xlsx cells are taken as they are.
 */
export function ledgerRows(
  records: readonly (readonly CellValue[])[],
  columns: Map<LedgerColumn, number>,
  file: string,
  problems: ProblemList,
  lineOf: (index: number) => number,
  headers: readonly string[] = [],
): LedgerRow[] {
  const monthColumn = columns.get('Månad');
  const rows: LedgerRow[] = [];
  const text = (record: readonly CellValue[], field: LedgerField): string => {
    const index = columns.get(field);
    const value = index === undefined ? null : record[index];
    return value === null || value === undefined ? '' : typeof value === 'object' ? '\u0000' : String(value).trim();
  };
  records.forEach((record, index) => {
    const line = lineOf(index);
    const konto = text(record, 'Konto');
    const amountCell = record[columns.get('Belopp') as number] ?? null;
    const others = (['Ansvar', 'Verksamhet', 'Aktivitet'] as const).map((f) => text(record, f));
    const amountText = amountCell === null ? '' : typeof amountCell === 'object' ? '\u0000' : String(amountCell).trim();
    const monthCell = monthColumn === undefined ? null : (record[monthColumn] ?? null);
    const monthBlank = monthCell === null || (typeof monthCell === 'string' && monthCell.trim() === '');
    if (konto === '' && amountText === '' && others.every((o) => o === '') && monthBlank) return;
    const bad = (field: LedgerField, value: string) => problems.error('ledger-bad-cell', { table: file, row: line, column: field }, msg('ledgerBadCell', { file, line, field, text: value === '\u0000' ? '' : value.slice(0, 60) }));
    if (konto === '' || konto === '\u0000') return bad('Konto', konto);
    const fieldBad = (['Ansvar', 'Verksamhet', 'Aktivitet'] as const).find((f, i) => others[i] === '\u0000');
    if (fieldBad) return bad(fieldBad, '\u0000');
    const amount = typeof amountCell === 'number' && Number.isFinite(amountCell) ? String(amountCell) : swedishAmount(amountText);
    if (amount === null || amount === '' || /e/i.test(amount)) return bad('Belopp', amountText);
    const row: LedgerRow = { line, konto, ansvar: others[0] as string, verksamhet: others[1] as string, aktivitet: others[2] as string, amount };
    if (monthColumn !== undefined) {
      const month = monthOfCell(monthCell);
      if (month === null) {
        const column = headers[monthColumn] ?? 'Månad';
        const text = monthBlank ? '' : typeof monthCell === 'object' ? '?' : String(monthCell).trim().slice(0, 40);
        problems.error('ledger-bad-month', { table: file, row: line, column }, msg('actualsBadMonth', { file, line, column, text }));
        return;
      }
      row.month = month;
    }
    rows.push(row);
  });
  return rows;
}

/**
 * A report export as CSV: UTF-8 (with or without BOM) or Windows-1252, fields separated by
 * semicolons (a tab or comma when the header row has no semicolon), quotes around fields as
 * RFC 4180 writes them ("" is a quote), the first non-empty line the header row.
 */
export function readLedgerCsv(bytes: Uint8Array, file: string, problems: ProblemList, withMonth = false): LedgerFile | null {
  const { text, encoding } = decodeExport(bytes);
  const records = csvRecords(text, file, problems);
  if (records === null) return null;
  const headerIndex = records.findIndex((r) => r.fields.some((f) => f.trim() !== ''));
  if (headerIndex < 0) {
    problems.error('ledger-empty', { table: file }, msg('ledgerEmpty', { file }));
    return null;
  }
  const header = records[headerIndex] as CsvRecord;
  const columns = ledgerColumns(header.fields, file, problems, withMonth);
  if (columns === null) return null;
  const body = records.slice(headerIndex + 1);
  const rows = ledgerRows(body.map((r) => r.fields), columns, file, problems, (i) => (body[i] as CsvRecord).line, header.fields.map((h) => h.trim()));
  return { kind: `CSV (${encoding})`, rows };
}

interface CsvRecord {
  line: number;
  fields: string[];
}

function csvRecords(text: string, file: string, problems: ProblemList): CsvRecord[] | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i <= text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) {
            problems.error('ledger-unclosed-quote', { table: file, row: start }, msg('ledgerUnclosedQuote', { file, line: start }));
            return null;
          }
          const c = text[i] as string;
          if (c === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (c === '"') {
            i++;
            break;
          } else {
            if (c === '\n') line++;
            field += c;
            i++;
          }
        }
        while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      fields.push(field);
      if (text[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    records.push({ line: start, fields });
    line++;
    if (i >= text.length) break;
  }
  return records;
}
