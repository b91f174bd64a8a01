/**
 * Errors as office.js rejects with them: name "RichApi.Error", a `code` from
 * OfficeExtension.ErrorCodes / Excel.ErrorCodes, and `debugInfo` naming where it happened.
 */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const fail = (code: string, message: string, where?: string): never => {
  throw new FakeExcelError(code, message, where);
};

export const MESSAGES = {
  propertyNotLoaded: (p: string) =>
    `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  itemNotFound: 'The requested resource doesn\'t exist.',
  itemAlreadyExists: 'A resource with the same name or identifier already exists.',
  /** Excel.ErrorCodes.accessDenied, as a workbook open for viewing answers any change. */
  readOnly: 'You cannot perform the requested operation.',
  accessDenied: 'The cell or chart you\'re trying to change is protected and therefore read-only.',
  cellEditMode: 'This operation is not allowed while Excel is in cell-editing mode.',
  requestTooLarge: 'The request payload size has exceeded the limit.',
  responseTooLarge: 'The response payload size has exceeded the limit.',
  invalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  apiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  dimensions: 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.',
};
