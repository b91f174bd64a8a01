import { phrase } from '../../engine/messages/wording';

/**
 * The pane's messages about the published files (the price list, Kundbesked as PDF): the errors
 * the worker and the hosts raise, in Swedish and English. Spread into PANE_PHRASES (pane.ts), so
 * an error that crosses from the worker renders in the pane's language.
 */
export const PUBLISH_PHRASES = {
  publishFontsMissing: phrase(
    (a: { font: string; detail: string }) => `Typsnittet för PDF-filen (${a.font}) kunde inte hämtas: ${a.detail}. Ladda om tillägget och försök igen.`,
    (a) => `The font for the PDF (${a.font}) could not be fetched: ${a.detail}. Reload the add-in and try again.`,
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
      `Excel för Mac och iPad låter inte tillägg spara filer, så ${a.file} kan inte sparas härifrån. ${
        a.statements
          ? 'Skriv kundbeskeden till arbetsboken och spara bladen som PDF (Arkiv > Spara som > PDF), '
          : 'Öppna prislistan som Excel-fil (den öppnas som en ny arbetsbok) och spara den som PDF (Arkiv > Spara som > PDF), '
      }eller öppna arbetsboken i Intäktsmodells webbsida eller med kommandoraden (intaktsmodell ${a.statements ? 'statement --pdf' : 'pricelist --out PRISLISTA.pdf'}).`,
    (a) =>
      `Excel for Mac and iPad does not let add-ins save files, so ${a.file} cannot be saved from here. ${
        a.statements
          ? 'Write the statements to the workbook and save the sheets as PDF (File > Save As > PDF), '
          : 'Open the price list as an Excel file (it opens as a new workbook) and save it as PDF (File > Save As > PDF), '
      }or open the workbook in Intäktsmodell's web page or with the command line (intaktsmodell ${a.statements ? 'statement --pdf' : 'pricelist --out PRISLISTA.pdf'}).`,
  ),
  /** No way to hand the file over: neither a new workbook (ExcelApi 1.8) nor a download. */
  publishNoWayToSave: phrase(
    (a: { file: string; version: string }) =>
      `${a.file} kan inte öppnas som en ny arbetsbok i den här versionen av Excel (det kräver ExcelApi ${a.version}) och tillägget kan inte spara filer här. Öppna arbetsboken i Intäktsmodells webbsida eller använd kommandoraden (intaktsmodell pricelist --out PRISLISTA.xlsx).`,
    (a) =>
      `${a.file} cannot be opened as a new workbook in this version of Excel (it needs ExcelApi ${a.version}) and the add-in cannot save files here. Open the workbook in Intäktsmodell's web page or use the command line (intaktsmodell pricelist --out PRISLISTA.xlsx).`,
  ),
  publishWorkbookNotOpened: phrase(
    (a: { file: string; detail: string }) => `Excel kunde inte öppna ${a.file} som en ny arbetsbok: ${a.detail}`,
    (a) => `Excel could not open ${a.file} as a new workbook: ${a.detail}`,
  ),
};
