/// <reference types="office-js" />
import type { CellValue, RawTable } from '../../engine/cells';
import { parseSheetAddress, rangeAddress, rangeOf, type CellRange } from './address';
import { fromExcel, headerText } from './cell-values';
import { pack, READ_BLOCK_CELLS, READ_CELL_BUDGET } from './payload';

interface TableInfo {
  name: string;
  sheet: string;
  /** Read from the header row in the last phase; the column names when the header row is hidden. */
  headers: string[] | null;
  body: CellRange;
}

export interface ReadOptions {
  /** Only the tables whose names this accepts are read (default: every table). */
  only?: (name: string) => boolean;
  /**
   * Table names to look up already in the first request (`getItemOrNullObject`): the contract's
   * input tables, whose body addresses then need no request of their own. A table of another
   * spelling (`SammansattaNycklar`) is still read, in the second request.
   */
  known?: readonly string[];
  /** Loads of the caller queued into the first request, so that a use case reads in one sync. */
  alongside?: () => void;
}

/** A table's body address and column names, as loaded in the first or second request. */
interface Located {
  body: Excel.Range;
  /** Loaded only where the header row may be hidden. */
  columns: Excel.TableColumnCollection | null;
}

/**
 * Every table of the workbook (or those `only` accepts) with its cells, read in a fixed number
 * of syncs:
 * 1. the tables' names, header flags and sheets (one collection load), and the `known` tables'
 *    body addresses and column names;
 * 2. the body addresses and column names of the tables to read that were not looked up in 1
 *    (no request when there are none);
 * 3. the header rows, and the bodies' values, value types and number formats (a date is a number
 *    with a date format), in blocks of rows, as many blocks per request as READ_CELL_BUDGET
 *    allows (one request for anything up to 80 000 cells).
 * Nothing is written. Like the xlsx reader, the totals row and empty rows at the end of a body
 * are left out (Excel keeps one body row in an empty table).
 */
export async function readTables(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ tables: RawTable[]; syncs: number }> {
  // The caller's loads first: one of them may load the table collection too, with fewer
  // properties, and the last load of a collection in a request gives its items.
  options.alongside?.();
  const collection = context.workbook.tables.load('items/name, items/showHeaders, items/worksheet/name');
  const looked = (options.known ?? []).map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name).load('name');
    return { table, located: locate(table, true) };
  });
  await context.sync();
  let syncs = 1;

  const wanted = collection.items.filter((t) => options.only?.(t.name) ?? true);
  const found = new Map(looked.filter((l) => !l.table.isNullObject).map((l) => [l.table.name.toLowerCase(), l.located]));
  const pending = wanted.map((table) => ({ table, located: found.get(table.name.toLowerCase()) ?? null }));
  const missing = pending.filter((p) => p.located === null);
  if (missing.length > 0) {
    for (const p of missing) p.located = locate(p.table, !p.table.showHeaders);
    await context.sync();
    syncs++;
  }

  const infos: TableInfo[] = pending.map(({ table, located }) => ({
    name: table.name,
    sheet: table.worksheet.name,
    headers: table.showHeaders ? null : located!.columns!.items.map((c) => c.name),
    body: parseSheetAddress(located!.body.address).range,
  }));

  type Block = { table: number; range: CellRange; size: number; header: boolean; values?: Excel.Range };
  const blocks = infos.flatMap((info, t) => {
    const width = info.body.right - info.body.left + 1;
    const height = info.body.bottom - info.body.top + 1;
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / width));
    const list: Block[] = [];
    // The header row sits just above the body. One row of values only (no types, no formats):
    // counted as nothing against the cell budget, whose estimate leaves a fifth of 5 MB spare.
    if (info.headers === null) list.push({ table: t, range: rangeOf(info.body.top - 1, info.body.left, 1, width), size: 0, header: true });
    for (let r = 0; r < height; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, height - r);
      list.push({ table: t, range: rangeOf(info.body.top + r, info.body.left, rows, width), size: rows * width, header: false });
    }
    return list;
  });
  for (const request of pack(blocks, READ_CELL_BUDGET)) {
    for (const block of request) {
      block.values = context.workbook.worksheets
        .getItem(infos[block.table]!.sheet)
        .getRange(rangeAddress(block.range))
        .load(block.header ? 'values' : 'values, valueTypes, numberFormat');
    }
    await context.sync();
    syncs++;
  }

  const tables = infos.map((info, t) => {
    const rows: CellValue[][] = [];
    let headers = info.headers ?? [];
    for (const block of blocks.filter((b) => b.table === t)) {
      const range = block.values!;
      if (block.header) {
        headers = (range.values[0] ?? []).map(headerText);
        continue;
      }
      range.values.forEach((row, i) => rows.push(row.map((value, j) => fromExcel(value, range.valueTypes[i]?.[j], range.numberFormat[i]?.[j]))));
    }
    while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
    const table: RawTable = {
      name: info.name,
      sheet: info.sheet,
      headers,
      rows,
      // The header row sits just above the body; without one, the row above is given, so that
      // body row i is still origin.row + i on the sheet.
      origin: { row: info.body.top - 1, column: info.body.left },
    };
    return table;
  });
  return { tables, syncs };
}

/** Queues the loads that place a table: its body address, and its column names when asked. */
function locate(table: Excel.Table, columns: boolean): Located {
  return {
    body: table.getDataBodyRange().load('address'),
    columns: columns ? table.columns.load('items/name') : null,
  };
}
