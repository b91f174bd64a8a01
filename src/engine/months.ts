/** The twelve months of the budget year, as the invoice basis names them. */

export const MONTHS = 12;

/** Swedish month names, January first (index 0). */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "01" … "12": sorts in calendar order both as text and in Swedish collation. */
export function monthNumber(month: number): string {
  return String(month + 1).padStart(2, '0');
}

/** Period (YYYY-MM) of month index 0–11; without a year only the month, "01" … "12". */
export function periodOf(year: number | null, month: number): string {
  return year === null ? monthNumber(month) : `${year}-${monthNumber(month)}`;
}

/** "januari 2021", or "januari" without a year. */
export function monthText(year: number | null, month: number): string {
  const name = MONTH_NAMES[month] ?? '';
  return year === null ? name : `${name} ${year}`;
}
