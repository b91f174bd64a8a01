import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { DECISIONS_SHEET } from '../../engine/versions/sheet';
import { normalizeTableName, excelTableName } from '../../engine/schema';
import type { GzipStream } from '../../workbook/xlsx';
import { resultFile, type OpenFile } from './fileRun';

/**
 * The browser's "Spara som beslutad version": Beslutade versioner written into the held file
 * (with the outputs of the last Beräkna, if any, as the download will be), its tables updated so
 * that the next Beräkna compares with the new version, and the file as it now is, for the page
 * to keep: a worker started afresh (after Avbryt) opens that, not the file as first opened.
 */
export async function writeDecision(file: OpenFile, table: OutputTable, gzip?: GzipStream): Promise<Blob> {
  await file.workbook.writeOutputs([table]);
  const sheet: RawTable = {
    name: excelTableName(DECISIONS_SHEET),
    sheet: DECISIONS_SHEET,
    headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) => [...row]),
    origin: { row: 1, column: 1 },
  };
  file.tables = [...file.tables.filter((t) => normalizeTableName(t.name) !== normalizeTableName(DECISIONS_SHEET)), sheet];
  return resultFile(file, undefined, gzip);
}
