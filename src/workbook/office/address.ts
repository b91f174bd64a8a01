import { cellAddress, columnLetters, EXCEL_COLUMNS, EXCEL_ROWS, formatRange, parseRange, type CellRange } from '../xlsx/cell-range';

export type { CellRange };
export { cellAddress, columnLetters, EXCEL_COLUMNS, EXCEL_ROWS, formatRange };

/**
 * Splits an address as Excel returns it (`Volymer!A1:D448`, `'Sammansatta nycklar'!A1:C3`,
 * `'Kund''s'!B2`) into its sheet and its cell range.
 */
export function parseSheetAddress(address: string): { sheet: string; range: CellRange } {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(address.trim());
  if (!match) throw new Error(`Ogiltig celladress: ${address}`);
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
  return { sheet, range: parseRange(match[3]!) };
}

/** A range of `rows` × `columns` cells whose top-left cell is (row, column), 1-based. */
export function rangeOf(row: number, column: number, rows: number, columns: number): CellRange {
  return { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
}

export function rangeAddress(range: CellRange): string {
  return formatRange(range);
}
