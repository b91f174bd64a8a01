import type JSZip from 'jszip';
import { attributesOf, encodeXmlAttribute } from './xml-text';

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
 * Makes xl/styles.xml say to exceljs what Excel means by its number formats, so that a date is
 * read as a date and a number as a number:
 * - every built-in date format above that a style uses gets an explicit `<numFmt>` (a copy
 *   written back shows these cells as `yyyy-mm-dd`; exceljs would otherwise write General);
 * - characters escaped with a backslash are quoted instead (`0\ \m²` → `0" m²"`, shown the
 *   same): exceljs drops the backslashes, and the `m` left bare made it read 12 m² as a date.
 */
export async function patchNumberFormats(zip: JSZip): Promise<void> {
  const file = zip.file('xl/styles.xml');
  if (!file) return;
  const xml = await file.async('string');
  let patched = xml.replace(/<numFmt\b[^>]*>/g, (tag) => {
    const code = attributesOf(tag).get('formatCode');
    if (code === undefined || !code.includes('\\')) return tag;
    return tag.replace(/formatCode\s*=\s*(?:"[^"]*"|'[^']*')/, `formatCode="${encodeXmlAttribute(quoteEscapes(code))}"`);
  });
  const defined = new Set([...patched.matchAll(/<numFmt\b[^>]*>/g)].map((m) => Number(attributesOf(m[0]).get('numFmtId'))));
  const used = new Set([...patched.matchAll(/<xf\b[^>]*>/g)].map((m) => Number(attributesOf(m[0]).get('numFmtId'))));
  const missing = [...used].filter((id) => UNKNOWN_BUILTIN_DATES.has(id) && !defined.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) {
    const added = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${UNKNOWN_BUILTIN_DATES.get(id)}"/>`).join('');
    if (/<numFmts\b[^>]*\/>/.test(patched)) {
      patched = patched.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="${missing.length}">${added}</numFmts>`);
    } else if (/<numFmts\b/.test(patched)) {
      patched = patched
        .replace(/<numFmts\b[^>]*>/, (tag) => tag.replace(/\scount="\d+"/, ` count="${defined.size + missing.length}"`))
        .replace('</numFmts>', `${added}</numFmts>`);
    } else {
      patched = patched.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${missing.length}">${added}</numFmts>`);
    }
  }
  if (patched !== xml) zip.file('xl/styles.xml', patched);
}

/** A format code with each run of backslash-escaped characters as one quoted literal. */
export function quoteEscapes(code: string): string {
  let out = '';
  let literal = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\' && i + 1 < code.length) {
      literal += code[++i];
      continue;
    }
    if (literal !== '') {
      out += `"${literal}"`;
      literal = '';
    }
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end + 1;
      out += code.slice(i, stop);
      i = stop - 1;
      continue;
    }
    out += c;
  }
  return literal === '' ? out : `${out}"${literal}"`;
}
