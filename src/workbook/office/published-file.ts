import { EXCEL_API } from './requirements';

/**
 * What Office offers the pane for handing a file to the user, passed in as OfficeHost is (the
 * real Office: officeFileHost in host.ts; the fake Excel in the tests).
 */
export interface OfficeFileHost {
  isSetSupported(name: string, minVersion: string): boolean;
  /** Office.context.diagnostics.platform: 'PC', 'Mac', 'OfficeOnline', 'iOS', 'Android' …; null when Office does not say. */
  platform(): string | null;
  /** Excel.createWorkbook: opens a new workbook in Excel from a Base64-encoded .xlsx. */
  createWorkbook(base64: string): Promise<void>;
}

/**
 * Excel's ways to give the user a file made in the pane (the published price list, Kundbesked
 * as PDF):
 * - an .xlsx opens as a new workbook in Excel itself (Excel.createWorkbook, ExcelApi 1.8), on
 *   Windows, Mac and the web alike: the user saves or prints it there;
 * - a download (a link with `download`, made by the pane) works where the pane runs in a browser
 *   (Excel on the web) or in WebView2 (Windows); Excel for Mac's WKWebView ignores downloads by
 *   design (office-js issues #2700, #3385) and Office.context.ui.openBrowserWindow takes no
 *   blob: or data: address (#3), so there is no way for a PDF there: the pane says what to do.
 */
export class OfficeFiles {
  constructor(private readonly host: OfficeFileHost) {}

  readonly newWorkbookVersion: string = EXCEL_API.newWorkbookFromFile;

  /** Excel can open an .xlsx as a new workbook (ExcelApi 1.8). */
  canOpenWorkbook(): boolean {
    return this.host.isSetSupported('ExcelApi', EXCEL_API.newWorkbookFromFile);
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
}

/** Base64 of the bytes, a block at a time (String.fromCharCode takes only so many arguments). */
export function base64(bytes: Uint8Array): string {
  const BLOCK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += BLOCK) binary += String.fromCharCode(...bytes.subarray(i, i + BLOCK));
  return btoa(binary);
}
