/** Where an output row is on its sheet: the table starts at A1 with its header, so data row i is on row i + 2. */
export function sheetRowAddress(sheet: string, index: number, columns: number): string {
  const row = index + 2;
  return `'${sheet.replace(/'/g, "''")}'!A${row}:${columnLetters(columns)}${row}`;
}

/** 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = Math.max(1, column); n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export type SortDirection = 'ascending' | 'descending';

/** Compares names as a Swedish reader orders them (å, ä, ö last; case aside). */
export const byName = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true }).compare;

/** `items` sorted by `compare` in `direction`, ties kept in their given order (Array#sort is stable). */
export function sortedBy<T>(items: readonly T[], compare: (a: T, b: T) => number, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b));
}
