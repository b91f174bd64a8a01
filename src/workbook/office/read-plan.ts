import type { CellRange } from './address';
import { jsonBytes, READ_BLOCK_BYTES, READ_BLOCK_CELLS, READ_BUDGET_BYTES, READ_LEARNED_MARGIN, READ_RANGE_OVERHEAD_BYTES, READ_SAMPLE_MARGIN } from './payload';

/** A table's body to read, and what one of its rows is first expected to answer with. */
export interface BodyToRead {
  body: CellRange;
  /** The expected answer of one body row (values, value types, formats), from a sample. */
  rowBytes: number;
}

/** Cells of one table's body read with one load: whole rows, or part of a single row. */
export interface Block {
  table: number;
  /** First row and column on the sheet, and how many of each. */
  top: number;
  rows: number;
  left: number;
  columns: number;
  /** The expected size of the answer. */
  size: number;
}

/** What a block's range is loaded with: its values, and the other per-cell properties asked for. */
export type CellProperty = 'values' | 'valueTypes' | 'numberFormat' | 'formulas';

/** A range's cells as office-js answers them. */
export type LoadedCells = Readonly<Record<'values', unknown[][]>> & Readonly<Partial<Record<CellProperty, unknown[][]>>>;

/** What readTables loads of each block. */
export const TABLE_CELLS: readonly CellProperty[] = ['values', 'valueTypes', 'numberFormat'];

/** Fewer rows of a table than this in a request (the end of one table, the start of the next) leave its size as it was learned before. */
const MIN_LEARNED_ROWS = 50;

/**
 * The reads of the bodies, planned one request at a time and filled to READ_BUDGET_BYTES.
 *
 * A table's rows are first expected to answer with its sample's size (the first rows, with a
 * tenth added); once a block of it has been read, with what its rows did answer, measured, plus
 * READ_LEARNED_MARGIN. Rows next to each other are alike (the same customers and services, numbers
 * of the same length), so the second and later requests of a big table fill to within a few per
 * cent of the budget where the sample's estimate left a tenth empty: a country's 233 MB of reads
 * took 65 requests planned from the samples alone, and take 60 planned so (59 at a full 4 MB
 * each).
 *
 * Requests are filled across blocks and tables: where a whole block would not fit, it is cut at
 * the row that fills the request, and the rest begins the next one.
 */
export class ReadPlan {
  /** The next row of each body to plan (an offset from its top). */
  private readonly next: number[];
  /** Rows measured and the bytes they answered with, per table: those of the latest request that read enough of it. */
  private measured: { rows: number; bytes: number }[];

  /** The mean row size the latest measure is compared with: the one before it, first the sample's (its margin taken off). */
  private readonly before: number[];

  /** `loaded`: the properties each block is loaded with, whose answers are measured. */
  constructor(
    private readonly tables: readonly BodyToRead[],
    readonly loaded: readonly CellProperty[] = TABLE_CELLS,
  ) {
    this.next = tables.map(() => 0);
    this.measured = tables.map(() => ({ rows: 0, bytes: 0 }));
    this.before = tables.map((t) => t.rowBytes / READ_SAMPLE_MARGIN);
  }

  get done(): boolean {
    return this.tables.every((t, i) => this.next[i]! >= height(t.body));
  }

  /**
   * The expected answer of one row of table t, as known now: the sample's estimate until rows of
   * it have been read, then the mean measured on its latest rows, raised by as much as that mean
   * grew over the one before (rows getting longer down the table: numbers gaining digits), plus
   * READ_LEARNED_MARGIN.
   */
  rowBytes(t: number): number {
    const m = this.measured[t]!;
    if (m.rows === 0) return Math.max(this.tables[t]!.rowBytes, 1);
    const mean = m.bytes / m.rows;
    const before = this.before[t]!;
    const growth = before > 0 ? Math.max(1, mean / before) : 1;
    // Rounded to a hundredth of a byte first, so that 100 × 1,02 is 102 and not 103 by the float's last bit.
    return Math.max(Math.ceil(Math.round(mean * growth * READ_LEARNED_MARGIN * 100) / 100), 1);
  }

