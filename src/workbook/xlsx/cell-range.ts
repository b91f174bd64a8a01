/** A1-style cell references. */

/** The last row and column of a sheet in Excel (A1:XFD1048576). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Parses `B2:D10` (or a single cell, `$` signs allowed); throws on anything else. */
export function parseRange(ref: string): CellRange {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!match) throw new Error(`Ogiltigt cellområde: ${ref}`);
  const [, c1, r1, c2, r2] = match;
  const a = { row: Number(r1), column: columnNumber(c1!) };
  const b = c2 === undefined ? a : { row: Number(r2), column: columnNumber(c2) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function formatRange(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}
