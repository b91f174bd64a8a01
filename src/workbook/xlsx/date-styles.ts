import type JSZip from 'jszip';
import { attributesOf } from './xml-text';

/**
 * Built-in number formats that show dates or times but that exceljs 4.4 does not know (its table
 * stops at 22 and 45–47): the East Asian ones, 27–36 and 50–58, which Excel writes by id
 * without their code. exceljs gives such a cell no format, so 2021-05-01 read as 44317.
 */
const UNKNOWN_BUILTIN_DATES = new Map<number, string>([
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [id, 'yyyy-mm-dd'] as [number, string]),
  ...[32, 33, 34, 35].map((id) => [id, 'h:mm:ss'] as [number, string]),
]);

/**
 * Gives every such built-in date format used by the styles an explicit `<numFmt>` in
 * xl/styles.xml, so that exceljs (and the reader's date test) sees a date. A copy written back
 * shows these cells as `yyyy-mm-dd` (exceljs would otherwise write them as General: a number).
 */
export async function defineBuiltinDateFormats(zip: JSZip): Promise<void> {
  const file = zip.file('xl/styles.xml');
  if (!file) return;
  const xml = await file.async('string');
  const defined = new Set([...xml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => Number(attributesOf(m[0]).get('numFmtId'))));
  const used = new Set([...xml.matchAll(/<xf\b[^>]*>/g)].map((m) => Number(attributesOf(m[0]).get('numFmtId'))));
  const missing = [...used].filter((id) => UNKNOWN_BUILTIN_DATES.has(id) && !defined.has(id)).sort((a, b) => a - b);
  if (missing.length === 0) return;
  const added = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${UNKNOWN_BUILTIN_DATES.get(id)}"/>`).join('');
  let patched: string;
  if (/<numFmts\b[^>]*\/>/.test(xml)) {
    patched = xml.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="${missing.length}">${added}</numFmts>`);
  } else if (/<numFmts\b/.test(xml)) {
    patched = xml
      .replace(/<numFmts\b([^>]*)>/, (tag) => tag.replace(/\scount="\d+"/, ` count="${defined.size + missing.length}"`))
      .replace('</numFmts>', `${added}</numFmts>`);
  } else {
    patched = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${missing.length}">${added}</numFmts>`);
  }
  zip.file('xl/styles.xml', patched);
}
