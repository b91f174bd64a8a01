/**
 * What the engine receives from a workbook: named tables of raw cell values, exactly as the
 * host read them. The engine alone interprets them (numbers in text, error values, blanks).
 */

/** An Excel error value such as #N/A or #DIV/0!. */
export interface CellError {
  error: string;
}

/**
 * A cell the host knows to be a date (a number shown with a date format): ISO 8601,
 * `YYYY-MM-DD`, with `THH:MM:SS` only when there is a time. A number column refuses it by name
 * instead of reading the serial number (44317); a text column reads the ISO text.
 */
export interface CellDate {
  date: string;
}

/** A formula cell without a computed value (openpyxl writes formulas without computing them). */
export interface CellFormula {
  /** The formula as Excel shows it, with its leading `=`: `=B2*2`. */
  formula: string;
}

/**
 * A cell covered by a merged range that starts in another cell: Excel shows it empty; a reader
 * that copies the first cell's value into it would be silently wrong.
 */
export interface CellMerged {
  /** The merged range, e.g. `A5:A6`. */
  merged: string;
}

/**
 * A cell's value. Formula cells carry their result. Dates arrive as `{ date }` when the host
 * sees the date format, else as ISO text (YYYY-MM-DD); nothing in the contract is a date.
 * Empty cells are null.
 */
export type CellValue = string | number | boolean | null | CellError | CellDate | CellFormula | CellMerged;

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

/**
 * A cell value as text, as a header or a name reads it: a date as its ISO text, an error value
 * as its literal (#N/A), an uncomputed formula as its formula, a covered merged cell as empty
 * (what Excel shows); null as ''.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if ('error' in value) return value.error;
  if ('date' in value) return value.date;
  if ('formula' in value) return value.formula;
  return '';
}
