/**
 * Errors from Excel, in Swedish. office-js rejects with an OfficeExtension.Error whose `code`
 * is one of OfficeExtension.ErrorCodes / Excel.ErrorCodes; the user gets a sentence that says
 * what to do, and the code and Excel's own message stay on the error for support.
 */

/** An Excel error as office-js throws it (duck-typed: the class is a global of office.js). */
interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; statement?: string };
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string' &&
    // office.js names its errors "RichApi.Error" (the typings say OfficeExtension.Error).
    ['RichApi.Error', 'OfficeExtension.Error'].includes(String((error as { name?: unknown }).name))
  );
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    'Excel håller på att redigera en cell. Avsluta redigeringen av cellen (tryck Enter eller Esc) och försök igen.',
  AccessDenied:
    'Excel nekade ändringen: bladet eller arbetsboken är skyddad, eller arbetsboken är öppnad skrivskyddad. ' +
    'Ta bort skyddet (Granska > Ta bort bladskydd / Skydda arbetsbok) och försök igen.',
  ItemAlreadyExists:
    'Namnet används redan i arbetsboken av ett blad, en tabell eller ett definierat namn. Byt namn på det och försök igen.',
  ItemNotFound:
    'Excel hittade inte ett blad eller en tabell som tillägget räknade med; den kan ha tagits bort eller bytt namn under körningen. Försök igen.',
  RequestPayloadSizeLimitExceeded:
    'Det som skulle skrivas till Excel blev för stort för ett anrop (Excel på webben tar högst 5 MB åt gången). ' +
    'Försök igen; kvarstår felet, använd Excel för skrivbordet eller kommandoraden.',
  ResponsePayloadSizeLimitExceeded:
    'Tabellerna är för stora för att läsas i ett anrop (Excel på webben tar högst 5 MB åt gången). ' +
    'Försök igen; kvarstår felet, använd Excel för skrivbordet eller kommandoraden.',
  ApiNotFound:
    'Den här Excel-versionen saknar en funktion som tillägget använder. Uppdatera Excel eller använd Excel på webben.',
  NotImplemented:
    'Den här Excel-versionen saknar en funktion som tillägget använder. Uppdatera Excel eller använd Excel på webben.',
  UnsupportedFeature: 'Excel stöder inte den här åtgärden i den här arbetsboken.',
  UnsupportedOperation: 'Excel stöder inte den här åtgärden i den här arbetsboken.',
  Conflict: 'Arbetsboken ändrades samtidigt av någon annan. Vänta ett ögonblick och försök igen.',
  InsertDeleteConflict: 'Excel kunde inte infoga eller ta bort celler på grund av annat innehåll på bladet.',
  MergedRangeConflict:
    'En tabell kan inte överlappa en annan tabell, en pivottabell eller sammanfogade celler, och sådant är i vägen för ändringen. ' +
    'Flytta det eller dela upp cellerna och försök igen.',
  PivotTableRangeConflict: 'Pivottabellen krockar med annat innehåll på bladet.',
  RangeExceedsLimit: 'Området är större än Excel tillåter i en åtgärd.',
  OperationCellsExceedLimit: 'Åtgärden omfattar fler celler än Excel tillåter på en gång.',
  RequestAborted: 'Anropet till Excel avbröts. Försök igen.',
  ConnectionFailure: 'Kontakten med Excel bröts. Kontrollera anslutningen och försök igen.',
  Timeout: 'Excel svarade inte i tid. Vänta ett ögonblick och försök igen.',
  InvalidOrTimedOutSession: 'Sessionen med Excel har gått ut. Ladda om tillägget och försök igen.',
  WriteNotSupportedWhenModalDialogOpen: 'En dialogruta är öppen i Excel. Stäng den och försök igen.',
  ActivityLimitReached: 'Excel har fått för många anrop på kort tid. Vänta ett ögonblick och försök igen.',
  InactiveWorkbook: 'Arbetsboken är inte längre aktiv. Öppna den igen och försök på nytt.',
  InvalidArgument: 'Excel avvisade ett värde som tillägget skickade.',
  InvalidReference: 'Excel kunde inte hitta området som tillägget hänvisade till.',
  InvalidOperation: 'Excel tillät inte åtgärden i arbetsbokens nuvarande tillstånd.',
  GeneralException: 'Excel rapporterade ett internt fel.',
};

/** An Excel error with its Swedish explanation; `code` and `cause` keep what Excel said. */
export class ExcelOperationError extends Error {
  readonly code: string;
  /** Excel's own message and, where it says, the statement that failed. */
  readonly detail: string;

  constructor(code: string, message: string, detail: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ExcelOperationError';
    this.code = code;
    this.detail = detail;
  }
}

/** The Swedish sentence for an Excel error code (without the code itself). */
export function swedishMessage(code: string): string {
  return MESSAGES[code] ?? 'Excel rapporterade ett fel.';
}

/**
 * Turns an error from office-js into an ExcelOperationError; anything else (the adapter's own
 * errors, programming errors) is returned unchanged, to be rethrown as it is.
 */
export function describeExcelError(error: unknown): unknown {
  if (!isOfficeError(error) || error instanceof ExcelOperationError) return error;
  const where = error.debugInfo?.errorLocation ? ` (${error.debugInfo.errorLocation})` : '';
  const detail = `${error.message}${where}`;
  const cleanup = (error as { cleanupNote?: unknown }).cleanupNote;
  const note = typeof cleanup === 'string' ? ` ${cleanup}` : '';
  return new ExcelOperationError(error.code, `${swedishMessage(error.code)} (Excel-felkod: ${error.code})${note}`, detail, error);
}

/** Runs an Excel use case, rethrowing Excel's errors in Swedish. */
export async function inSwedish<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeExcelError(error);
  }
}
