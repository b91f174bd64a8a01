/// <reference types="office-js" />
import type { CellValue, RawTable } from '../../engine/cells';
import { parseSheetAddress, rangeAddress, rangeOf, type CellRange } from './address';
import { fromExcel, headerText } from './cell-values';
import { isOfficeError } from './errors';
import { jsonBytes, READ_BLOCK_BYTES, READ_BLOCK_CELLS, READ_BUDGET_BYTES, READ_RANGE_OVERHEAD_BYTES, READ_SAMPLE_MARGIN, READ_SAMPLE_ROWS, READ_UNSAMPLED_CELL_BYTES } from './payload';

interface TableInfo {
  name: string;
  sheet: string;
  headers: string[];
  body: CellRange;
  /** The most bytes one body row is expected to answer with (values, value types, formats). */
  rowBytes: number;
}

/** Cells of one table's body read with one load: whole rows, or part of a single row. */
interface Block {
  table: number;
  /** First row and column on the sheet, and how many of each. */
  top: number;
  rows: number;
  left: number;
  columns: number;
  /** The expected size of the answer. */
  size: number;
  /** The cells, once read. */
  cells?: CellValue[][];
}

/** A range's cells as office-js answers them. */
type Loaded = Pick<Excel.Range, 'values' | 'valueTypes' | 'numberFormat'>;

export interface ReadOptions {
  /** Only the tables whose names this accepts are read (default: every table). */
  only?: (name: string) => boolean;
  /** Loads of the caller queued into the first request, so that a use case looks at the workbook in one sync. */
  alongside?: () => void;
}

/**
 * Every table of the workbook (or those `only` accepts) with its cells, read in a fixed number
 * of syncs:
 * 1. the tables' names, header flags and sheets (one collection load), with the caller's loads;
 * 2. each table's header cells, body address and its first READ_SAMPLE_ROWS body rows, whose
 *    size tells how many bytes a row of that table answers with;
 * 3. the bodies' values, value types and number formats (a date is a number with a date
 *    format), in blocks of rows, packed by their expected bytes into requests whose answers
 *    stay under READ_BUDGET_BYTES (4 MB; Excel on the web refuses an answer over 5 MB). A
 *    workbook of some 4 MB of cells is read in one such request, a bigger one in one more per
 *    4 MB, however many cells that is: 100 000 cells of long texts take more requests than
 *    100 000 numbers.
 * The sample is the first rows only: where later rows are longer and an answer would pass
 * 5 MB after all, Excel refuses it (ResponsePayloadSizeLimitExceeded; a read changes nothing)
 * and that request is read again in halves, one more sync each time. Nothing is written. Like
 * the xlsx reader, the totals row and empty rows at the end of a body are left out (Excel
 * keeps one body row in an empty table).
 */
