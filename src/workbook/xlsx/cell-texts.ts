import { attributesOf, withAttribute } from './xml-text';

/** A number as a package stores it: what Excel, LibreOffice and openpyxl write. */
const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A `<v>` whose value is not plainly a number (digits, a decimal part, an exponent of at most
 * two digits), which isMalformedNumber then looks at. Shared-string indices, booleans and
 * ordinary numbers do not match, so a sheet of plain data costs one pass of one expression.
 */
const SUSPECT_VALUE = /<v>(?!-?\d{1,300}(?:\.\d*)?(?:[eE][+-]?\d{1,2})?<\/v>)([^<]*)<\/v>/g;

/** A number cell's value that is no finite number: `12abc`, `NaN`, `INF`, `1e309`. */
export function isMalformedNumber(text: string): boolean {
  return !NUMBER.test(text) || !Number.isFinite(Number(text));
}

/** Where the start tag of the cell holding position `at` begins and ends (just past its `>`). */
function cellStartTag(xml: string, at: number): { start: number; end: number } | null {
  let start = xml.lastIndexOf('<c', at);
  while (start >= 0 && !/[\s>/]/.test(xml[start + 2] ?? '')) start = xml.lastIndexOf('<c', start - 1);
  if (start < 0) return null;
  return { start, end: xml.indexOf('>', start) + 1 };
}

/**
 * Number cells whose value is no finite number become text cells (t="str"): exceljs reads them
 * with parseFloat, so `<v>12abc</v>` became 12, and `NaN`, `INF`, `1e309` an empty cell. As text
 * the engine names what the cell holds ("12abc" är inte ett tal). A cached formula result so
 * malformed is treated the same. Text, error and boolean cells are left as they are.
 */
export function malformedNumbersToText(xml: string): string {
  let out = '';
  let copied = 0;
  for (const match of xml.matchAll(SUSPECT_VALUE)) {
    const value = match[1]!;
    if (!isMalformedNumber(value)) continue;
    const tag = cellStartTag(xml, match.index!);
    if (tag === null || tag.start < copied) continue;
    const startTag = xml.slice(tag.start, tag.end);
    if ((attributesOf(startTag).get('t') ?? 'n') !== 'n') continue;
    out += xml.slice(copied, tag.start) + withAttribute(startTag, 't', 'str');
    copied = tag.end;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}
