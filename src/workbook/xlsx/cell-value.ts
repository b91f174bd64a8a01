import type ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/cells';
import { dateToIso } from './serial-date';

/**
 * An exceljs cell value as the engine receives it: formulas as their cached result, rich text
 * and hyperlinks as their plain text, dates as ISO text, errors as `{ error }`, and both empty
 * cells and empty text as null. A formula without a cached result (openpyxl writes formulas
 * without computing them) is null too: there is nothing else to read.
 */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToIso(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return toCellValue(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return toCellValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result as ExcelJS.CellValue);
  return null;
}

/** An engine cell value as exceljs writes it. */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object') return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}
