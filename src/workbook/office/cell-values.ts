import type { CellValue } from '../../engine/cells';
import { isDateFormat, serialToIso } from '../date-format';

/** A value as `Range.values` takes it: '' clears a cell, null would leave it unchanged. */
export type ExcelWriteValue = string | number | boolean;

/**
 * A cell as the engine receives it, from what office-js returns in `values`, `valueTypes` and
 * `numberFormat`: errors (returned as their text, "#N/A") become `{ error }`, empty cells and
 * empty text null. `values` gives a date as its serial number (44317); a number whose format
 * shows a date (isDateFormat) is passed on as `{ date }`, in the 1900 date system.
 */
export function fromExcel(value: unknown, type: string | undefined, numberFormat?: unknown): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    default:
      if (typeof value === 'string') return value === '' ? null : value;
      if (typeof value === 'number') return Number.isFinite(value) ? numberValue(value, numberFormat) : null;
      if (typeof value === 'boolean') return value;
      return null;
  }
}

function numberValue(value: number, numberFormat: unknown): CellValue {
  if (typeof numberFormat !== 'string' || !isDateFormat(numberFormat)) return value;
  const date = serialToIso(value);
  return date === null ? value : { date };
}

/** A header cell's text, as the xlsx adapter reads it. */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * A value to write. An engine error value is written as its literal (#N/A), which Excel turns
 * into the error value, a date as its ISO text and a formula as its text (which Excel parses
 * as typed); text is written as text by the caller, which gives its cell the text format
 * before the value arrives. A covered merged cell has no value of its own: writing one is a bug.
 */
export function toExcel(value: CellValue | undefined): ExcelWriteValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('error' in value) return value.error;
    if ('date' in value) return value.date;
    if ('formula' in value) return value.formula;
    throw new Error(`En sammanfogad cell (${value.merged}) kan inte skrivas som ett värde.`);
  }
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
