/**
 * What the engine receives from a workbook: named tables of raw cell values, exactly as the
 * host read them. The engine alone interprets them (numbers in text, error values, blanks).
 */

/** An Excel error value such as #N/A or #DIV/0!. */
export interface CellError {
  error: string;
}

/**
 * A cell's value. Formula cells carry their result. Dates arrive as ISO text (YYYY-MM-DD);
 * nothing in the contract is a date. Empty cells are null.
 */
export type CellValue = string | number | boolean | null | CellError;

export interface RawTable {
  /** The table's name as written in the workbook. */
  name: string;
  /** The sheet the table sits on. */
  sheet: string;
  /** Header cells, as text, in sheet order. */
  headers: string[];
  /** Data rows (the header row excluded); rows[i][j] sits under headers[j]. */
  rows: CellValue[][];
  /**
   * Where the header row's first cell sits on the sheet (1-based row and column), when the host
   * knows it. Used to name the cell of a problem, e.g. `Volymer!C17`.
   */
  origin?: { row: number; column: number };
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
