import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UnreadableWorkbookError } from './errors';
import { repairLoadedTables, restoreDataValidations } from './load-fixes';
import { preparePackage, type PreparedPackage } from './prepare-package';
import { uncomputedBySheet } from './read-tables';
import { XlsxWorkbook } from './xlsx-workbook';

/** The first bytes of an OLE compound file: encrypted .xlsx files and the old .xls format. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Opens an .xlsx (or .xlsm) workbook as saved by Excel, LibreOffice or scripts such as
 * openpyxl. Throws UnreadableWorkbookError when the bytes are not a workbook it can read.
 */
export async function openXlsx(data: Uint8Array): Promise<XlsxWorkbook> {
  if (COMPOUND_FILE_SIGNATURE.every((byte, i) => data[i] === byte)) {
    throw new UnreadableWorkbookError(
      'filen är lösenordsskyddad eller i det gamla .xls-formatet. Ta bort lösenordet eller spara som Excel-arbetsbok (.xlsx).',
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new UnreadableWorkbookError('filen är inte en .xlsx-fil eller är skadad.', { cause: error });
  }
  const workbook = new ExcelJS.Workbook();
  let prepared: PreparedPackage;
  try {
    prepared = await preparePackage(zip);
    await workbook.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${reason}).`, { cause: error });
  }
  const { tableFacts, sheetParts, validations, uncomputed, lost } = prepared;
  repairLoadedTables(workbook, tableFacts);
  restoreDataValidations(workbook, sheetParts, validations);
  return new XlsxWorkbook(workbook, lost, uncomputedBySheet(sheetParts, uncomputed));
}
