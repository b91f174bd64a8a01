import type { CellValue } from '../../engine/cells';

/** A value as `Range.values` takes it: '' clears a cell, null would leave it unchanged. */
export type ExcelWriteValue = string | number | boolean;

/**
 * A cell as the engine receives it, from what office-js returns in `values` and `valueTypes`:
 * errors (returned as their text, "#N/A") become `{ error }`, empty cells and empty text null.
 * Date cells arrive as their serial number: office-js `values` carries no format.
 */
export function fromExcel(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    default:
      if (typeof value === 'string') return value === '' ? null : value;
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      if (typeof value === 'boolean') return value;
      return null;
  }
}

/** A header cell's text, as the xlsx adapter reads it. */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * A value to write. An engine error value is written as its literal (#N/A), which Excel turns
 * into the error value; text is written as text by the caller, which gives its cell the text
 * format before the value arrives.
 */
export function toExcel(value: CellValue | undefined): ExcelWriteValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`Excel kan inte lagra talet ${value}.`);
  }
  return value;
}

/** A row of `width` values to write (toExcel of each cell; cells past the row's end are empty). */
export function toExcelRow(row: readonly (CellValue | undefined)[], width: number): ExcelWriteValue[] {
  const out = new Array<ExcelWriteValue>(width);
  for (let j = 0; j < width; j++) out[j] = toExcel(row[j]);
  return out;
}
