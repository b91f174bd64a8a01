import { decodeXmlEntities } from '../xml-text';

/**
 * Cell text as SpreadsheetML stores it (ST_Xstring): XML 1.0 cannot hold most control
 * characters, not even as character references, so Excel writes such a UTF-16 code unit as
 * `_xHHHH_`, and a literal `_xHHHH_` in the text as `_x005F_xHHHH_` so that it is not read as
 * one. exceljs drops those control characters when it writes (and decodes `_xHHHH_` only in
 * shared strings when it reads); this keeps every character for Excel and LibreOffice. A carriage
 * return is written `&#13;`: as a plain character an XML reader would turn it into a line feed.
 */

const NEEDS_ESCAPING = /[_&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Text for element content: `&`, `<`, `>` as entities, CR as `&#13;`, what XML 1.0 forbids as `_xHHHH_`. */
export function cellXmlText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** The same for an attribute value in double quotes (a table column's name). */
export function cellXmlAttribute(text: string): string {
  return cellXmlText(text).replace(/"/g, '&quot;');
}

/** `<t>` with `xml:space="preserve"` where the text has spaces at an end, a tab or a line break, which a reader would otherwise be free to drop. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|[\t\n]/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${cellXmlText(text)}</t>`;
}

/** The text an `<si>` or `<is>` element shows: its `<t>` runs, not the phonetic guides (`<rPh>`), decoded. */
export function elementText(xml: string): string {
  const runs = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  for (const m of runs.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) text += m[1];
  return decodeXmlEntities(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
