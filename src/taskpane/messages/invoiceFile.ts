import { phrase } from '../../engine/messages/wording';

/**
 * The pane's messages about the invoice file (Fakturaunderlag or Slutavräkning as CSV for the
 * ERP), in Swedish and English. Spread into PANE_PHRASES (pane.ts).
 */
export const INVOICE_FILE_PHRASES = {
  invoiceNoSettlement: phrase(
    (_: Record<string, never>) => 'Arbetsboken avräknar inget (Avräkning Ingen, inget utfall, eller inget över Resultatfondstak; se bladet Resultatfond): det finns ingen slutavräkning att fakturera.',
    () => 'The workbook settles nothing (Avräkning Ingen, no actuals, or nothing above Resultatfondstak; see the Resultatfond sheet): there is no Slutavräkning to invoice.',
  ),
  /** Excel for Mac's pane (WKWebView) saves no downloads: what works there instead. */
  invoiceCsvNotOnMac: phrase(
    (a: { file: string }) =>
      `Excel för Mac och iPad låter inte tillägg spara filer. Gör ${a.file} i Intäktsmodells webbsida eller med kommandoraden (intaktsmodell invoice ARBETSBOK.xlsx --out FIL.csv).`,
    (a) =>
      `Excel for Mac and iPad does not let add-ins save files. Make ${a.file} in Intäktsmodell's web page or with the command line (intaktsmodell invoice WORKBOOK.xlsx --out FILE.csv).`,
  ),
};
