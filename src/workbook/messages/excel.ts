import { phrase } from '../../engine/messages/wording';

/** What to do about an Excel error code, in Swedish and English (office-js's codes, ErrorCodes). */
const BY_CODE: Record<string, { sv: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    sv: 'Excel håller på att redigera en cell. Avsluta redigeringen av cellen (tryck Enter eller Esc) och försök igen.',
    en: 'Excel is editing a cell. Finish editing the cell (press Enter or Esc) and try again.',
  },
  AccessDenied: {
    sv:
      'Excel nekade ändringen: bladet eller arbetsboken är skyddad, eller arbetsboken är öppnad skrivskyddad. ' +
      'Ta bort skyddet (Granska > Ta bort bladskydd / Skydda arbetsbok) och försök igen.',
    en:
      'Excel refused the change: the sheet or the workbook is protected, or the workbook is open read-only. ' +
      'Remove the protection (Review > Unprotect Sheet / Protect Workbook) and try again.',
  },
  ItemAlreadyExists: {
    sv: 'Namnet används redan i arbetsboken av ett blad, en tabell eller ett definierat namn. Byt namn på det och försök igen.',
    en: 'The name is already used in the workbook by a sheet, a table or a defined name. Rename it and try again.',
  },
  ItemNotFound: {
    sv: 'Excel hittade inte ett blad eller en tabell som tillägget räknade med; den kan ha tagits bort eller bytt namn under körningen. Försök igen.',
    en: 'Excel did not find a sheet or a table the add-in expected; it may have been deleted or renamed during the run. Try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    sv:
      'Det som skulle skrivas till Excel blev för stort för ett anrop (Excel på webben tar högst 5 MB åt gången). ' +
      'Försök igen; kvarstår felet, använd Excel för skrivbordet eller kommandoraden.',
    en:
      'What was to be written to Excel was too large for one request (Excel on the web takes at most 5 MB at a time). ' +
      'Try again; if the error remains, use Excel for the desktop or the command line.',
  },
  ResponsePayloadSizeLimitExceeded: {
    sv:
      'Tabellerna är för stora för att läsas i ett anrop (Excel på webben tar högst 5 MB åt gången). ' +
      'Försök igen; kvarstår felet, använd Excel för skrivbordet eller kommandoraden.',
    en:
      'The tables are too large to read in one request (Excel on the web takes at most 5 MB at a time). ' +
      'Try again; if the error remains, use Excel for the desktop or the command line.',
  },
  ApiNotFound: {
    sv: 'Den här Excel-versionen saknar en funktion som tillägget använder. Uppdatera Excel eller använd Excel på webben.',
    en: 'This version of Excel lacks a feature the add-in uses. Update Excel or use Excel on the web.',
  },
  NotImplemented: {
    sv: 'Den här Excel-versionen saknar en funktion som tillägget använder. Uppdatera Excel eller använd Excel på webben.',
    en: 'This version of Excel lacks a feature the add-in uses. Update Excel or use Excel on the web.',
  },
  UnsupportedFeature: { sv: 'Excel stöder inte den här åtgärden i den här arbetsboken.', en: 'Excel does not support this operation in this workbook.' },
  UnsupportedOperation: { sv: 'Excel stöder inte den här åtgärden i den här arbetsboken.', en: 'Excel does not support this operation in this workbook.' },
  Conflict: {
    sv: 'Arbetsboken ändrades samtidigt av någon annan. Vänta ett ögonblick och försök igen.',
    en: 'Someone else changed the workbook at the same time. Wait a moment and try again.',
  },
  InsertDeleteConflict: {
    sv: 'Excel kunde inte infoga eller ta bort celler på grund av annat innehåll på bladet.',
    en: 'Excel could not insert or delete cells because of other content on the sheet.',
  },
  MergedRangeConflict: {
    sv:
      'En tabell kan inte överlappa en annan tabell, en pivottabell eller sammanfogade celler, och sådant är i vägen för ändringen. ' +
      'Flytta det eller dela upp cellerna och försök igen.',
    en:
      'A table cannot overlap another table, a PivotTable or merged cells, and one of those is in the way of the change. ' +
      'Move it or unmerge the cells and try again.',
  },
  PivotTableRangeConflict: { sv: 'Pivottabellen krockar med annat innehåll på bladet.', en: 'The PivotTable collides with other content on the sheet.' },
  RangeExceedsLimit: { sv: 'Området är större än Excel tillåter i en åtgärd.', en: 'The range is larger than Excel allows in one operation.' },
  OperationCellsExceedLimit: {
    sv: 'Åtgärden omfattar fler celler än Excel tillåter på en gång.',
    en: 'The operation covers more cells than Excel allows at once.',
  },
  RequestAborted: { sv: 'Anropet till Excel avbröts. Försök igen.', en: 'The request to Excel was aborted. Try again.' },
  ConnectionFailure: {
    sv: 'Kontakten med Excel bröts. Kontrollera anslutningen och försök igen.',
    en: 'The connection to Excel was lost. Check the connection and try again.',
  },
  Timeout: { sv: 'Excel svarade inte i tid. Vänta ett ögonblick och försök igen.', en: 'Excel did not answer in time. Wait a moment and try again.' },
  InvalidOrTimedOutSession: {
    sv: 'Sessionen med Excel har gått ut. Ladda om tillägget och försök igen.',
    en: 'The session with Excel has expired. Reload the add-in and try again.',
  },
  WriteNotSupportedWhenModalDialogOpen: {
    sv: 'En dialogruta är öppen i Excel. Stäng den och försök igen.',
    en: 'A dialog box is open in Excel. Close it and try again.',
  },
  ActivityLimitReached: {
    sv: 'Excel har fått för många anrop på kort tid. Vänta ett ögonblick och försök igen.',
    en: 'Excel has had too many requests in a short time. Wait a moment and try again.',
  },
  InactiveWorkbook: {
    sv: 'Arbetsboken är inte längre aktiv. Öppna den igen och försök på nytt.',
    en: 'The workbook is no longer active. Open it again and try once more.',
  },
  InvalidArgument: { sv: 'Excel avvisade ett värde som tillägget skickade.', en: 'Excel rejected a value the add-in sent.' },
  InvalidReference: { sv: 'Excel kunde inte hitta området som tillägget hänvisade till.', en: 'Excel could not find the range the add-in referred to.' },
  InvalidOperation: {
    sv: 'Excel tillät inte åtgärden i arbetsbokens nuvarande tillstånd.',
    en: 'Excel did not allow the operation in the workbook’s present state.',
  },
  GeneralException: { sv: 'Excel rapporterade ett internt fel.', en: 'Excel reported an internal error.' },
};

const UNKNOWN = { sv: 'Excel rapporterade ett fel.', en: 'Excel reported an error.' };

/** The sentence for an Excel error code in a language (without the code itself). */
export function excelCodeText(code: string, lang: 'sv' | 'en'): string {
  return (BY_CODE[code] ?? UNKNOWN)[lang];
}

/** The messages of Excel's own errors, as the office-js adapter rethrows them (office/errors.ts). */
export const excelPhrases = {
  excelError: phrase(
    (a: { code: string; leftSheets: string[] | null }) =>
      `${excelCodeText(a.code, 'sv')} (Excel-felkod: ${a.code})` +
      (a.leftSheets ? ` Intäktsmodell kunde inte heller ta bort sina tillfälliga blad (${a.leftSheets.join(', ')}); ta bort dem som finns kvar för hand.` : ''),
    (a) =>
      `${excelCodeText(a.code, 'en')} (Excel error code: ${a.code})` +
      (a.leftSheets ? ` Intäktsmodell could not remove its temporary sheets either (${a.leftSheets.join(', ')}); delete those left by hand.` : ''),
  ),
};
