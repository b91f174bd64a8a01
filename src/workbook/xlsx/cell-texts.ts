import { attributesOf, withAttribute } from './xml-text';

/** A number as a package stores it: what Excel, LibreOffice and openpyxl write. */
const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** One cell: its start tag's attributes and its body (undefined for `<c …/>`). */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v>([^<]*)<\/v>/;

/** A number cell's value that is no finite number: `12abc`, `NaN`, `INF`, `1e309`. */
function isMalformedNumber(text: string): boolean {
  return !NUMBER.test(text) || !Number.isFinite(Number(text));
}

/**
 * Number cells whose value is no finite number become text cells (t="str"): exceljs reads them
 * with parseFloat, so `<v>12abc</v>` became 12, and `NaN`, `INF`, `1e309` an empty cell. As text
 * the engine names what the cell holds ("12abc" är inte ett tal). A cached formula result so
 * malformed is treated the same.
 */
export function malformedNumbersToText(xml: string): string {
  if (!hasMalformedValue(xml)) return xml;
  return xml.replace(CELL, (cell: string, attributes: string, body: string | undefined) => {
    if (body === undefined) return cell;
    const type = attributesOf(attributes).get('t') ?? 'n';
    if (type !== 'n') return cell;
    const value = VALUE.exec(body);
    if (!value || !isMalformedNumber(value[1]!)) return cell;
    const startTag = `<c${attributes}>`;
    return cell.replace(startTag, withAttribute(startTag, 't', 'str'));
  });
}

/** A quick look before the cell-by-cell pass: is any `<v>` not a number (text, errors, or bad numbers)? */
function hasMalformedValue(xml: string): boolean {
  for (const match of xml.matchAll(/<v>([^<]*)<\/v>/g)) {
    if (isMalformedNumber(match[1]!)) return true;
  }
  return false;
}

/**
 * The addresses of formula cells saved without a computed value: a number, boolean or error
 * formula with no `<v>` or an empty one, as openpyxl writes every formula. exceljs reads them
 * the same as a formula whose text result is "" (t="str" with an empty `<v>`, which Excel
 * writes), so the difference is taken from the package. Cells without an `r` attribute are
 * left out (their address is not written).
 */
export function uncomputedFormulaCells(xml: string): Set<string> {
  const cells = new Set<string>();
  if (!xml.includes('<f')) return cells;
  for (const [, attributes, body] of xml.matchAll(CELL)) {
    if (body === undefined || !/<f[\s>/]/.test(body)) continue;
    const attrs = attributesOf(attributes!);
    const type = attrs.get('t') ?? 'n';
    const address = attrs.get('r');
    if (type === 'str' || type === 'inlineStr' || address === undefined) continue;
    const value = /<v>([^<]*)<\/v>/.exec(body);
    if (value === null || value[1]!.trim() === '') cells.add(address);
  }
  return cells;
}
