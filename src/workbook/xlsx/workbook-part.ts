import type JSZip from 'jszip';
import { relsPartOf, resolveTarget } from './package-paths';
import { parseRelationships } from './relationships';
import { attributesOf } from './xml-text';

export interface WorkbookFacts {
  /** Serial dates count from 1904-01-01 instead of 1899-12-30. */
  date1904: boolean;
  /** Worksheet part of each sheet, by sheet name. */
  sheetParts: Map<string, string>;
}

/**
 * Reads what later fixes need from xl/workbook.xml, and drops the hidden
 * `_xlnm._FilterDatabase` names that LibreOffice and Excel keep per sheet for autofilters:
 * exceljs 4.4 forgets which sheet a defined name belongs to, merges the per-sheet names into one
 * workbook-wide name and writes that back, which Excel then has to repair. Excel recreates these
 * names from the autofilters themselves.
 */
export async function patchWorkbookPart(zip: JSZip): Promise<WorkbookFacts> {
  const part = 'xl/workbook.xml';
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const patched = xml.replace(/<definedName\b[^>]*\sname="_xlnm\._FilterDatabase"[^>]*>[\s\S]*?<\/definedName>/g, '');
  if (patched !== xml) zip.file(part, patched);

  const workbookPr = /<workbookPr\b[^>]*>/.exec(xml);
  const date1904 = workbookPr ? attributesOf(workbookPr[0]).get('date1904') : undefined;

  const relsXml = (await zip.file(relsPartOf(part))?.async('string')) ?? '';
  const targets = new Map(parseRelationships(relsXml).map((rel) => [rel.id, resolveTarget(part, rel.target)]));
  const sheetParts = new Map<string, string>();
  for (const tag of xml.matchAll(/<sheet\b[^>]*>/g)) {
    const attributes = attributesOf(tag[0]);
    const rId = attributes.get('r:id') ?? [...attributes].find(([key]) => key.endsWith(':id'))?.[1];
    const target = rId === undefined ? undefined : targets.get(rId);
    const name = attributes.get('name');
    if (name !== undefined && target !== undefined) sheetParts.set(name, target);
  }
  return { date1904: date1904 === '1' || date1904 === 'true', sheetParts };
}