  /** The blocks of the next request, filled to the budget from the rows not yet planned. */
  request(): Block[] {
    const blocks: Block[] = [];
    let used = 0;
    for (let t = 0; t < this.tables.length; t++) {
      const { body } = this.tables[t]!;
      const width = body.right - body.left + 1;
      const rowBytes = this.rowBytes(t);
      const blockRows = Math.max(1, Math.min(Math.floor(READ_BLOCK_CELLS / width), Math.floor((READ_BLOCK_BYTES - READ_RANGE_OVERHEAD_BYTES) / rowBytes)));
      while (this.next[t]! < height(body)) {
        const room = Math.floor((READ_BUDGET_BYTES - used - READ_RANGE_OVERHEAD_BYTES) / rowBytes);
        // A row larger than a whole request still gets one of its own (read in parts if refused).
        if (room < 1 && blocks.length > 0) return blocks;
        const rows = Math.min(height(body) - this.next[t]!, blockRows, Math.max(1, room));
        const size = READ_RANGE_OVERHEAD_BYTES + rows * rowBytes;
        blocks.push({ table: t, top: body.top + this.next[t]!, rows, left: body.left, columns: width, size });
        used += size;
        this.next[t]! += rows;
      }
    }
    return blocks;
  }

  /**
   * What a request's blocks answered with, every row measured (a sample of rows can fall in step
   * with a pattern of the table, customers' deviation types in turn, and be off by a per cent): the
   * table's later requests are planned from its latest request that measured at least
   * MIN_LEARNED_ROWS of it. The latest, not all so far: where rows grow longer down the table
   * (numbers gaining digits), the mean of every row read would lag behind the rows to come. A
   * block holding part of a row only (a row of long texts read in parts) teaches nothing about
   * whole rows.
   */
  learn(blocks: readonly Block[], answers: readonly LoadedCells[]): void {
    const learning = this.tables.map(() => ({ rows: 0, bytes: 0 }));
    blocks.forEach((block, b) => {
      const { body } = this.tables[block.table]!;
      if (block.columns !== body.right - body.left + 1) return;
      const cells = answers[b]!;
      const m = learning[block.table]!;
      for (let i = 0; i < cells.values.length; i++) {
        // Each row's arrays, and the commas between rows.
        for (const property of this.loaded) m.bytes += jsonBytes(cells[property]?.[i]) + 1;
        m.rows += 1;
      }
    });
    learning.forEach((m, t) => {
      if (m.rows < Math.min(MIN_LEARNED_ROWS, height(this.tables[t]!.body))) return;
      const latest = this.measured[t]!;
      if (latest.rows > 0) this.before[t] = latest.bytes / latest.rows;
      this.measured[t] = m;
    });
  }
}

function height(body: CellRange): number {
  return body.bottom - body.top + 1;
}

/**
 * The answer one body row is expected to take, from a sample of its first rows (the first
 * `height` of them are the body's): the sampled rows' mean, with READ_SAMPLE_MARGIN. The mean
 * rather than the largest, so that requests fill to near the budget (a region's reads came to
 * 3,0 of 4 MB with the largest, names and numbers varying in length from row to row); the
 * budget's fifth below Excel's 5 MB, and reading a request again in halves, cover rows that run
 * longer than the first ones said.
 */
export function sampledRowBytes(sample: LoadedCells, height: number, loaded: readonly CellProperty[]): number {
  const rows = Math.min(height, sample.values.length);
  let bytes = 0;
  // Each row's arrays, and the commas between rows.
  for (let i = 0; i < rows; i++) for (const property of loaded) bytes += jsonBytes(sample[property]?.[i]) + 1;
  return Math.ceil((bytes / Math.max(rows, 1)) * READ_SAMPLE_MARGIN);
}

/**
 * A request whose answer Excel found too large, as two to read instead: its blocks in two
 * groups, a lone block's rows in two, or a lone row's cells in two. Null for a single cell:
 * nothing smaller can be read.
 */
export function halvesOf(request: readonly Block[]): Block[][] | null {
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
  return null;
}
