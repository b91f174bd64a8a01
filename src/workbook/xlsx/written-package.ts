import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { tableModels } from './exceljs-internals';
import { attributesOf, decodeXmlEntities } from './xml-text';

/**
 * What exceljs 4.4 writes wrong, put right in the written package:
 * - `<legacyDrawing>` (the notes' drawing) after `<tableParts>` on a sheet with notes and a table
 *   (exceljs #1369/#1616): the schema wants it before them, and Excel offers to repair the file
 *   (every input sheet the project writes has notes on its headers, and so may a user's sheet);
 * - an `<autoFilter>` in every table, also in one without a header row, where Excel allows none
 *   (there is no header to hold the buttons);
 * - print areas and print titles as `'Name'!$A1:$H40`, with an apostrophe in the sheet's name
 *   left single: Excel cannot read `'Kundbesked O'Brien AB'!…` (the formula grammar doubles it,
 *   `'Kundbesked O''Brien AB'!$A$1:$H$40`), and exceljs itself fails to open its own file.
 * The package is unzipped only when the workbook has a table or such a sheet, or when `printAreas`
 * asks for every print area as Excel writes it (`$A$1:$H$40`, not exceljs's `$A1:$H40`, which
 * Excel reads all the same): the statements' small workbooks.
 */
export async function finishPackage(workbook: ExcelJS.Workbook, bytes: Uint8Array, printAreas: 'quoted' | 'all' = 'quoted'): Promise<Uint8Array> {
  const headerless = workbook.worksheets.some((sheet) => tableModels(sheet).some((t) => !t.headerRow));
  const tables = workbook.worksheets.some((sheet) => tableModels(sheet).length > 0);
  const printNames = workbook.worksheets.some(
    (sheet) => (printAreas === 'all' || sheet.name.includes("'")) && (sheet.pageSetup.printArea || sheet.pageSetup.printTitlesRow || sheet.pageSetup.printTitlesColumn),
  );
  if (!headerless && !printNames && !tables) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  if (headerless) await removeHeaderlessAutoFilters(zip);
  if (tables) await placeLegacyDrawings(zip);
  if (printNames) {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', quotePrintNames(xml));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function removeHeaderlessAutoFilters(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    if (!/<table\b[^>]*\sheaderRowCount="0"/.test(xml)) continue;
    zip.file(name, xml.replace(/<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/, ''));
  }
}

/** The elements CT_Worksheet puts after `<legacyDrawing>`, in its order (ECMA-376 Part 1, 18.3.1.99). */
const AFTER_LEGACY_DRAWING = /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

async function placeLegacyDrawings(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const fixed = legacyDrawingInPlace(xml);
    if (fixed !== xml) zip.file(name, fixed);
  }
}

/** A worksheet's XML with its `<legacyDrawing>` moved before the elements the schema puts after it; unchanged when already in place. */
export function legacyDrawingInPlace(xml: string): string {
  const legacy = /<legacyDrawing\b[^>]*?(?:\/>|>[\s\S]*?<\/legacyDrawing>)/.exec(xml);
  if (!legacy) return xml;
  const after = AFTER_LEGACY_DRAWING.exec(xml);
  if (!after || after.index > legacy.index) return xml;
  const without = xml.slice(0, legacy.index) + xml.slice(legacy.index + legacy[0].length);
  return without.slice(0, after.index) + legacy[0] + without.slice(after.index);
}

/** A sheet name as a formula refers to it: quoted, an apostrophe doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * xl/workbook.xml with the `_xlnm.Print_Area` and `_xlnm.Print_Titles` names exceljs wrote
 * (`'<name>'!$A1:$H40`, joined by commas) referring to their sheet (the `localSheetId`-th
 * `<sheet>`) as Excel does: `'Kundbesked O''Brien AB'!$A$1:$H$40`.
 */
export function quotePrintNames(xml: string): string {
  const sheets = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => attributesOf(m[0]).get('name') ?? '');
  return xml.replace(/(<definedName\b([^>]*)>)([\s\S]*?)(<\/definedName>)/g, (element, start: string, attributeText: string, content: string, end: string) => {
    const attributes = attributesOf(`<definedName${attributeText}>`);
    const name = attributes.get('name') ?? '';
    const sheet = sheets[Number(attributes.get('localSheetId'))];
    if (!/^_xlnm\.Print_(Area|Titles)$/i.test(name) || sheet === undefined) return element;
    const written = `'${sheet}'!`;
    const value = decodeXmlEntities(content)
      .split(written)
      .map((part, i) => (i === 0 ? part : part.replace(/^\$([A-Za-z]{1,3})(\d+)(?::\$([A-Za-z]{1,3})(\d+))?/, (ref, c1: string, r1: string, c2?: string, r2?: string) => `$${c1}$${r1}${c2 === undefined ? '' : `:$${c2}$${r2}`}`)))
      .join(`${quotedSheetName(sheet)}!`);
    return `${start}${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}${end}`;
  });
}
