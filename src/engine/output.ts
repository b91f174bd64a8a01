import { keepShape } from './shapes';

/** What the engine hands back: output tables the workbook adapters write as Excel tables. */

/**
 * The meaning of a column's numbers; each adapter picks the Excel number format.
 * kr: whole kronor; price: kronor with decimals; percent: a fraction shown as %;
 * number: a plain quantity; text: text, never a formula.
 */
export type ColumnFormat = 'text' | 'kr' | 'price' | 'percent' | 'number';

export interface OutputColumn {
  header: string;
  format: ColumnFormat;
}

export type OutputValue = string | number | null;

export interface OutputTable {
  /** Table name and sheet name alike. */
  name: string;
  columns: OutputColumn[];
  /** Every row. A streamed table (below) makes them all on first reading and keeps them. */
  rows: OutputValue[][];
  /**
   * Set on the tables that grow to tens of thousands of rows (Fakturaunderlag, Spårning): their
   * rows made afresh, in order, a block at a time, for a writer that lets each block go once it
   * is written. Until `rows` is read, no row is kept anywhere.
   */
  stream?: RowStream;
  /**
   * Written on a protected sheet (Beslutade versioner): Excel lets the user read, select and
   * copy it, not change it. Protection without a password: it guards against mistakes, not people.
   */
  protected?: boolean;
}

/** A table's rows as blocks made on demand; every pass makes the same rows. */
export interface RowStream {
  /** The number of rows, known before any is made. */
  readonly count: number;
  blocks(): Iterable<OutputValue[][]>;
}

/**
 * An output table whose rows are made by `blocks` when they are asked for: by a writer block by
 * block (`rowBlocks`), or all at once and kept when `rows` is read. Assigning `rows` replaces
 * them and drops the stream.
 */
export class StreamedTable implements OutputTable {
  stream?: RowStream;
  private made: OutputValue[][] | null = null;

  constructor(
    readonly name: string,
    readonly columns: OutputColumn[],
    count: number,
    blocks: () => Iterable<OutputValue[][]>,
  ) {
    this.stream = { count, blocks };
  }

  get rows(): OutputValue[][] {
    if (this.made === null) {
      const stream = this.stream as RowStream;
      const rows = new Array<OutputValue[]>(stream.count);
      let n = 0;
      for (const block of stream.blocks()) {
        if (n + block.length > rows.length) throw new Error(`${this.name}: more rows made than the ${stream.count} counted`);
        for (const row of block) rows[n++] = row;
      }
      if (n !== stream.count) throw new Error(`${this.name}: ${n} rows made, ${stream.count} counted`);
      this.made = rows;
    }
    return this.made;
  }

  set rows(rows: OutputValue[][]) {
    this.made = rows;
    delete this.stream;
  }
}

/**
 * A table's rows a block at a time: a streamed table's blocks as they are made (none kept), any
 * other table's rows as one block. What writers use, so that no big table is held whole.
 */
export function rowBlocks(table: OutputTable): Iterable<OutputValue[][]> {
  return table.stream ? table.stream.blocks() : [table.rows];
}

/** The number of rows of a table, without making a streamed table's rows. */
export function rowCount(table: OutputTable): number {
  return table.stream ? table.stream.count : table.rows.length;
}

/** The output tables in the order they are written; the workbook contract's names. */
export const OUTPUT_TABLE_NAMES = [
  'Prislista',
  'Fördelning',
  'Kundsammanställning',
  'Avvikelsepivot',
  'Avstämning',
  'Prisstruktur',
  'Scenariojämförelse',
  'Scenariopriser',
  'Tjänstekatalog',
  'Fakturaunderlag',
  'Nyckeltal',
  'Spårning',
  'Förändringsanalys',
  'Övergång',
  'Uppföljning',
  'Volymuppföljning',
  'Resultatfond',
  'Slutavräkning',
  'Kontroller',
] as const;

export type OutputTableName = (typeof OUTPUT_TABLE_NAMES)[number];

/** An output table as JSON: one object per row keyed by the column headers. */
export function tableToJson(table: OutputTable): Record<string, OutputValue>[] {
  return table.rows.map((row) => {
    const obj: Record<string, OutputValue> = {};
    table.columns.forEach((col, i) => {
      obj[col.header] = row[i] ?? null;
    });
    return obj;
  });
}

/** Rows per block of a streamed table: a few hundred kilobytes, short-lived. */
export const BLOCK_ROWS = 4096;

/**
 * Collects a streamed table's rows into blocks: each block's array is sized once for `capacity`
 * rows (it grows only past that) and cut to its rows when it is taken, not grown row by row.
 */
export class BlockCutter {
  private block: OutputValue[][];
  private n = 0;

  constructor(
    /** A block is taken once it holds this many rows. */
    private readonly size: number,
    private readonly capacity: number,
  ) {
    this.block = new Array<OutputValue[]>(capacity);
  }

  add(row: OutputValue[]): void {
    this.block[this.n++] = row;
  }

  /** The block, when it holds at least `size` rows (then a new one is started); else null. */
  full(): OutputValue[][] | null {
    return this.n >= this.size ? this.cut() : null;
  }

  /** The rows left at the end, or null when there are none. */
  rest(): OutputValue[][] | null {
    return this.n > 0 ? this.cut() : null;
  }

  private cut(): OutputValue[][] {
    const block = this.block;
    block.length = this.n;
    this.block = new Array<OutputValue[]>(this.capacity);
    this.n = 0;
    return block;
  }
}

/**
 * A new row of `width` cells for a streamed table, every one of which the caller fills in. Made
 * by `new Array(width)`, not by an array literal: V8 decides per literal site whether to
 * allocate its arrays straight into the old generation, from how many of them the last young
 * collection found alive. A streamed row lives only as long as its block, but a collection that
 * falls while a block is being made finds all of that block alive, and V8 then moved the site's
 * rows to the old generation for good, to be freed only by full collections (measured on a city:
 * Fakturaunderlag's rows made in 26–40 ms instead of 15, old space 10 MB larger after each pass).
 * An array made by `new Array(n)` and filled in stays young (measured the same way).
 */
export function streamedRow(width: number): OutputValue[] {
  return new Array<OutputValue>(width);
}

keepShape(new StreamedTable('', [], 0, () => []));
keepShape(new BlockCutter(1, 1));
