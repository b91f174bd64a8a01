import type { OfficeHost } from './host';
import { workbookMsg } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';

/**
 * The ExcelApi versions behind each thing the adapter does (from the `[Api set: ...]` remarks
 * of @types/office-js). `core` is required: `getItemOrNullObject` and
 * `getUsedRangeOrNullObject` are 1.4. The rest degrade: without them the tables are still
 * written and the report says what was left out.
 */
export const EXCEL_API = {
  core: '1.4',
  /** WorksheetProtection.protect/unprotect without a password, for Beslutade versioner (within core: always there). */
  sheetProtection: '1.2',
  calculationSuspension: '1.6',
  frozenHeaders: '1.7',
  workbookProtection: '1.7',
  /** Workbook.readOnly: a workbook open for viewing only is refused before any change. */
  readOnly: '1.8',
  /** ChartAxis.setCategoryNames; charts themselves are 1.1. */
  charts: '1.7',
  /** PivotTableCollection.add and the hierarchies. */
  pivotTable: '1.8',
  /** Worksheet.showGridlines, for Kundbesked pages. */
  gridlines: '1.8',
  /** Worksheet.pageLayout (paper, fit to width, margins, footer, print area) and indentLevel, for Kundbesked pages. */
  pageLayout: '1.9',
  /** Excel.createWorkbook(base64): the published price list (.xlsx) and next year's workbook (with the File and CompressedFile sets) opened as new workbooks (document-file.ts). */
  newWorkbook: '1.8',
  /** Table.resize, for writing imported ledger rows into an input table (write-imported-rows.ts). */
  tableResize: '1.13',
} as const;

export type OptionalFeature = Exclude<keyof typeof EXCEL_API, 'core'>;

export class Capabilities {
  constructor(private readonly host: OfficeHost) {}

  has(feature: keyof typeof EXCEL_API): boolean {
    return this.host.isSetSupported('ExcelApi', EXCEL_API[feature]);
  }

  /** The reason a feature is skipped, in the report's words. */
  missing(feature: OptionalFeature): string {
    return `skipped: ExcelApi ${EXCEL_API[feature]} not supported`;
  }
}

/** Thrown before any Excel call when the host lacks the core requirement set. */
export class ExcelTooOldError extends WorkbookMessageError {
  constructor() {
    super(workbookMsg('excelTooOld', { version: EXCEL_API.core }));
    this.name = 'ExcelTooOldError';
  }
}
