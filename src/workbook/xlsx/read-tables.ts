import type ExcelJS from 'exceljs';
import type { CellValue, RawTable } from '../../engine/cells';
import { parseRange } from './cell-range';
import { toCellValue } from './cell-value';
import { tableModels, type TableModel } from './exceljs-internals';

/**
 * Every table of every sheet, read from the cells under its range: exceljs does not fill a
 * loaded table's rows. The totals row is left out, and so are empty rows at the end of the body
 * (Excel needs one body row even in an empty table, so an empty table reads as zero rows).
 * Cells are looked up with findCell: getCell would add every empty cell to the workbook.
 */
export function readTables(workbook: ExcelJS.Workbook): RawTable[] {
  return workbook.worksheets.flatMap((sheet) => tableModels(sheet).map((table) => readTable(sheet, table)));
}

function readTable(sheet: ExcelJS.Worksheet, table: TableModel): RawTable {
  const ref = table.tableRef ?? table.ref;
  if (ref === undefined) throw new Error(`Tabellen ${table.name} saknar cellområde.`);
  const range = parseRange(ref);
  const columns = range.right - range.left + 1;
  const valuesOf = (row: number): CellValue[] =>
    Array.from({ length: columns }, (_, j) => toCellValue(sheet.findCell(row, range.left + j)?.value));

  const firstBodyRow = table.headerRow ? range.top + 1 : range.top;
  const lastBodyRow = table.totalsRow ? range.bottom - 1 : range.bottom;
  const headers = table.headerRow
    ? valuesOf(range.top).map((value, j) => headerText(value) || table.columns[j]?.name || '')
    : Array.from({ length: columns }, (_, j) => table.columns[j]?.name ?? '');
  const rows: CellValue[][] = [];
  for (let r = firstBodyRow; r <= lastBodyRow; r++) rows.push(valuesOf(r));
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();

  return {
    name: table.name,
    sheet: sheet.name,
    headers,
    rows,
    // A table without a header row is given the row above its body, so that row i of the body
    // is still origin.row + i on the sheet.
    origin: { row: firstBodyRow - 1, column: range.left },
  };
}

function headerText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}
