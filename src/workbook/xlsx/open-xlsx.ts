import ExcelJS from 'exceljs';
import { UnreadableWorkbookError } from './errors';
import { loadPackage } from './load-package';
import { repairLoadedTables, restoreDataValidations } from './load-fixes';
import { guardPackage } from './package-guard';
import { shortDetail } from './package-messages';
import { preparePackage, type PreparedPackage } from './prepare-package';
import { uncomputedBySheet } from './read-tables';
import { unparsableWorkbookError } from './unparsable-part';
import { XlsxWorkbook } from './xlsx-workbook';

/**
 * Opens an .xlsx (or .xlsm) workbook as saved by Excel, LibreOffice or scripts such as
 * openpyxl. Throws UnreadableWorkbookError when the bytes are not a workbook it can read; a
 * package too big to read, or damaged, is refused by guardPackage before any part is read whole.
 */
export async function openXlsx(data: Uint8Array): Promise<XlsxWorkbook> {
  const zip = await loadPackage(data);
  await guardPackage(zip);
  let prepared: PreparedPackage;
  try {
    prepared = await preparePackage(zip);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${shortDetail(reason)}).`, { cause: error });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw await unparsableWorkbookError(prepared, error);
  }
  const { tableFacts, sheetParts, validations, uncomputed, lost } = prepared;
  repairLoadedTables(workbook, tableFacts);
  restoreDataValidations(workbook, sheetParts, validations);
  return new XlsxWorkbook(workbook, lost, uncomputedBySheet(sheetParts, uncomputed));
}
