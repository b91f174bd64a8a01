import { phrase } from '../../engine/messages/wording';

/**
 * The pane's messages about the published files (the price list, Kundbesked as PDF): the errors
 * the worker and the hosts raise, in Swedish and English. Spread into PANE_PHRASES (pane.ts), so
 * an error that crosses from the worker renders in the pane's language.
 */
export const PUBLISH_PHRASES = {
  publishFontsMissing: phrase(
    (a: { font: string; detail: string }) => `Typsnittet för PDF-filen (${a.font}) kunde inte hämtas: ${a.detail}.`,
    (a) => `The font for the PDF (${a.font}) could not be fetched: ${a.detail}.`,
  ),
  publishPdfFailed: phrase(
    (a: { detail: string }) => `PDF-filen kunde inte göras: ${a.detail}`,
    (a) => `The PDF could not be made: ${a.detail}`,
  ),
  publishLabelInvalid: phrase(
    (a: { length: number; max: number }) => `Versionsetiketten ska vara en rad text med högst ${a.max} tecken (den har ${a.length}); den står i sidfoten.`,
    (a) => `The version label must be one line of at most ${a.max} characters (it has ${a.length}); it goes in the footer.`,
  ),
  /** Excel for Mac's pane (WKWebView) saves no downloads: what works there instead. */
  publishPdfNotOnMac: phrase(
    (a: { file: string; statements: boolean }) =>
      `Excel för Mac och iPad låter inte tillägg spara filer. Gör ${a.file} i Intäktsmodells webbsida eller med kommandoraden, eller ${a.statements ? 'skriv kundbeskeden till arbetsboken' : 'öppna prislistan som Excel-fil'} och spara som PDF i Excel.`,
    (a) =>
      `Excel for Mac and iPad does not let add-ins save files. Make ${a.file} in Intäktsmodell's web page or with the command line, or ${a.statements ? 'write the statements to the workbook' : 'open the price list as an Excel file'} and save as PDF in Excel.`,
  ),
  /** Neither a new workbook (ExcelApi 1.8) nor a download. */
  publishNoWayToSave: phrase(
    (a: { file: string; version: string }) => `Den här versionen av Excel kan varken öppna ${a.file} som en ny arbetsbok (ExcelApi ${a.version}) eller spara filer från tillägg. Gör den i Intäktsmodells webbsida eller med kommandoraden.`,
    (a) => `This version of Excel can neither open ${a.file} as a new workbook (ExcelApi ${a.version}) nor save files from add-ins. Make it in Intäktsmodell's web page or with the command line.`,
  ),
  publishWorkbookNotOpened: phrase(
    (a: { file: string; detail: string }) => `Excel kunde inte öppna ${a.file} som en ny arbetsbok: ${a.detail}`,
    (a) => `Excel could not open ${a.file} as a new workbook: ${a.detail}`,
  ),
};
