import type ExcelJS from 'exceljs';
import { cellText, type CellValue, type RawTable } from '../../engine/cells';
import { parseRange } from './cell-range';
import { toCellValue, type CellFacts } from './cell-value';
import { mergedRange, tableModels, type TableModel } from './exceljs-internals';
import type { UncomputedFormulas } from './sheet-parts';

/**
 * Every table of every sheet, read from the cells under its range: exceljs does not fill a
 * loaded table's rows. The totals row is left out, and so are empty rows at the end of the body
 * (Excel needs one body row even in an empty table, so an empty table reads as zero rows).
 * Cells are looked up with findCell: getCell would add every empty cell to the workbook.
 */
export function readTables(workbook: ExcelJS.Workbook, uncomputed: ReadonlyMap<string, ReadonlySet<string>> = new Map()): RawTable[] {
  const date1904 = workbook.properties?.date1904 === true;
  return workbook.worksheets.flatMap((sheet) => {
    const sheetCells: SheetCells = { sheet, date1904, uncomputed: uncomputed.get(sheet.name) };
    return tableModels(sheet).map((table) => readTable(sheetCells, table));
  });
}

/** The uncomputed formula cells by sheet name, from the package's by worksheet part. */
export function uncomputedBySheet(sheetParts: ReadonlyMap<string, string>, uncomputed: UncomputedFormulas): Map<string, ReadonlySet<string>> {
  const bySheet = new Map<string, ReadonlySet<string>>();
  for (const [sheet, part] of sheetParts) {
    const cells = uncomputed.get(part);
    if (cells) bySheet.set(sheet, cells);
  }
  return bySheet;
}

interface SheetCells {
  sheet: ExcelJS.Worksheet;
  date1904: boolean;
  uncomputed: ReadonlySet<string> | undefined;
}

/**
 * One cell as the engine receives it. A cell covered by a merged range that starts elsewhere
 * is `{ merged }`: exceljs hands it the first cell's value, which Excel does not show.
 */
function readCell({ sheet, date1904, uncomputed }: SheetCells, row: number, column: number): CellValue {
  const cell = sheet.findCell(row, column);
  if (cell === undefined) return null;
  if (cell.isMerged && cell.master !== cell) {
    const range = mergedRange(sheet, cell.master);
    return range === undefined ? null : { merged: range };
  }
  const value = cell.value;
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return toCellValue(value);
  const facts: CellFacts = { numFmt: cell.numFmt, date1904 };
  if (uncomputed !== undefined && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && uncomputed.has(cell.address)) {
    facts.uncomputed = true;
    facts.formula = cell.formula;
  }
  return toCellValue(value, facts);
}

function readTable(sheetCells: SheetCells, table: TableModel): RawTable {
  const { sheet } = sheetCells;
  const ref = table.tableRef ?? table.ref;
  if (ref === undefined) throw new Error(`Tabellen ${table.name} saknar cellområde.`);
  const range = parseRange(ref);
  const columns = range.right - range.left + 1;
  const valuesOf = (row: number): CellValue[] =>
    Array.from({ length: columns }, (_, j) => readCell(sheetCells, row, range.left + j));

  const firstBodyRow = table.headerRow ? range.top + 1 : range.top;
  const lastBodyRow = table.totalsRow ? range.bottom - 1 : range.bottom;
  const headers = table.headerRow
    ? valuesOf(range.top).map((value, j) => cellText(value) || table.columns[j]?.name || '')
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
