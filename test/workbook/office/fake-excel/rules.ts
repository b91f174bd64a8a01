/** Excel's rules as the fake enforces them: names, addresses, and how a written value is parsed. */
import { fail } from './errors';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const lower = (s: string) => s.toLocaleLowerCase('sv-SE');

/** Sheet names: 1–31 characters, none of \ / ? * [ ] :, not starting or ending with '. */
export function checkSheetName(name: unknown): asserts name is string {
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    // Half an emoji (a lone surrogate) is no character: Excel refuses it.
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name) ||
    lower(name) === 'history'
  ) {
    fail('InvalidArgument', `The sheet name "${String(name)}" is not valid.`);
  }
}

/**
 * Table (and defined) names: start with a letter, _ or \, then letters, digits, _ . \; no
 * spaces; at most 255 characters; not a cell reference (A1, XFD1048576, R1C1, R, C).
 */
export function checkTableName(name: unknown): asserts name is string {
  const ok =
    typeof name === 'string' &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr](\d*)[Cc](\d*)$/.test(name) &&
    !/^[RrCc]$/.test(name);
  if (!ok) fail('InvalidArgument', `The table name "${String(name)}" is not valid.`);
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** `A1` or `A1:C3` (with optional $), nothing else: no whole columns, no names. */
export function parseRect(ref: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return fail('InvalidArgument', `The address "${ref}" is not valid.`);
  const a = { r: Number(m[2]), c: columnNumber(m[1]!) };
  const b = m[3] === undefined ? a : { r: Number(m[4]), c: columnNumber(m[3]) };
  if (a.r < 1 || b.r < 1 || a.r > 1048576 || b.r > 1048576 || a.c > 16384 || b.c > 16384) {
    fail('InvalidArgument', `The address "${ref}" is outside the sheet.`);
  }
  return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
}

/** `Sheet!A1:B2` or `'My sheet'!A1:B2`; the sheet is optional. */
export function splitAddress(address: string): { sheet: string | null; rect: Rect } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(address.trim());
  if (!m) return { sheet: null, rect: parseRect(address) };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, rect: parseRect(m[3]!) };
}

