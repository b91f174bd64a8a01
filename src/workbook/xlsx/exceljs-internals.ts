import type ExcelJS from 'exceljs';

/**
 * The parts of exceljs 4.4 this adapter uses that its TypeScript declarations leave out or get
 * wrong (`getTables()` is declared as `[Table, void][]`; loaded tables keep their model in
 * `.table`; `dataValidations` and `orderNo` are not declared). Kept in one place so that an
 * exceljs upgrade has one file to check.
 */

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
}

export interface TableStyleModel {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

export interface TableModel {
  name: string;
  displayName?: string;
  /** The table's full range (header, body, totals), e.g. `A1:D4`. */
  tableRef?: string;
  /** Set on tables added in this session: the top-left cell. */
  ref?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  autoFilterRef?: string;
  style?: TableStyleModel | null;
}

interface TableObject {
  table: TableModel;
}

interface DataValidationsObject {
  /** By cell address, or by range for validations added whole. */
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

interface WorksheetInternals {
  orderNo: number;
  dataValidations: DataValidationsObject;
  getTables(): TableObject[];
}

export function tableModels(sheet: ExcelJS.Worksheet): TableModel[] {
  return (sheet as unknown as WorksheetInternals).getTables().map((t) => t.table);
}

export function sheetOrder(sheet: ExcelJS.Worksheet): number {
  return (sheet as unknown as WorksheetInternals).orderNo;
}

export function setSheetOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  (sheet as unknown as WorksheetInternals).orderNo = orderNo;
}

export function addDataValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as WorksheetInternals).dataValidations.add(range, validation);
}

export function definedNames(workbook: ExcelJS.Workbook): string[] {
  return (workbook.definedNames as unknown as { model: { name: string }[] }).model.map((d) => d.name);
}

export function dataValidationModel(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (sheet as unknown as WorksheetInternals).dataValidations.model;
}
