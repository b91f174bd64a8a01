import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import { downloadFile } from './downloadFile';
import type { SavePublished } from './published';

/** What the Excel host uses of the office adapter's OfficeFiles (src/workbook/office/document-file.ts). */
export interface OfficeFilesPort {
  /** Excel can open an .xlsx as a new workbook (ExcelApi newWorkbookVersion). */
  canOpenWorkbook(): boolean;
  readonly newWorkbookVersion: string;
  /** The pane's downloads reach the user (Excel on the web, on Windows). */
  savesDownloads(): boolean;
  openWorkbook(bytes: Uint8Array): Promise<void>;
}

/**
 * A published file from Excel's pane: the .xlsx price list opens as a new workbook in Excel
 * (saved or printed there, on every platform with ExcelApi 1.8); a PDF, or the .xlsx in an
 * older Excel, is a download where downloads reach the user; elsewhere (Excel for Mac) a message
 * says why not and what to do instead. The invoice file (CSV) goes as a PDF does: Excel would
 * open a CSV as a new workbook only by converting it, and the ERP wants the file's own bytes.
 */
export function excelSavePublished(files: OfficeFilesPort, download: (file: Blob, name: string) => void = downloadFile): SavePublished {
  return async (file) => {
    if (file.format === 'xlsx' && files.canOpenWorkbook()) {
      const bytes = new Uint8Array(await file.bytes.arrayBuffer());
      try {
        await files.openWorkbook(bytes);
      } catch (error) {
        console.error(error);
        throw new TextError(paneMsg('publishWorkbookNotOpened', { file: file.name, detail: error instanceof Error ? error.message : String(error) }));
      }
      return 'opened';
    }
    if (files.savesDownloads()) {
      download(file.bytes, file.name);
      return 'downloaded';
    }
    if (file.format === 'csv') throw new TextError(paneMsg('invoiceCsvNotOnMac', { file: file.name }));
    if (file.format === 'pdf') throw new TextError(paneMsg('publishPdfNotOnMac', { file: file.name, statements: file.statements === true }));
    throw new TextError(paneMsg('publishNoWayToSave', { file: file.name, version: files.newWorkbookVersion }));
  };
}
