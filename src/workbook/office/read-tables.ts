/// <reference types="office-js" />
import type { CellValue, RawTable } from '../../engine/cells';
import { parseSheetAddress, rangeAddress, rangeOf, type CellRange } from './address';
import { fromExcel, headerText } from './cell-values';
import { isOfficeError } from './errors';
import { READ_SAMPLE_ROWS, READ_UNSAMPLED_CELL_BYTES } from './payload';
import { halvesOf, ReadPlan, sampledRowBytes, TABLE_CELLS, type Block, type BodyToRead, type LoadedCells } from './read-plan';

interface TableInfo extends BodyToRead {
  name: string;
  sheet: string;
  headers: string[];
}

export interface ReadOptions {
  /** Only the tables whose names this accepts are read (default: every table). */
  only?: (name: string) => boolean;
  /**
   * The names the wanted tables are expected to go by (the contract's, as the template writes
   * them): these are described in the first request, beside the list of tables, so that reading
   * takes one sync fewer. A wanted table under another name (SammansattaNycklar for
   * Sammansatta_nycklar) is described in one more.
   */
  expected?: readonly string[];
  /** Loads of the caller queued into the first request, so that a use case looks at the workbook in one sync. */
  alongside?: () => void;
}

/**
 * Every table of the workbook (or those `only` accepts) with its cells, read in a fixed number
 * of syncs:
 * 1. the tables' names, header flags and sheets (one collection load), with the caller's loads,
 *    and, for the tables `expected` names (each asked for with `getItemOrNullObject`: a missing
 *    one is a null object, and so are its ranges), their header cells, body address and first
 *    READ_SAMPLE_ROWS body rows, whose size tells how many bytes a row of that table answers
 *    with;
 * 2. the same description of any other wanted table (no sync when there is none);
 * 3. the bodies' values, value types and number formats (a date is a number with a date
 *    format), in blocks of rows, in requests whose answers are expected to fill READ_BUDGET_BYTES
 *    (4 MB; Excel on the web refuses an answer over 5 MB), each planned from what the rows read
 *    before it answered with (read-plan.ts). A workbook of some 4 MB of cells is read in one
 *    such request, a bigger one in one more per 4 MB, however many cells that is: 100 000 cells
 *    of long texts take more requests than 100 000 numbers.
 * Where later rows are longer than the rows before them said and an answer would pass 5 MB after
 * all, Excel refuses it (ResponsePayloadSizeLimitExceeded; a read changes nothing) and that
 * request is read again in halves, one more sync each time. Should the first request fail with
 * the descriptions in it (a sample larger than Excel answers, one reaching past the sheet, or
 * any other refusal of Excel's), it is made again without them and every wanted table is
 * described in step 2. Nothing is written.
 * Like the xlsx reader, the totals row and empty rows at the end of a body are left out (Excel
 * keeps one body row in an empty table).
 */
