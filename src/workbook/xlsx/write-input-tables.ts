import type ExcelJS from 'exceljs';
import type { RawTable } from '../../engine/cells';
import { excelTableName, normalizeName, normalizeTableName, TABLES, type ColumnSpec, type TableSpec } from '../../engine/schema';
import { cellAddress } from './cell-range';
import { toExcelValue } from './cell-value';
import { addDataValidation, tableModels } from './exceljs-internals';
import { NUMBER_FORMATS } from './number-formats';
import { findSheet, sameSheetName } from './ownership';
import { addSheetTable, checkTableShape } from './sheet-table';
import { checkSheetName } from './sheet-names';

/** Empty rows below a table that still get its drop-down lists, for rows the user adds. */
export const VALIDATION_EXTRA_ROWS = 500;

/**
 * Writes input tables for the template and the example workbook: each on its own sheet as an
 * Excel table, with drop-down lists on the schema's enum columns, whole numbers with thousands
 * separators, and each known column's help text as a note on its header.
 */
export function writeInputTables(workbook: ExcelJS.Workbook, tables: readonly RawTable[]): void {
  const existingTables = workbook.worksheets.flatMap((sheet) => tableModels(sheet).map((t) => t.name.toLowerCase()));
  tables.forEach((table, i) => {
    checkSheetName(table.name);
    const tableName = excelTableName(table.name).toLowerCase();
    const repeated = tables.findIndex((t) => sameSheetName(t.name, table.name) || excelTableName(t.name).toLowerCase() === tableName) !== i;
    if (repeated || findSheet(workbook, table.name) || existingTables.includes(tableName)) {
      throw new Error(`Bladet eller tabellen "${table.name}" finns redan i arbetsboken.`);
    }
    checkTableShape(table.name, table.headers, table.rows);
  });
  for (const table of tables) {
    const spec = Object.values(TABLES).find((t: TableSpec) => normalizeTableName(t.name) === normalizeTableName(table.name));
    const columnSpecs = table.headers.map((header) =>
      spec?.columns.find((c: ColumnSpec) => normalizeName(c.header) === normalizeName(header)),
    );
    const sheet = addSheetTable(workbook, {
      sheetName: table.name,
      tableName: excelTableName(table.name),
      headers: table.headers,
      rows: table.rows.map((row) => row.map(toExcelValue)),
      numberFormat: (_, value) => (typeof value === 'number' && Number.isInteger(value) ? NUMBER_FORMATS.integer : undefined),
    });
    const lastRow = 1 + Math.max(table.rows.length, 1) + VALIDATION_EXTRA_ROWS;
    columnSpecs.forEach((column, j) => {
      if (!column) return;
      sheet.getCell(1, j + 1).note = column.help;
      if (column.type === 'enum' && column.values) {
        addDataValidation(sheet, `${cellAddress(2, j + 1)}:${cellAddress(lastRow, j + 1)}`, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.values.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: column.header,
          error: `Välj ett av värdena i listan: ${column.values.join(', ')}.`,
        });
      }
    });
  }
}
