import type { RawTable } from '../../engine/cells';
import { importLedger, type LedgerSource } from '../../engine/ledger/importLedger';
import { IMPORT_TARGETS, importMark, isImportMark, type ImportTarget } from '../../engine/ledger/targets';
import { msg } from '../../engine/messages/catalog';
import { ProblemList } from '../../engine/read/problemList';
import { normalizeName, normalizeTableName } from '../../engine/schema';
import { openXlsx, type GzipStream } from '../../workbook/xlsx';
import { gatherBytes } from '../../workbook/xlsx/bytes';
import { writeImportedRows } from '../../workbook/xlsx/import/write-imported-rows';
import type { ImportWritePlan, ImportWriteResult, LedgerPreview, LedgerRequest } from '../hosts/ledgerPort';
import { openFile, XLSX_TYPE, type OpenFile } from './fileRun';

const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/**
 * The import's preview in the pane's worker: the ledger read and put on the workbook's Kontering
 * rules (importLedger), the rows it would write with today's mark, and how many of the table's
 * rows are an earlier import's (replaced) and the user's (kept). Writes nothing.
 */
export async function ledgerPreview(request: LedgerRequest, tables: readonly RawTable[]): Promise<LedgerPreview> {
  const target = IMPORT_TARGETS[request.target];
  if (!target) throw new Error(`Importen skriver inte till ${request.target}.`);
  const source: LedgerSource = isZip(request.bytes) ? { tables: await (await openXlsx(request.bytes)).readTables() } : { bytes: request.bytes };
  const result = importLedger(source, request.fileName, tables, target, request.siePost);
  const table = tables.find((t) => normalizeTableName(t.name) === normalizeTableName(target.table));
  const problems = result.problems.items;
  if (!table) {
    const missing = new ProblemList();
    missing.error('import-table-missing', { table: target.table }, msg('importTableMissing', { table: target.table }));
    problems.push(...missing.items);
  }
  const mapping = result.mapping;
  const mark = importMark(request.fileName, request.date);
  return {
    fileName: request.fileName,
    table: target.table,
    markColumn: target.markColumn,
    kind: result.file?.kind ?? null,
    fileRows: result.file?.rows.length ?? 0,
    problems,
    reconciliation: mapping && {
      ledgerTotal: mapping.ledgerTotal,
      unmappedTotal: mapping.unmappedTotal,
      importedTotal: mapping.importedTotal,
      rows: mapping.rows,
      mappedRows: mapping.mappedRows,
      lines: mapping.lines.length,
    },
    unmapped: mapping?.unmapped ?? [],
    unusedRules: mapping?.unusedRules ?? [],
    rows: mapping ? mapping.lines.map((line) => target.cells(line, mark)) : [],
    existing: table ? existingRows(table, target) : null,
  };
}

/** The table's rows as the write will treat them: marked as imported (replaced), else with a value (the user's, kept). */
export function existingRows(table: RawTable, target: Pick<ImportTarget, 'markColumn'>): { imported: number; user: number } {
  const mark = table.headers.findIndex((h) => normalizeName(h) === normalizeName(target.markColumn));
  let imported = 0;
  let user = 0;
  for (const row of table.rows) {
    if (mark >= 0 && isImportMark(row[mark] ?? null)) imported++;
    else if (row.slice(0, table.headers.length).some((v) => v !== null && v !== '')) user++;
  }
  return { imported, user };
}

/**
 * Writes the rows into the opened file (the xlsx adapter's splice, as `intaktsmodell import`
 * does) and opens the result in its place, so that the next Beräkna reads them and a download
 * holds them. Returns the file as a Blob too: the page keeps it to open again in a fresh worker.
 */
export async function writeImported(file: OpenFile, plan: ImportWritePlan, gzip?: GzipStream): Promise<{ file: OpenFile; answer: ImportWriteResult & { file: Blob } }> {
  const bytes = await file.workbook.toBuffer();
  const written = await writeImportedRows(bytes, { ...plan, isImported: (mark) => isImportMark(mark) }, gzip);
  const result = await gatherBytes(written.chunks);
  const reopened = await openFile(result);
  const blob = new Blob([result as BlobPart], { type: reopened.opened.macros ? XLSM_TYPE : XLSX_TYPE });
  return { file: reopened, answer: { written: written.written, replaced: written.replaced, kept: written.kept, file: blob } };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
