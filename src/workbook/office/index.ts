/** The office-js adapter: the workbook port over the workbook open in Excel. */
export { OfficeWorkbook } from './office-workbook';
export { officeHost, officeFileHost, type OfficeHost } from './host';
export type { WriteReport } from './write-outputs';
export type { Calculated, RecalculationReport } from './recalculate';
export { STALE_NOTE } from './stale-marks';
export type { StatementsReport } from './write-statements';
export { ExcelOperationError, describeExcelError, swedishMessage } from './errors';
export { SheetProtectedError, WorkbookProtectedError, SheetExistsError, ReadOnlyWorkbookError, SheetNameClashError } from './refusals';
export { ExcelTooOldError, EXCEL_API } from './requirements';
export { DEVIATION_SHEET, DEVIATION_TABLE, DEVIATION_PIVOT } from './deviation-rows';
export { REQUEST_BUDGET_BYTES, READ_BUDGET_BYTES } from './payload';
export { OfficeFiles, base64, CREATE_WORKBOOK_API, type OfficeFileHost, type DocumentFile, type AsyncAnswer } from './document-file';
