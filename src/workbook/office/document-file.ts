/// <reference types="office-js" />
import { workbookMsg } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';
import { EXCEL_API } from './requirements';

/** office.js's answer to an asynchronous call, as much of it as is read here. */
export interface AsyncAnswer<T> {
  status: 'succeeded' | 'failed' | Office.AsyncResultStatus;
  value: T;
  error?: { message: string };
}

/** The document's file as getFileAsync hands it over: a number of slices, closed when read. */
export interface DocumentFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (answer: AsyncAnswer<{ data: ArrayLike<number> | ArrayBuffer }>) => void): void;
  closeAsync(callback?: (answer: AsyncAnswer<void>) => void): void;
}

/**
 * What the adapter needs from Office for whole files: the open document's file
 * (`Office.context.document.getFileAsync`, requirement sets File and CompressedFile) and a new
 * workbook made from a file (`Excel.createWorkbook`, ExcelApi 1.8). Passed in, as OfficeHost is
 * (the real one is `officeFileHost` in host.ts).
 */
export interface OfficeFileHost {
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Office.context.diagnostics.platform: 'PC', 'Mac', 'OfficeOnline', 'iOS', 'Android' …; null when Office does not say. */
  platform(): string | null;
  getCompressedFile(sliceSize: number, callback: (answer: AsyncAnswer<DocumentFile>) => void): void;
  createWorkbook(base64: string): Promise<void>;
}

/** Excel.createWorkbook's requirement set. */
export const CREATE_WORKBOOK_API = EXCEL_API.newWorkbook;
/** The largest slice getFileAsync hands over (4 MB), so a big workbook takes few calls. */
const SLICE_SIZE = 4 * 1024 * 1024;

const succeeded = (answer: AsyncAnswer<unknown>) => answer.status === 'succeeded';

/**
 * Whole files between the pane and Excel:
 * - the open workbook as a file and a new workbook in Excel made from one: the roll to next year
 *   inside Excel (docs/arbetsbok.md "The roll to next year");
 * - a file made in the pane given to the user (the published price list, Kundbesked as PDF): an
 *   .xlsx opens as a new workbook in Excel itself (Excel.createWorkbook, ExcelApi 1.8) on
 *   Windows, Mac and the web alike; a download (a link with `download`, made by the pane) works
 *   where the pane runs in a browser (Excel on the web) or in WebView2 (Windows); Excel for
 *   Mac's WKWebView ignores downloads by design (office-js issues #2700, #3385) and
 *   Office.context.ui.openBrowserWindow takes no blob: or data: address (#3).
 */
export class OfficeFiles {
  /** `sliceSize`: bytes per slice asked of Excel (at most 4 MB, its limit). */
  constructor(private readonly host: OfficeFileHost, private readonly sliceSize = SLICE_SIZE) {}

  readonly newWorkbookVersion: string = CREATE_WORKBOOK_API;

  /** Excel can open an .xlsx as a new workbook (ExcelApi 1.8). */
  canOpenWorkbook(): boolean {
    return this.host.isSetSupported('ExcelApi', CREATE_WORKBOOK_API);
  }

  /** The pane's downloads reach the user: Excel on the web and on Windows; not on Mac, iPad or Android. */
  savesDownloads(): boolean {
    const platform = this.host.platform();
    return platform === null || platform === 'PC' || platform === 'OfficeOnline';
  }

  /** Opens the .xlsx bytes as a new workbook in Excel; the open workbook is not touched. */
  openWorkbook(bytes: Uint8Array): Promise<void> {
    return this.host.createWorkbook(base64(bytes));
  }

  /** Whether this Excel can hand over the open file and open a new workbook from one. */
  canOpenNewWorkbook(): boolean {
    return this.host.isSetSupported('ExcelApi', CREATE_WORKBOOK_API) && this.host.isSetSupported('File') && this.host.isSetSupported('CompressedFile');
  }

  private requireNewWorkbook(): void {
    if (!this.canOpenNewWorkbook()) throw new WorkbookMessageError(workbookMsg('rolloverNoNewWorkbook', { version: CREATE_WORKBOOK_API }));
  }

  /** The open workbook's file (.xlsx or .xlsm bytes), read a slice at a time; the file is closed however it ends. */
  async readOpenFile(): Promise<Uint8Array> {
    this.requireNewWorkbook();
    const file = await new Promise<DocumentFile>((resolve, reject) =>
      this.host.getCompressedFile(this.sliceSize, (answer) => (succeeded(answer) ? resolve(answer.value) : reject(unreadable(answer)))),
    );
    try {
      const bytes = new Uint8Array(file.size);
      let at = 0;
      for (let i = 0; i < file.sliceCount; i++) {
        const data = await new Promise<ArrayLike<number> | ArrayBuffer>((resolve, reject) =>
          file.getSliceAsync(i, (answer) => (succeeded(answer) ? resolve(answer.value.data) : reject(unreadable(answer)))),
        );
        const slice = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
        if (at + slice.length > bytes.length) throw new WorkbookMessageError(workbookMsg('rolloverFileUnreadable', { detail: `slice ${i + 1} passes the file's size ${file.size}` }));
        bytes.set(slice, at);
        at += slice.length;
      }
      if (at !== bytes.length) throw new WorkbookMessageError(workbookMsg('rolloverFileUnreadable', { detail: `${at} of ${file.size} bytes` }));
      return bytes;
    } finally {
      // Excel keeps at most two files open for add-ins: this one is let go whatever happened.
      await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
    }
  }

  /** Opens the file as a new workbook in Excel (unsaved; the user names it when saving). */
  async openNewWorkbook(bytes: Uint8Array): Promise<void> {
    this.requireNewWorkbook();
    await this.host.createWorkbook(base64(bytes));
  }
}

function unreadable(answer: AsyncAnswer<unknown>): WorkbookMessageError {
  return new WorkbookMessageError(workbookMsg('rolloverFileUnreadable', { detail: answer.error?.message ?? String(answer.status) }));
}

/** Base64 of the bytes, a block at a time (String.fromCharCode of a whole file passes the engine's argument limit). */
export function base64(bytes: Uint8Array): string {
  const BLOCK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += BLOCK) binary += String.fromCharCode(...bytes.subarray(i, i + BLOCK));
  return btoa(binary);
}
