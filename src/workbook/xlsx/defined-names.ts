import type JSZip from 'jszip';
import { attributesOf, decodeXmlEntities } from './xml-text';

/** A defined name taken out of xl/workbook.xml because exceljs would drop or change it. */
export interface DroppedName {
  name: string;
  /** The definition as the user wrote it (`0.25`, `Nycklar!$C$2*2`, `Nycklar[Kund]` …). */
  value: string;
}

/** One cell or block of cells on a named sheet, with absolute references: `Nycklar!$A$2:$B$9`. */
const PLAIN_RANGE = /^(?:'(?:[^']|'')+'|[^\s'!,:;()[\]{}<>=+\-*/^&"#]+)!\$[A-Za-z]{1,3}\$\d+(?::\$[A-Za-z]{1,3}\$\d+)?$/;

/** Names exceljs handles on their own (print areas and titles go through the sheets' page setup). */
const HANDLED_BY_EXCELJS = new Set(['_xlnm.print_area', '_xlnm.print_titles']);

/**
 * exceljs 4.4 keeps a defined name only as the set of cells it covers. A name that is a constant
 * (`Moms` = 0.25), a formula, a structured reference, a whole column, a relative or 3-D reference
 * or `#REF!` is dropped on writing; worse, a formula that starts with a cell reference
 * (`Nycklar!$C$2*2`) is written back as that cell alone, and formulas using the name would
 * silently compute something else. Such names are removed here, before exceljs reads them, and
 * returned, so that the user is told what the written copy lacks. A name that is one or more
 * plain ranges separated by commas is left to exceljs.
 */
export async function dropNamesExceljsLoses(zip: JSZip): Promise<DroppedName[]> {
  const part = 'xl/workbook.xml';
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) return [];
  const { dropped, patched } = namesExceljsLoses(xml);
  if (dropped.length > 0) zip.file(part, patched);
  return dropped;
}

/** The names dropNamesExceljsLoses takes out of a workbook part's XML, and the XML without them. */
export function namesExceljsLoses(xml: string): { dropped: DroppedName[]; patched: string } {
  const dropped: DroppedName[] = [];
  const patched = xml.replace(
    /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g,
    (element, attributeText: string, content: string | undefined) => {
      const name = attributesOf(`<definedName${attributeText}>`).get('name') ?? '';
      const value = decodeXmlEntities(content ?? '').trim();
      if (HANDLED_BY_EXCELJS.has(name.toLowerCase()) || isPlainRangeList(value)) return element;
      dropped.push({ name, value });
      return '';
    },
  );
  return { dropped, patched: dropped.length > 0 ? patched.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '') : xml };
}

/** `Nycklar!$A$2:$A$9` or `Nycklar!$A$2,'Övrigt'!$B$2:$C$3`; commas inside quoted sheet names are part of the name. */
export function isPlainRangeList(value: string): boolean {
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.every((item) => PLAIN_RANGE.test(item));
}
