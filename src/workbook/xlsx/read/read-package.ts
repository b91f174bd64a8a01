import type JSZip from 'jszip';
import type { RawTable } from '../../../engine/cells';
import { declaredSizes } from '../zip-entries';
import { readCellFormats } from './cell-formats';
import { readSharedStrings } from './shared-strings';
import { readSheetTables } from './sheet-tables';
import { tablesOfSheet, type TableDefinition } from './table-definitions';
import { readWorkbook, type WorkbookFacts, type WorkbookSheet } from './workbook-sheets';
import type { InflatePart } from './xml-stream';

/**
 * Every table of every worksheet, in the workbook's sheet order, read from a package that
 * guardPackage has passed, without building a model of the workbook: the workbook part and its
 * relationships, the table parts, the styles and shared strings, and then only the worksheets
 * that hold tables, each streamed and only its tables' cells kept. Parts the tables do not come
 * from (charts, drawings, pivot caches …) are never read. `workbook`, when the caller has read
 * it already (readWorkbook), is not read again. `onProgress` is told the fraction read before each
 * worksheet, by packed size. `inflate`, when given, inflates the worksheets (guardPackageForReading's,
 * which checks them on the way).
 */
export async function readPackageTables(zip: JSZip, facts?: WorkbookFacts, onProgress?: (fraction: number) => void, inflate?: InflatePart): Promise<RawTable[]> {
  const workbook = facts ?? (await readWorkbook(zip));
  const { sheets } = workbook;
  const withTables: { sheet: WorkbookSheet; definitions: Map<string, TableDefinition> }[] = [];
  for (const sheet of sheets) {
    if (sheet.kind !== 'worksheet') continue;
    const definitions = await tablesOfSheet(zip, sheet, sheets);
    if (definitions.size > 0) withTables.push({ sheet, definitions });
  }
  if (withTables.length === 0) return [];
  const context = {
    formats: await readCellFormats(zip, workbook.stylesPart, sheets),
    sharedStrings: await readSharedStrings(zip, workbook.sharedStringsPart, sheets),
    date1904: workbook.date1904,
  };
  const tables: RawTable[] = [];
  // Each sheet's share of the reading is its packed size (the streamed sheets are nearly all of it).
  const packed = withTables.map(({ sheet }) => {
    const entry = zip.file(sheet.part);
    return entry ? (declaredSizes(entry)?.compressed ?? 0) : 0;
  });
  const allPacked = packed.reduce((sum, n) => sum + n, 0);
  let donePacked = 0;
  for (const [i, { sheet, definitions }] of withTables.entries()) {
    if (allPacked > 0) onProgress?.(donePacked / allPacked);
    tables.push(...(await readSheetTables(zip, sheet, definitions, context, sheets, inflate)));
    donePacked += packed[i]!;
  }
  return tables;
}
