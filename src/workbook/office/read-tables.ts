/// <reference types="office-js" />
import type { CellValue, RawTable } from '../../engine/cells';
import { parseSheetAddress, rangeAddress, rangeOf, type CellRange } from './address';
import { fromExcel, headerText } from './cell-values';
import { pack, READ_BLOCK_CELLS, READ_CELL_BUDGET } from './payload';

interface TableInfo {
  name: string;
  sheet: string;
  headers: string[];
  body: CellRange;
}

/**
 * Every table of the workbook with its cells, read in a fixed number of syncs:
 * 1. the tables' names, header flags and sheets (one collection load);
 * 2. each table's header cells and body address;
 * 3. the bodies' values, value types and number formats (a date is a number with a date
 *    format), in blocks of rows, as many blocks per request as
 *    READ_CELL_BUDGET allows (one request for anything up to 80 000 cells).
 * Nothing is written. Like the xlsx reader, the totals row and empty rows at the end of a body
 * are left out (Excel keeps one body row in an empty table).
 */
export async function readTables(context: Excel.RequestContext): Promise<{ tables: RawTable[]; syncs: number }> {
  const collection = context.workbook.tables.load('items/name, items/showHeaders, items/worksheet/name');
  await context.sync();

  const pending = collection.items.map((table) => ({
    table,
    name: table.name,
    sheet: table.worksheet.name,
    header: table.showHeaders ? table.getHeaderRowRange().load('values') : null,
    columns: table.showHeaders ? null : table.columns.load('items/name'),
    body: table.getDataBodyRange().load('address'),
  }));
  await context.sync();
  let syncs = 2;

  const infos: TableInfo[] = pending.map((p) => ({
    name: p.name,
    sheet: p.sheet,
    headers: p.header ? (p.header.values[0] ?? []).map(headerText) : p.columns!.items.map((c) => c.name),
    body: parseSheetAddress(p.body.address).range,
  }));

  const blocks = infos.flatMap((info, t) => {
    const width = info.body.right - info.body.left + 1;
    const height = info.body.bottom - info.body.top + 1;
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / width));
    const list: { table: number; range: CellRange; size: number; values?: Excel.Range }[] = [];
    for (let r = 0; r < height; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, height - r);
      list.push({ table: t, range: rangeOf(info.body.top + r, info.body.left, rows, width), size: rows * width });
    }
    return list;
  });
  for (const request of pack(blocks, READ_CELL_BUDGET)) {
    for (const block of request) {
      block.values = context.workbook.worksheets
        .getItem(infos[block.table]!.sheet)
        .getRange(rangeAddress(block.range))
        .load('values, valueTypes, numberFormat');
    }
    await context.sync();
    syncs++;
  }

  const tables = infos.map((info, t) => {
    const rows: CellValue[][] = [];
    for (const block of blocks.filter((b) => b.table === t)) {
      const range = block.values!;
      range.values.forEach((row, i) => rows.push(row.map((value, j) => fromExcel(value, range.valueTypes[i]?.[j], range.numberFormat[i]?.[j]))));
    }
    while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
    const table: RawTable = {
      name: info.name,
      sheet: info.sheet,
      headers: info.headers,
      rows,
      // The header row sits just above the body; without one, the row above is given, so that
      // body row i is still origin.row + i on the sheet.
      origin: { row: info.body.top - 1, column: info.body.left },
    };
    return table;
  });
  return { tables, syncs };
}