export function rectRef(rect: Rect): string {
  const a = `${columnLetters(rect.left)}${rect.top}`;
  const b = `${columnLetters(rect.right)}${rect.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** As Excel returns addresses: the sheet quoted when it is more than letters, digits, _ and . */
export function formatAddress(sheet: string, rect: Rect): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${rectRef(rect)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

export type Content =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; boolean: boolean }
  | { kind: 'error'; error: string }
  | { kind: 'formula'; formula: string };

/**
 * The most characters (UTF-16 code units) a cell holds; office-js refuses a longer value with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect format.").
 */
export const CELL_TEXT_MAX = 32767;
/** The most characters of a table's column name. */
export const COLUMN_NAME_MAX = 255;

/**
 * A table's column names, as the adapter must send them. Stricter than Excel, on purpose:
 * Excel renames a repeated header ("Kund2") and keeps a line break in one, where a reader
 * looking for "Kund" then misses it and the xlsx writer cannot write it back; the fake refuses
 * both, and a name over 255 characters, with InvalidArgument (the code office-js gives a
 * table argument it cannot take), so that a test sees what the adapter sent.
 */
export function checkColumnNames(headers: readonly string[]): void {
  const seen = new Set<string>();
  for (const header of headers) {
    if (header.length > COLUMN_NAME_MAX) fail('InvalidArgument', `The column name "${header.slice(0, 40)}…" is longer than ${COLUMN_NAME_MAX} characters.`);
    if (/[\r\n]/.test(header)) fail('InvalidArgument', `The column name ${JSON.stringify(header)} has a line break.`);
    if (seen.has(lower(header))) fail('InvalidArgument', `The column name "${header}" is repeated in the table.`);
    seen.add(lower(header));
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Text that parseInput turns into a date's serial number. */
export function isDateInput(value: string): boolean {
  return ISO_DATE.test(value);
}

/**
 * A value written through `Range.values`, parsed as Excel parses typed input (office-js: "If
 * the value starts with a plus, minus, or equal sign, Excel interprets it as a formula"):
 * in a Text-formatted cell (`@`) a string stays text; elsewhere a leading ' marks text, =, +, -
 * and @ start a formula, and numbers, TRUE/FALSE, error literals and ISO dates are converted.
 * Returns null for an empty string (the cell is cleared).
 */
export function parseInput(value: unknown, numberFormat: string): Content | null {
  if (typeof value === 'string' && value.length > CELL_TEXT_MAX) {
    fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${value.length} characters; a cell holds ${CELL_TEXT_MAX}.)`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    return { kind: 'number', number: value };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if (typeof value !== 'string') return fail('InvalidArgument', `Unsupported cell value ${JSON.stringify(value)}.`);
  if (value === '') return null;
  if (numberFormat === '@') return { kind: 'text', text: value };
  if (value.startsWith("'")) return { kind: 'text', text: value.slice(1) };
  if (NUMBER.test(value)) {
    const percent = value.endsWith('%');
    const n = Number(percent ? value.slice(0, -1) : value);
    return { kind: 'number', number: percent ? n / 100 : n };
  }
  if (/^[=+\-@]/.test(value) && value.length > 1) return { kind: 'formula', formula: value.startsWith('=') ? value : `=${value}` };
  if (/^(true|false)$/i.test(value)) return { kind: 'boolean', boolean: /^true$/i.test(value) };
  if (ERROR_VALUES.includes(value.toUpperCase())) return { kind: 'error', error: value.toUpperCase() };
  const date = ISO_DATE.exec(value);
  if (date) {
    const serial = (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - Date.UTC(1899, 11, 30)) / 86400000;
    return { kind: 'number', number: serial };
  }
  return { kind: 'text', text: value };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Number-format codes as Excel takes them through `Range.numberFormat` (or a PivotTable's data
 * field): `General`, or one to four sections separated by `;` (positive; negative; zero; text),
 * each with its quoted texts closed, its `\x` escapes complete, and its `[...]` parts a colour
 * (`[Red]`, `[Color12]`), a condition (`[<=100]`), a currency or locale (`[$kr-41D]`) or an
 * elapsed time (`[h]`, `[mm]`, `[ss]`). Excel refuses anything else with InvalidArgument ("The
 * argument is invalid or missing or has an incorrect format."), as its Format Cells dialog
 * refuses the code; the fake does so for the syntax, not for every letter Excel knows.
 */
export function checkNumberFormat(code: unknown): asserts code is string {
  const refuse = (why: string): never => fail('InvalidArgument', `The number format ${JSON.stringify(code)} is not valid: ${why}.`);
  if (typeof code !== 'string') return refuse('not text');
  if (code === '' || /^general$/i.test(code)) return;
  let sections = 1;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) refuse('a quoted text is not closed');
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      if (i + 1 >= code.length) refuse(`${ch} ends the code`);
      i += 1;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) refuse('a [ is not closed');
      if (!BRACKET_PART.test(code.slice(i + 1, end))) refuse(`[${code.slice(i + 1, end)}] is no colour, condition, currency or elapsed time`);
      i = end;
    } else if (ch === ';') {
      sections += 1;
      if (sections > 4) refuse('more than four sections');
    } else if (ch === ']') {
      refuse('a ] without [');
    }
  }
}

const BRACKET_PART = /^(?:black|blue|cyan|green|magenta|red|white|yellow|color(?:[1-9]|[1-4]\d|5[0-6])|[<>=]{1,2}-?\d+(?:\.\d+)?|\$[^\]]*|h+|m+|s+|dbnum[1-4]|natnum\d+)$/i;

/**
 * "On all platforms, a range is limited to five million cells for get operations" (office-js
 * docs, "Read or write to a large range"); Excel answers RangeExceedsLimit ("The cell count in
 * the range has exceeded the maximum supported number").
 */
export const RANGE_GET_CELLS_MAX = 5_000_000;
/** Excel on the web: OperationCellsExceedLimit, "The attempted operation affects more than the limit of 33554000 cells". */
export const OPERATION_CELLS_MAX = 33_554_000;

export const cellCount = (rect: Rect) => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

/** Refuses a change to more cells than Excel changes in one operation. */
export function checkOperationCells(rect: Rect): void {
  const cells = cellCount(rect);
  if (cells > OPERATION_CELLS_MAX) fail('OperationCellsExceedLimit', `The attempted operation affects more than the limit of ${OPERATION_CELLS_MAX} cells (${cells}).`);
}
