import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../engine/cells';
import { isMalformedNumber } from '../cell-texts';
import { toCellValue } from '../cell-value';
import { isoToSerial } from '../serial-date';

/** A `<c>` element as the sheet has it, before its value is worked out. */
export interface SheetCell {
  /** `t`: s, str, inlineStr, b, e, n or d; undefined is n. */
  type?: string;
  /** Index into cellXfs (`s`); 0 when left out. */
  style: number;
  /** The text of `<f>`, and its `t` (shared, array …). */
  formula?: string;
  formulaType?: string;
  /** The text of `<v>`, or of an inline string's `<t>`s; undefined when there is none. */
  text?: string;
}

/** What a cell's value depends on besides the cell itself. */
export interface CellContext {
  sharedStrings: readonly string[];
  /** Number format by cell format index (see readCellFormats). */
  formats: readonly (string | undefined)[];
  date1904: boolean;
  /** A shared-string index past the list: the caller names the cell in its error. */
  missingString(index: number): never;
}

/**
 * Whether a format makes a number a Date before the engine's own isDateFormat looks at it: a
 * date or time letter outside `[...]` and quoted text. Kept as exceljs decided it, so that
 * times and formats the two disagree on read exactly as they did through exceljs.
 */
function dateLike(format: string | undefined): boolean {
  if (format === undefined) return false;
  // Asked for every number cell with a format, of a handful of formats: each is worked out once.
  let known = dateLikeFormats.get(format);
  if (known === undefined) {
    known = /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    if (dateLikeFormats.size < 10_000) dateLikeFormats.set(format, known);
  }
  return known;
}

const dateLikeFormats = new Map<string, boolean>();

/** A serial number as the Date it stands for, to the millisecond. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

type Scalar = string | number | boolean | Date | { error: string };

/** A number cell's or cached result's text: a malformed number (12abc, NaN, 1e309) is text. */
function numberOrText(text: string, type: string | undefined, numFmt: string | undefined, date1904: boolean): Scalar {
  if ((type === undefined || type === 'n') && isMalformedNumber(text)) return text;
  const number = parseFloat(text);
  return dateLike(numFmt) ? serialToDate(number, date1904) : number;
}

/** `t="d"`: an ISO 8601 date as its serial number, other text as text. */
function isoDate(text: string, numFmt: string | undefined, date1904: boolean): Scalar {
  const serial = isoToSerial(text, date1904);
  if (serial === null) return text;
  return dateLike(numFmt) ? serialToDate(serial, date1904) : serial;
}

/**
 * A cell's value as the engine receives it (see toCellValue): text, shared strings, booleans,
 * errors, numbers (a date by its format), ISO dates, and formulas as their cached result, or as
 * `{ formula }` when saved without one (openpyxl). `formula` is the cell's own formula, a
 * shared formula's already moved to this cell.
 */
export function cellValue(cell: SheetCell, formula: string | undefined, context: CellContext): CellValue {
  const { type, text } = cell;
  const numFmt = cell.style ? context.formats[cell.style] : undefined;
  const { date1904 } = context;
  if (cell.formula || cell.formulaType !== undefined) {
    let result: Scalar | undefined;
    if (text) {
      if (type === 'str') result = text;
      else if (type === 'b') result = parseInt(text, 10) !== 0;
      else if (type === 'e') result = { error: text };
      else if (type === 'd') result = isoDate(text, numFmt, date1904);
      else result = numberOrText(text, type, numFmt, date1904);
    }
    const uncomputed = result === undefined && type !== 'str' && type !== 'inlineStr';
    const value = { formula: formula ?? '', result } as ExcelJS.CellValue;
    return toCellValue(value, { numFmt, date1904, uncomputed, formula });
  }
  if (text === undefined) return null;
  switch (type) {
    case 's': {
      const index = parseInt(text, 10);
      const string = context.sharedStrings[index];
      if (string === undefined) context.missingString(index);
      return toCellValue(string);
    }
    case 'str':
    case 'inlineStr':
      return toCellValue(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return toCellValue({ error: text } as ExcelJS.CellValue);
    case 'd':
      return toCellValue(isoDate(text, numFmt, date1904) as ExcelJS.CellValue, { numFmt, date1904 });
    default:
      return toCellValue(numberOrText(text, type, numFmt, date1904) as ExcelJS.CellValue, { numFmt, date1904 });
  }
}
