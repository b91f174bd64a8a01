/** The xlsx adapter: the workbook port over .xlsx bytes, for the command line and the browser. */
export { openXlsx } from './open-xlsx';
export { createXlsx } from './create-xlsx';
export { XlsxWorkbook } from './xlsx-workbook';
export type { WriteOptions } from './xlsx-workbook';
export type { GzipStream } from './splice';
export { UnreadableWorkbookError, TableNameTakenError } from './errors';
export { OWNERSHIP_SHEET } from './ownership';
export { statementsXlsx, writeStatementSheets } from './write-statement';
export { priceListXlsx } from './write-price-list';
