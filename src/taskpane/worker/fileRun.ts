import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { PublishedPriceList } from '../../engine/publish/priceList';
import { openXlsx, priceListXlsx, statementsXlsx, type GzipStream, type XlsxWorkbook } from '../../workbook/xlsx';
import { rollWorkbookFile } from '../../workbook/xlsx/rollover/roll-file';
import type { NextYearFile, Opened } from './protocol';

/** The file's part of the pane's worker: an opened .xlsx, its tables, and the result's bytes. */
export interface OpenFile {
  /** The file as opened: next year's workbook is made from it. */
  bytes: Uint8Array;
  workbook: XlsxWorkbook;
  tables: RawTable[];
  opened: Opened;
}

/**
 * Opens the bytes and reads the input tables, telling `onProgress` how far it has come (the
 * adapter's own fractions: parts checked, then tables read); throws the adapter's message for a
 * file it cannot use.
 */
export async function openFile(bytes: Uint8Array, onProgress: (fraction: number, reading: boolean) => void = () => {}): Promise<OpenFile> {
  const workbook = await openXlsx(bytes, { onProgress });
  const tables = await workbook.readTables();
  return {
    bytes,
    workbook,
    tables,
    opened: { tables: tables.map((t) => ({ name: t.name, rows: t.rows.length })), macros: await workbook.hasMacros() },
  };
}

export function writeOutputs(file: OpenFile, outputs: OutputTable[]): Promise<void> {
  return file.workbook.writeOutputs(outputs);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/**
 * The file with the outputs written, everything else it had kept, as an .xlsx (or, macro-enabled,
 * .xlsm) Blob made of the package's chunks as they came; `onProgress` by the rows written.
 */
export async function resultFile(file: OpenFile, onProgress?: (fraction: number) => void, gzip?: GzipStream): Promise<Blob> {
  const chunks: BlobPart[] = [];
  for await (const chunk of file.workbook.toChunks({ onProgress, gzip })) chunks.push(chunk as BlobPart);
  return new Blob(chunks, { type: file.opened.macros ? XLSM_TYPE : XLSX_TYPE });
}

/** Kundbesked as a new .xlsx Blob. */
export async function statementsFile(statements: Statement[]): Promise<Blob> {
  return xlsxBlob(await statementsXlsx(statements));
}

/** The published price list as a new .xlsx Blob: one printable A4 sheet, as `intaktsmodell pricelist --out X.xlsx` writes it. */
export async function priceListFile(list: PublishedPriceList): Promise<Blob> {
  return xlsxBlob(await priceListXlsx(list));
}

function xlsxBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
}

/**
 * Next year's workbook from a file's bytes (xlsx/rollover/roll-file.ts), as a Blob of the
 * package's chunks; a workbook with errors gives none.
 */
export async function nextYearFile(bytes: Uint8Array, onProgress: (fraction: number) => void, gzip?: GzipStream): Promise<NextYearFile> {
  const rolled = await rollWorkbookFile(bytes, { gzip, onProgress: (_, fraction) => onProgress(fraction) });
  if (!rolled.ok) return { ok: false, errors: rolled.result.problems.filter((p) => p.level === 'error').length };
  const chunks: BlobPart[] = [];
  for await (const chunk of rolled.rolled.chunks) chunks.push(chunk as BlobPart);
  const { tables, changed, added, removedSheets } = rolled.rolled;
  return {
    ok: true,
    file: new Blob(chunks, { type: rolled.macros ? XLSM_TYPE : XLSX_TYPE }),
    year: rolled.year,
    tables,
    changed: changed.length + added.length,
    leftOut: removedSheets.filter((s) => !s.startsWith('_')).length,
    formulasToValues: rolled.rolled.formulasToValues.length,
    macros: rolled.macros,
  };
}
