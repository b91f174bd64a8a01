import { MONTH_NAMES } from '../months';

/** A Månad cell read: month index 0–11, and the year when the cell names one. */
export type MonthCell =
  | { kind: 'month'; month: number; year: number | null; /** ISO date, when read from an Excel date serial. */ date: string | null }
  | { kind: 'invalid' };

const INVALID: MonthCell = { kind: 'invalid' };
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, valid for every serial after February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 1901-01-01: below this an integer is no plausible date (and 1–12 are month numbers). */
const FIRST_SERIAL = 367;
/** 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;

/**
 * Reads the text of a Månad cell. Accepted: a month number 1–12; "YYYY-MM" (also "YYYY-M"
 * and "YYYYMM"); an ISO date "YYYY-MM-DD", as the xlsx adapter passes date cells; an Excel date
 * serial (a whole number from 367), as office-js passes date cells; a Swedish month name or its
 * first three letters ("mars", "okt", "Okt."). Serials between 190 001 and 220 012 would be
 * dates after the year 2420, beyond any Budgetår, so six digits read as YYYYMM.
 */
export function parseMonth(text: string): MonthCell {
  const s = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})$/.exec(s))) return month(Number(m[1]), null);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return month(Number(m[2]), Number(m[1]));
  if ((m = /^(19\d\d|2[0-2]\d\d)(0[1-9]|1[0-2])$/.exec(s))) return month(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+)?$/.exec(s))) return month(Number(m[2]), Number(m[1]));
  if (/^\d+$/.test(s)) return fromSerial(Number(s));
  return byName(s);
}

function month(n: number, year: number | null, date: string | null = null): MonthCell {
  return n >= 1 && n <= 12 ? { kind: 'month', month: n - 1, year, date } : INVALID;
}

function fromSerial(serial: number): MonthCell {
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return INVALID;
  const date = new Date(EXCEL_EPOCH + serial * DAY_MS);
  return month(date.getUTCMonth() + 1, date.getUTCFullYear(), date.toISOString().slice(0, 10));
}

function byName(s: string): MonthCell {
  const name = s.toLocaleLowerCase('sv-SE').replace(/\.$/, '');
  if (name.length < 3) return INVALID;
  const i = MONTH_NAMES.findIndex((full) => full === name || (name.length === 3 && full.startsWith(name)));
  return i < 0 ? INVALID : { kind: 'month', month: i, year: null, date: null };
}
