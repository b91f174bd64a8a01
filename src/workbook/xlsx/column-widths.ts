import type ExcelJS from 'exceljs';

// At least 10: exceljs drops a width of exactly 9 as its "default" and Excel then shows 8.43.
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;
/** Room for the filter button in a table's header cell. */
const HEADER_PADDING = 3;

/** The widest text a column shows, in characters, clamped to a readable width. */
export function columnWidth(header: string, values: readonly ExcelJS.CellValue[]): number {
  let widest = 0;
  for (const value of values) widest = Math.max(widest, displayLength(value));
  return fittedWidth(header, widest);
}

/** The width of a column under `header` whose widest value shows `widestValue` characters (0 for none). */
export function fittedWidth(header: string, widestValue: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, header.length + HEADER_PADDING, widestValue + 1));
}

/** The characters a value shows in its cell, as the column width counts them. */
export function displayLength(value: ExcelJS.CellValue): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') {
    const digits = String(Math.trunc(Math.abs(value))).length;
    const separators = Math.floor((digits - 1) / 3);
    const decimals = Number.isInteger(value) ? 0 : 3;
    return digits + separators + decimals + (value < 0 ? 1 : 0);
  }
  if (typeof value === 'string') return value.includes('\n') ? Math.max(...value.split('\n').map((line) => line.length)) : value.length;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'object' && 'error' in value) return String(value.error).length;
  return 10;
}
