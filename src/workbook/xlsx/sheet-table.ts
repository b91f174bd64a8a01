import type ExcelJS from 'exceljs';
import { columnWidth } from './column-widths';

export interface SheetTable {
  sheetName: string;
  tableName: string;
  headers: string[];
  rows: ExcelJS.CellValue[][];
  /** The number format of one body cell, or undefined to leave it General. */
  numberFormat?: (column: number, value: ExcelJS.CellValue) => string | undefined;
}

/**
 * Adds a sheet holding one Excel table at A1 with a frozen header row and fitted columns.
 * A table without rows gets one empty body row: Excel needs a body row in every table (it adds
 * one itself when a table is created from a header alone), and readTables reads it as none.
 */
export function addSheetTable(workbook: ExcelJS.Workbook, spec: SheetTable): ExcelJS.Worksheet {
  checkTableShape(spec.tableName, spec.headers, spec.rows);
  const { headers } = spec;
  const rows = spec.rows.length > 0 ? spec.rows : [headers.map(() => null)];

  const sheet = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.addTable({
    name: spec.tableName,
    displayName: spec.tableName,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => headers.map((_, j) => row[j] ?? null)),
  });

  headers.forEach((header, j) => {
    const column = sheet.getColumn(j + 1);
    column.width = columnWidth(header, rows.map((row) => row[j] ?? null));
    if (!spec.numberFormat) return;
    rows.forEach((row, i) => {
      const value = row[j] ?? null;
      const format = spec.numberFormat!(j, value);
      if (format !== undefined) sheet.getCell(i + 2, j + 1).numFmt = format;
    });
  });
  return sheet;
}

/** What Excel requires of a table's shape; callers check every table before changing anything. */
export function checkTableShape(tableName: string, headers: readonly string[], rows: readonly unknown[][]): void {
  if (headers.length === 0) throw new Error(`Tabellen ${tableName} har inga kolumner.`);
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.trim().toLocaleLowerCase('sv-SE');
    if (key === '' || seen.has(key)) {
      throw new Error(`Tabellen ${tableName} har en tom eller dubblerad kolumnrubrik: "${header}".`);
    }
    seen.add(key);
  }
  rows.forEach((row, i) => {
    if (row.length > headers.length) throw new Error(`Tabellen ${tableName} rad ${i + 1} har fler värden än kolumner.`);
  });
}
