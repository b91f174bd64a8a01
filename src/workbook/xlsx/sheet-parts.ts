import type JSZip from 'jszip';
import { malformedNumbersToText } from './cell-texts';
import { isoToSerial } from './serial-date';
import { attributesOf, withAttribute, withoutAttribute } from './xml-text';

/** Per worksheet part: each data validation's first cell and the ranges it really covers. */
export type ValidationRanges = Map<string, Map<string, string[]>>;

/** Fixes, in every worksheet part, what exceljs 4.4 would read wrongly or choke on. */
export async function patchSheetParts(zip: JSZip, date1904: boolean): Promise<ValidationRanges> {
  const validations: ValidationRanges = new Map();
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const collapsed = collapseDataValidations(malformedNumbersToText(isoDateCellsToSerials(xml, date1904)));
    if (collapsed.ranges.size > 0) validations.set(name, collapsed.ranges);
    if (collapsed.xml !== xml) zip.file(name, collapsed.xml);
  }
  return validations;
}

/**
 * Cells of type `d` hold ISO 8601 text (openpyxl with `iso_dates`, strict-conformance writers).
 * exceljs parses their value with parseFloat, turning 2024-01-31 into the number 2024. As a
 * serial number the cell keeps its date format and exceljs reads it as a date.
 */
export function isoDateCellsToSerials(xml: string, date1904: boolean): string {
  if (!/\st="d"/.test(xml)) return xml;
  return xml.replace(/<c\b[^>]*\st="d"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g, (cell: string, body: string | undefined) => {
    const startTag = /^<c\b[^>]*?\/?>/.exec(cell)![0];
    if (body === undefined) return withoutAttribute(startTag, 't');
    const value = /<v>([^<]*)<\/v>/.exec(body);
    const serial = value ? isoToSerial(value[1]!, date1904) : null;
    if (value && serial === null) return cell.replace(startTag, withAttribute(startTag, 't', 'str'));
    const newBody = value ? body.replace(value[0], `<v>${serial}</v>`) : body;
    return `${withoutAttribute(startTag, 't')}${newBody}</c>`;
  });
}

/**
 * exceljs expands every data validation into one entry per cell: a validation on a whole
 * column (C2:C1048576, common in real workbooks) costs a million objects to read and seconds
 * to write, several exhaust the memory, and writing them back squeezes the cells into
 * overlapping ranges. Each validation is shrunk to its first cell here; restoreDataValidations
 * puts the real ranges back into the loaded model.
 */
export function collapseDataValidations(xml: string): { xml: string; ranges: Map<string, string[]> } {
  const ranges = new Map<string, string[]>();
  if (!/<dataValidation\b/.test(xml)) return { xml, ranges };
  const patched = xml.replace(/<dataValidation\b[^>]*>/g, (tag) => {
    const sqref = attributesOf(tag).get('sqref');
    if (sqref === undefined) return tag;
    const refs = sqref.split(/\s+/).filter(Boolean).map(normalizeRef);
    const first = refs[0]?.split(':')[0];
    if (first === undefined || ranges.has(first)) return tag;
    ranges.set(first, refs);
    return withAttribute(tag, 'sqref', first);
  });
  return { xml: patched, ranges };
}

/** `$C$2:$C$9` → `C2:C9`; whole columns (`C:C`) and rows (`2:2`) spelled out as cell ranges. */
function normalizeRef(ref: string): string {
  const plain = ref.replace(/\$/g, '');
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(plain);
  if (columns) return `${columns[1]}1:${columns[2]}1048576`;
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return `A${rows[1]}:XFD${rows[2]}`;
  return plain;
}
