import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { namesExceljsLoses } from './defined-names';
import { UnreadableWorkbookError } from './errors';
import { loadExceljs } from './exceljs-module';
import { loadPackage } from './load-package';
import { repairLoadedTables, restoreDataValidations } from './load-fixes';
import { findLostFeatures, type LostFeature } from './lost-on-write';
import { unprefixElements } from './namespace-prefixes';
import { guardPackage, type GuardObservations } from './package-guard';
import { shortDetail } from './package-messages';
import { preparePackage, type PreparedPackage } from './prepare-package';
import { readPackageTables } from './read/read-package';
import { readWorkbook, type WorkbookFacts } from './read/workbook-sheets';
import { unparsableWorkbookError } from './unparsable-part';
import { XlsxWorkbook } from './xlsx-workbook';

/**
 * Opens an .xlsx (or .xlsm) workbook as saved by Excel, LibreOffice or scripts such as
 * openpyxl. Throws UnreadableWorkbookError when the bytes are not a workbook it can read; a
 * package too big to read, or damaged, is refused by guardPackage before any part is read whole.
 * The tables are read here, streaming (src/workbook/xlsx/read); exceljs builds its model of the
 * workbook only when something is written (writeOutputs, writeInputTables, toBuffer).
 */
export async function openXlsx(data: Uint8Array): Promise<XlsxWorkbook> {
  const zip = await loadPackage(data);
  const seen: GuardObservations = { sparklines: new Map() };
  await guardPackage(zip, seen);
  const workbook = await readOrRefuse(() => readWorkbook(zip));
  const tables = await readOrRefuse(() => readPackageTables(zip, workbook));
  const lost = await readOrRefuse(() => lostFeatures(zip, workbook, seen));
  return new XlsxWorkbook({ model: () => loadModel(zip), tables, lost });
}

/** Anything but UnreadableWorkbookError from reading is content the reader could not make out. */
async function readOrRefuse<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${shortDetail(reason)}).`, { cause: error });
  }
}

/** What a copy written through exceljs will lack, found in the package as it is (see lost-on-write.ts). */
async function lostFeatures(zip: JSZip, { workbookPart }: WorkbookFacts, seen: GuardObservations): Promise<LostFeature[]> {
  const workbookXml = unprefixElements((await zip.file(workbookPart)?.async('string')) ?? '');
  return findLostFeatures(zip, namesExceljsLoses(workbookXml).dropped, { workbookPart, sparklines: seen.sparklines });
}

/**
 * The exceljs model of an opened package, for writing: the package patched so that exceljs
 * reads it right (prepare-package.ts), loaded, and repaired where exceljs still errs.
 */
async function loadModel(zip: JSZip): Promise<ExcelJS.Workbook> {
  let prepared: PreparedPackage;
  try {
    prepared = await preparePackage(zip);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${shortDetail(reason)}).`, { cause: error });
  }
  const ExcelJS = await loadExceljs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw await unparsableWorkbookError(prepared, error);
  }
  repairLoadedTables(workbook, prepared.tableFacts);
  restoreDataValidations(workbook, prepared.sheetParts, prepared.validations);
  return workbook;
}
