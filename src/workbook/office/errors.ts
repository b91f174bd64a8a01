import { workbookMsg, type WorkbookMessage } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';
import { excelCodeText } from '../messages/excel';

/**
 * Errors from Excel, in Swedish (`message`) and as a message the pane renders in its language
 * (`text`, messages/excel.ts). office-js rejects with an OfficeExtension.Error whose `code` is
 * one of OfficeExtension.ErrorCodes / Excel.ErrorCodes; the user gets a sentence that says what
 * to do, and the code and Excel's own message stay on the error for support.
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

/** An Excel error with its explanation; `code` and `cause` keep what Excel said. */
export class ExcelOperationError extends WorkbookMessageError {
  readonly code: string;
  /** Excel's own message and, where it says, the statement that failed. */
  readonly detail: string;

  constructor(text: WorkbookMessage & { id: 'excelError' }, detail: string, cause: unknown) {
    super(text, { cause });
    this.name = 'ExcelOperationError';
    this.code = text.args.code;
    this.detail = detail;
  }
}

/** The Swedish sentence for an Excel error code (without the code itself). */
export function swedishMessage(code: string): string {
  return excelCodeText(code, 'sv');
}

/**
 * Turns an error from office-js into an ExcelOperationError; anything else (the adapter's own
 * errors, programming errors) is returned unchanged, to be rethrown as it is.
 */
export function describeExcelError(error: unknown): unknown {
  if (!isOfficeError(error) || error instanceof ExcelOperationError) return error;
  const where = error.debugInfo?.errorLocation ? ` (${error.debugInfo.errorLocation})` : '';
  const detail = `${error.message}${where}`;
  const left = (error as { cleanupSheets?: unknown }).cleanupSheets;
  const leftSheets = Array.isArray(left) ? left.map(String) : null;
  return new ExcelOperationError(workbookMsg('excelError', { code: error.code, leftSheets }), detail, error);
}

/** Runs an Excel use case, rethrowing Excel's errors in Swedish. */
export async function inSwedish<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeExcelError(error);
  }
}
