import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { patchDrawingParts } from './drawing-parts';
import { UnreadableWorkbookError } from './errors';
import { repairLoadedTables, restoreDataValidations } from './load-fixes';
import { normalizePackage } from './normalize-package';
import { patchSheetParts } from './sheet-parts';
import { patchTableParts } from './table-parts';
import { patchWorkbookPart } from './workbook-part';
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
  const normalized = await normalizePackage(zip);
  const { date1904, sheetParts } = await patchWorkbookPart(normalized);
  const tableFacts = await patchTableParts(normalized);
  const validations = await patchSheetParts(normalized, date1904);
  await patchDrawingParts(normalized);

  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = await normalized.generateAsync({ type: 'uint8array', compression: 'STORE' });
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${reason}).`, { cause: error });
  }
  repairLoadedTables(workbook, tableFacts);
  restoreDataValidations(workbook, sheetParts, validations);
  return new XlsxWorkbook(workbook);
}