export async function readTables(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ tables: RawTable[]; syncs: number }> {
  const first = await firstLook(context, options);
  let syncs = first.syncs;
  const wanted = first.tables.filter((t) => options.only?.(t.name) ?? true);
  const described = new Map(first.described.map((d) => [lower(d.name), d]));
  const rest = wanted.filter((t) => !described.has(lower(t.name)));
  if (rest.length > 0) {
    const later = await describeTables(context, rest);
    syncs += later.syncs;
    for (const info of later.infos) described.set(lower(info.name), info);
  }
  const infos = wanted.map((t) => described.get(lower(t.name))!);

  const read: ReadBlock[] = [];
  syncs += await readPlanned(context, new ReadPlan(infos), (block) => blockRange(context, infos[block.table]!, block), (block, cells) => read.push({ ...block, cells: cellsOf(cells) }));

  const tables = infos.map((info, t) => {
    const rows = bodyRows(info, read.filter((b) => b.table === t));
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

/** A block and its cells, once read. */
interface ReadBlock extends Block {
  cells: CellValue[][];
}

/** A table's description, queued: what steps 1 and 2 load of it. */
interface Pending {
  table: Excel.Table;
  /** The header cells; with the column names when it is not known yet whether the table shows headers. */
  header: Excel.Range | null;
  columns: Excel.TableColumnCollection | null;
  body: Excel.Range;
  sample: Excel.Range | null;
}

/**
 * Queues a table's description. `showHeaders` is the table's, already loaded, or null when the
 * table itself is loaded with the description: then both the header cells and the column names
 * are asked for, and the flag chooses between them afterwards.
 */
function queueDescription(table: Excel.Table, showHeaders: boolean | null, sample: boolean): Pending {
  if (showHeaders === null) table.load('name, showHeaders, worksheet/name');
  const body = table.getDataBodyRange();
  return {
    table,
    header: showHeaders !== false ? table.getHeaderRowRange().load('values') : null,
    columns: showHeaders !== true ? table.columns.load('items/name') : null,
    body: body.load('address'),
    // Rows past a short body's end are read too, and left out below.
    sample: sample ? body.getRow(0).getBoundingRect(body.getCell(READ_SAMPLE_ROWS - 1, 0)).load('values, valueTypes, numberFormat') : null,
  };
}

function describedInfo(p: Pending): TableInfo {
  const body = parseSheetAddress(p.body.address).range;
  return {
    name: p.table.name,
    sheet: p.table.worksheet.name,
    headers: p.table.showHeaders ? (p.header!.values[0] ?? []).map(headerText) : p.columns!.items.map((c) => c.name),
    body,
    rowBytes: p.sample ? sampledRowBytes(p.sample, body.bottom - body.top + 1, TABLE_CELLS) : (body.right - body.left + 1) * READ_UNSAMPLED_CELL_BYTES,
  };
}

/**
 * Step 1: the caller's loads, the list of tables and the expected tables' descriptions in one
 * request. Should it fail with the descriptions in it, it is made again without them.
 */
async function firstLook(context: Excel.RequestContext, options: ReadOptions): Promise<{ tables: Excel.Table[]; described: TableInfo[]; syncs: number }> {
  const expected = [...new Map((options.expected ?? []).map((name) => [lower(name), name])).values()];
  let syncs = 0;
  for (const names of expected.length > 0 ? [expected, []] : [[]]) {
    // The caller's loads first: one of them may load the table collection too, with fewer
    // properties, and the last load of a collection in a request gives its items.
    options.alongside?.();
    const collection = context.workbook.tables.load('items/name, items/showHeaders, items/worksheet/name');
    const pending = names.map((name) => queueDescription(context.workbook.tables.getItemOrNullObject(name), null, true));
    syncs++;
    try {
      await context.sync();
    } catch (error) {
      if (names.length > 0 && isOfficeError(error)) continue;
      throw error;
    }
    const described = pending.filter((p) => !p.table.isNullObject).map(describedInfo);
    return { tables: collection.items, described, syncs };
  }
  throw new Error('unreachable');
}

/**
 * Step 2: headers, body addresses and the first rows of the tables step 1 did not describe, in
 * one sync. Should the samples themselves answer with more than Excel takes (first rows of many
 * long texts) or reach past the sheet, the step is made again without them (one more sync) and
 * every cell is expected to answer with READ_UNSAMPLED_CELL_BYTES, so that the bodies are read
 * in small blocks.
 */
async function describeTables(context: Excel.RequestContext, tables: Excel.Table[]): Promise<{ infos: TableInfo[]; syncs: number }> {
  for (const sample of [true, false]) {
    const pending = tables.map((table) => queueDescription(table, table.showHeaders, sample));
    try {
      await context.sync();
    } catch (error) {
      // A sample too large to answer, or reaching past the sheet's last row (a table ending
      // within READ_SAMPLE_ROWS of row 1 048 576): the step without samples.
      if (sample && isOfficeError(error) && (tooLarge(error) || error.code === 'InvalidArgument')) continue;
      throw error;
    }
    return { infos: pending.map(describedInfo), syncs: sample ? 1 : 2 };
  }
  throw new Error('unreachable');
}

function lower(name: string): string {
  return name.toLocaleLowerCase('sv-SE');
}

/** The body's rows from its blocks, each put where it lies. */
function bodyRows(info: TableInfo, blocks: ReadBlock[]): CellValue[][] {
  const width = info.body.right - info.body.left + 1;
  if (blocks.every((b) => b.columns === width)) return blocks.sort((a, b) => a.top - b.top).flatMap((b) => b.cells);
  // Some row was read in parts (a row of long texts): every cell put in its place.
  const rows = Array.from({ length: info.body.bottom - info.body.top + 1 }, () => new Array<CellValue>(width).fill(null));
  for (const block of blocks) {
    block.cells.forEach((cells, i) => {
      const row = rows[block.top - info.body.top + i]!;
      cells.forEach((value, j) => (row[block.left - info.body.left + j] = value));
    });
  }
  return rows;
}

function blockRange(context: Excel.RequestContext, info: TableInfo, block: Block): Excel.Range {
  const range = rangeOf(block.top, block.left, block.rows, block.columns);
  return context.workbook.worksheets.getItem(info.sheet).getRange(rangeAddress(range));
}

function cellsOf(range: LoadedCells): CellValue[][] {
  return range.values.map((row, i) => row.map((value, j) => fromExcel(value, range.valueTypes?.[i]?.[j] as string | undefined, range.numberFormat?.[i]?.[j])));
}

function tooLarge(error: unknown): boolean {
  return isOfficeError(error) && error.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the blocks `plan` makes, a request at a time, each block's range (`range`) loaded with the
 * plan's properties, and hands each block and its cells to `read` once its request has answered,
 * in the order planned. A request whose answer Excel finds too large is read again in halves
 * (read-plan.ts's halvesOf; not a row's cells in parts when `wholeRows`), one more sync each
 * time; anything else Excel refuses is rethrown. Returns the syncs made.
 */
export async function readPlanned(
  context: Excel.RequestContext,
  plan: ReadPlan,
  range: (block: Block) => Excel.Range,
  read: (block: Block, cells: LoadedCells) => void,
  wholeRows = false,
): Promise<number> {
  let syncs = 0;
  const again: Block[][] = [];
  while (again.length > 0 || !plan.done) {
    const request = again.shift() ?? plan.request();
    const ranges = request.map((block) => range(block).load(plan.loaded.join(', ')));
    syncs++;
    try {
      await context.sync();
    } catch (error) {
      const parts = tooLarge(error) ? halvesOf(request) : null;
      if (parts === null || (wholeRows && parts.some((part) => part.some((b) => b.columns !== request[0]!.columns)))) throw error;
      again.unshift(...parts);
      continue;
    }
    plan.learn(request, ranges);
    request.forEach((block, i) => read(block, ranges[i]!));
  }
  return syncs;
}
