import type ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/cells';
import { isDateFormat, serialToIso } from '../date-format';
import { dateToIso, isoToSerial } from './serial-date';

/** What the reader knows of a cell besides its value (read/cell-values.ts). */
export interface CellFacts {
  /** The cell's number format (read/cell-formats.ts; undefined for General). */
  numFmt?: string;
  date1904?: boolean;
  /** The cell's formula without `=` (a shared formula's translated to this cell). */
  formula?: string;
  /** The package has the formula without a cached value (openpyxl writes formulas so). */
  uncomputed?: boolean;
}

/**
 * A cell value, in exceljs's shapes, as the engine receives it: formulas as their cached result, rich text
 * and hyperlinks as their plain text, dates as `{ date }` (ISO), errors as `{ error }`, and
 * both empty cells and empty text as null. A number is a date when its format is one by
 * isDateFormat (exceljs misses `YYYY`, `DD.MM` …; a Date it made from a format that is none,
 * such as `0\ \s\t`, is turned back into its number). A formula without a cached result is
 * `{ formula }` when the package says it was never computed (openpyxl writes formulas so), and
 * null otherwise (Excel's formula that gives "" has an empty cached value too).
 */
export function toCellValue(value: ExcelJS.CellValue | undefined, facts: CellFacts = {}): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numberValue(value, facts);
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateValue(value, facts);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return toCellValue(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return toCellValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result as ExcelJS.CellValue | undefined;
    if ((result === undefined || result === null) && facts.uncomputed) {
      const formula = facts.formula ?? ('formula' in value ? value.formula : undefined);
      return formula ? { formula: `=${formula}` } : null;
    }
    return toCellValue(result, { ...facts, formula: undefined, uncomputed: false });
  }
  return null;
}

function numberValue(value: number, facts: CellFacts): CellValue {
  if (!Number.isFinite(value)) return null;
  if (!isDateFormat(facts.numFmt)) return value;
  const date = serialToIso(value, facts.date1904);
  return date === null ? value : { date };
}

function dateValue(value: Date, facts: CellFacts): CellValue {
  const iso = dateToIso(value);
  if (iso === null) return null;
  if (facts.numFmt !== undefined && !isDateFormat(facts.numFmt)) return isoToSerial(iso, facts.date1904 ?? false);
  return { date: iso };
}

/** An engine cell value as exceljs writes it; a date as a Date (exceljs gives it a date format). */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('error' in value) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  if ('date' in value) return new Date(value.date.length === 10 ? `${value.date}T00:00:00Z` : `${value.date}Z`);
  if ('formula' in value) return { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellValue;
  throw new Error(`En sammanfogad cell (${value.merged}) kan inte skrivas som ett värde.`);
}