export async function readTables(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ tables: RawTable[]; syncs: number }> {
  // The caller's loads first: one of them may load the table collection too, with fewer
  // properties, and the last load of a collection in a request gives its items.
  options.alongside?.();
  const collection = context.workbook.tables.load('items/name, items/showHeaders, items/worksheet/name');
  await context.sync();
  let syncs = 1;

  const wanted = collection.items.filter((t) => options.only?.(t.name) ?? true);
  const { infos, syncs: described } = await describeTables(context, wanted);
  syncs += described;

  const requests = readRequests(infos);
  const read: Block[] = [];
  while (requests.length > 0) {
    const request = requests.shift()!;
    const ranges = request.map((block) => blockRange(context, infos[block.table]!, block).load('values, valueTypes, numberFormat'));
    try {
      await context.sync();
    } catch (error) {
      syncs++;
      requests.unshift(...halves(request, error));
      continue;
    }
    syncs++;
    request.forEach((block, i) => read.push({ ...block, cells: cellsOf(ranges[i]!) }));
  }

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

/**
 * Step 2: headers, body addresses and the first rows of each body, in one sync. Should the
 * samples themselves answer with more than Excel takes (first rows of many long texts) or
 * reach past the sheet, the
 * step is made again without them (one more sync) and every cell is expected to answer with
 * READ_UNSAMPLED_CELL_BYTES, so that the bodies are read in small blocks.
 */
async function describeTables(context: Excel.RequestContext, tables: Excel.Table[]): Promise<{ infos: TableInfo[]; syncs: number }> {
  for (const sample of [true, false]) {
    const pending = tables.map((table) => {
      const body = table.getDataBodyRange();
      return {
        name: table.name,
        sheet: table.worksheet.name,
        header: table.showHeaders ? table.getHeaderRowRange().load('values') : null,
        columns: table.showHeaders ? null : table.columns.load('items/name'),
        body: body.load('address'),
        // Rows past a short body's end are read too, and left out below.
        sample: sample ? body.getRow(0).getBoundingRect(body.getCell(READ_SAMPLE_ROWS - 1, 0)).load('values, valueTypes, numberFormat') : null,
      };
    });
    try {
      await context.sync();
    } catch (error) {
      // A sample too large to answer, or reaching past the sheet's last row (a table ending
      // within READ_SAMPLE_ROWS of row 1 048 576): the step without samples.
      if (sample && isOfficeError(error) && (tooLarge(error) || error.code === 'InvalidArgument')) continue;
      throw error;
    }
    const infos = pending.map((p) => {
      const body = parseSheetAddress(p.body.address).range;
      return {
        name: p.name,
        sheet: p.sheet,
        headers: p.header ? (p.header.values[0] ?? []).map(headerText) : p.columns!.items.map((c) => c.name),
        body,
        rowBytes: p.sample ? sampledRowBytes(p.sample, body.bottom - body.top + 1) : (body.right - body.left + 1) * READ_UNSAMPLED_CELL_BYTES,
      };
    });
    return { infos, syncs: sample ? 1 : 2 };
  }
  throw new Error('unreachable');
}

/**
 * The answer one body row is expected to take: the sampled rows' mean, with READ_SAMPLE_MARGIN.
 * The mean rather than the largest, so that requests fill to near the budget (a region's reads
 * came to 3,0 of 4 MB with the largest, names and numbers varying in length from row to row);
 * the budget's fifth below Excel's 5 MB, and reading a request again in halves, cover rows that
 * run longer than the first ones said.
 */
function sampledRowBytes(sample: Loaded, height: number): number {
  const rows = Math.min(height, sample.values.length);
  let bytes = 0;
  // Each row's three arrays, and the commas between rows.
  for (let i = 0; i < rows; i++) bytes += jsonBytes(sample.values[i]) + jsonBytes(sample.valueTypes[i]) + jsonBytes(sample.numberFormat[i]) + 3;
  return Math.ceil((bytes / Math.max(rows, 1)) * READ_SAMPLE_MARGIN);
}

/** The body's rows from its blocks, each put where it lies. */
function bodyRows(info: TableInfo, blocks: Block[]): CellValue[][] {
  const width = info.body.right - info.body.left + 1;
  if (blocks.every((b) => b.columns === width)) return blocks.sort((a, b) => a.top - b.top).flatMap((b) => b.cells!);
  // Some row was read in parts (a row of long texts): every cell put in its place.
  const rows = Array.from({ length: info.body.bottom - info.body.top + 1 }, () => new Array<CellValue>(width).fill(null));
  for (const block of blocks) {
    block.cells!.forEach((cells, i) => {
      const row = rows[block.top - info.body.top + i]!;
      cells.forEach((value, j) => (row[block.left - info.body.left + j] = value));
    });
  }
  return rows;
}

/**
 * The bodies in blocks of rows of at most READ_BLOCK_BYTES (and READ_BLOCK_CELLS) each, packed in
 * order into requests filled to READ_BUDGET_BYTES: where a whole block would not fit, it is cut at
 * the row that fills the request, and the rest begins the next one. Packed as whole blocks, a
 * region's requests came to 3,1 of 4 MB where a table's blocks were 0,7 MB each.
 */
function readRequests(infos: readonly TableInfo[]): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  infos.forEach((info, table) => {
    const width = info.body.right - info.body.left + 1;
    const height = info.body.bottom - info.body.top + 1;
    const rowBytes = Math.max(info.rowBytes, 1);
    const blockRows = Math.max(1, Math.min(Math.floor(READ_BLOCK_CELLS / width), Math.floor((READ_BLOCK_BYTES - READ_RANGE_OVERHEAD_BYTES) / rowBytes)));
    for (let r = 0; r < height; ) {
      const room = Math.floor((READ_BUDGET_BYTES - used - READ_RANGE_OVERHEAD_BYTES) / rowBytes);
      if (room < 1 && current.length > 0) {
        requests.push(current);
        current = [];
        used = 0;
        continue;
      }
      // A row larger than a whole request still gets one of its own (read in parts if refused).
      const rows = Math.min(height - r, blockRows, Math.max(1, room));
      const size = READ_RANGE_OVERHEAD_BYTES + rows * rowBytes;
      current.push({ table, top: info.body.top + r, rows, left: info.body.left, columns: width, size });
      used += size;
      r += rows;
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

function blockRange(context: Excel.RequestContext, info: TableInfo, block: Block): Excel.Range {
  const range = rangeOf(block.top, block.left, block.rows, block.columns);
  return context.workbook.worksheets.getItem(info.sheet).getRange(rangeAddress(range));
}

function cellsOf(range: Loaded): CellValue[][] {
  return range.values.map((row, i) => row.map((value, j) => fromExcel(value, range.valueTypes[i]?.[j], range.numberFormat[i]?.[j])));
}

function tooLarge(error: unknown): boolean {
  return isOfficeError(error) && error.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * A request whose answer Excel found too large, as two to read instead: its blocks in two
 * groups, a lone block's rows in two, or a lone row's cells in two. A single cell too large is
 * rethrown: nothing smaller can be read.
 */
function halves(request: Block[], error: unknown): Block[][] {
  if (!tooLarge(error)) throw error;
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const block = request[0]!;
  const size = (block.size - READ_RANGE_OVERHEAD_BYTES) / 2 + READ_RANGE_OVERHEAD_BYTES;
  if (block.rows > 1) {
    const first = Math.ceil(block.rows / 2);
    return [[{ ...block, rows: first, size }], [{ ...block, top: block.top + first, rows: block.rows - first, size }]];
  }
  if (block.columns > 1) {
    const first = Math.ceil(block.columns / 2);
    return [[{ ...block, columns: first, size }], [{ ...block, left: block.left + first, columns: block.columns - first, size }]];
  }
  throw error;
}
