import type { CellValue } from '../cells';
import type { LedgerMonth } from './types';

/** The headers a report export may give the month of a row (matched as names are), for an import into Utfall. */
export const MONTH_HEADERS: readonly string[] = ['Månad', 'Period', 'Datum'];

/**
 * The month of a CSV or xlsx export's Månad, Period or Datum cell: a month number 1–12 (no
 * year), ÅÅÅÅ-MM (also ÅÅÅÅ-M), ÅÅÅÅMM, a date ÅÅÅÅ-MM-DD (a time after it is ignored) or
 * ÅÅÅÅMMDD, or a cell Excel keeps as a date. Anything else (a month name, 15/3/2027, an Excel
 * serial in a plain number cell) is null: an export's month column is machine-written, and a
 * guess could book a row in the wrong month.
 */
export function monthOfCell(value: CellValue | undefined): LedgerMonth | null {
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? monthOfText(String(value)) : null;
  if (typeof value === 'object') return 'date' in value ? monthOfText(value.date) : null;
  return monthOfText(value.trim());
}

function monthOfText(s: string): LedgerMonth | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})$/.exec(s))) return month(null, Number(m[1]));
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})(\d{2})$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+)?$/.exec(s))) return day(m[1] as string, m[2] as string, m[3] as string);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return day(m[1] as string, m[2] as string, m[3] as string);
  return null;
}

/** A SIE date (4B: ÅÅÅÅMMDD, a #VER's verdatum or a #TRANS's transdat) as its month; null when it is no date. */
export function sieDateMonth(text: string): LedgerMonth | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? day(m[1] as string, m[2] as string, m[3] as string) : null;
}

/** A SIE period (ÅÅÅÅMM, already checked by the reader) as its month. */
export function siePeriodMonth(period: string): LedgerMonth {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(4, 6)) };
}

/** "2027-03": the month as the import writes it into Utfall's Månad (a form readActuals reads and checks against Budgetår). */
export function monthKey(m: LedgerMonth): string {
  if (m.year === null) throw new Error('monthKey: the month has no year; the import gives it Budgetår first');
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

function month(year: number | null, n: number): LedgerMonth | null {
  return n >= 1 && n <= 12 ? { year, month: n } : null;
}

function day(y: string, m: string, d: string): LedgerMonth | null {
  const [year, mon, dd] = [Number(y), Number(m), Number(d)];
  const date = new Date(Date.UTC(year, mon - 1, dd));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === mon - 1 && date.getUTCDate() === dd;
  return real && year >= 1900 ? { year, month: mon } : null;
}
