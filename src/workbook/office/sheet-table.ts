/// <reference types="office-js" />
import { rangeAddress, rangeOf, type CellRange } from './address';
import type { ExcelWriteValue } from './cell-values';
import { BLOCK_BUDGET_BYTES, jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import type { Step } from './steps';

/** A sheet holding one Excel table at A1, as both adapters lay out inputs and outputs. */
export interface SheetTableSpec {
  /** The sheet to add (a staging name while outputs are written). */
  sheet: string;
  /** The name the table gets when it is created. */
  table: string;
  headers: readonly string[];
  /** The body rows, held whole or made block by block as they are written. */
  rows: SheetRows;
  /** The display format of a body cell holding a number or boolean; null leaves General. */
  displayFormat(column: number, value: ExcelWriteValue): string | null;
  /** Columns whose every cell is text: their empty cells get the text format too. */
  textColumns: readonly boolean[];
  /** Freeze the header row (ExcelApi 1.7). */
  freezeHeader: boolean;
}

type Rows = readonly (readonly ExcelWriteValue[])[];

/**
 * Rows made as they are written: `count` of them, in blocks of any size, made afresh on each
 * pass (output.ts's streamed tables). Only the block being written is held.
 */
export interface StreamedRows {
  count: number;
  blocks(): Iterable<Rows>;
}

export type SheetRows = Rows | StreamedRows;

function isStreamed(rows: SheetRows): rows is StreamedRows {
  return !Array.isArray(rows);
}

function rowCount(rows: SheetRows): number {
  return isStreamed(rows) ? rows.count : (rows as Rows).length;
}

const TEXT_FORMAT = '@';
const TABLE_STYLE = 'TableStyleMedium2';
/** Autofit, but no column wider than this many characters (long messages and descriptions). */
const MAX_WIDTH_CHARS = 60;

/**
 * The steps that write one sheet table, in the order Excel needs them:
 * 1. the sheet;
 * 2. per block of rows: the text format `@` on every cell that receives text, then the values,
 *    then the display formats of the numbers. The text format has to be there before the value
 *    arrives: Excel parses a value written to a General cell as if typed, so "=HYPERLINK(…)",
 *    "+46…", "-", "@x" would become formulas and "00123" or "1,5" numbers (office-js documents
 *    that a value starting with +, - or = is taken as a formula). A Text-formatted cell keeps
 *    what it is given. Display formats go after the values, as the issue asks;
 * 3. the table over the written range, frozen header row, fitted columns.
 * Each block stays under BLOCK_BUDGET_BYTES so that requests can be filled to their budget.
 * The steps are made as they are taken (runSteps), so streamed rows are made a block at a time
 * and each block can go once it is sent; the widest texts are measured on the way.
 */
export function sheetTableSteps(spec: SheetTableSpec): { steps: Iterable<Step>; range: CellRange } {
  const width = spec.headers.length;
  const count = rowCount(spec.rows);
  // Excel needs a body row in every table; an output without rows gets an empty one.
  const range = rangeOf(1, 1, Math.max(count, 1) + 1, width);
  return { steps: tableSteps(spec, range, count), range };
}

function* tableSteps(spec: SheetTableSpec, range: CellRange, count: number): Generator<Step> {
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(spec.sheet);
  yield { size: OPERATION_OVERHEAD_BYTES + jsonBytes(spec.sheet), apply: (c) => void c.workbook.worksheets.add(spec.sheet) };
  yield* blockSteps(sheet, 1, [spec.headers], () => null, spec.headers.map(() => true));

  const longest = spec.headers.map((header) => header.length);
  let start = 0;
  for (const block of rowBlocks(spec.rows)) {
    measureTexts(block.rows, longest);
    yield* blockSteps(sheet, 2 + start, block.rows, spec.displayFormat, spec.textColumns, block.valueBytes);
    start += block.rows.length;
  }
  if (start !== count) throw new Error(`Tabellen ${spec.table}: ${start} rader skrevs, ${count} väntades.`);

  const address = rangeAddress(range);
  yield {
    size: OPERATION_OVERHEAD_BYTES * 3 + jsonBytes([address, spec.table, TABLE_STYLE]),
    apply: (c) => {
      const ws = sheet(c);
      const table = ws.tables.add(ws.getRange(address), true);
      table.name = spec.table;
      table.style = TABLE_STYLE;
    },
  };

  // Columns with text longer than MAX_WIDTH_CHARS, which autofit would make too wide.
  const wide = longest.flatMap((chars, j) => (chars > MAX_WIDTH_CHARS ? [j + 1] : []));
  yield {
    size: OPERATION_OVERHEAD_BYTES * (2 + wide.length) + jsonBytes(address),
    apply: (c) => {
      const ws = sheet(c);
      if (spec.freezeHeader) ws.freezePanes.freezeRows(1);
      ws.getRange(address).format.autofitColumns();
      for (const column of wide) {
        ws.getRange(rangeAddress({ ...range, left: column, right: column })).format.columnWidth = charsToPoints(MAX_WIDTH_CHARS);
      }
    },
  };
}

/**
 * Consecutive rows whose values and formats stay under the block budget, made as they are
 * taken; a streamed table's blocks are read row by row, so the cut falls where it would on the
 * whole table.
 */
function* rowBlocks(rows: SheetRows): Generator<RowBlock> {
  let current: (readonly ExcelWriteValue[])[] = [];
  let used = 0;
  let valueBytes = 0;
  for (const part of isStreamed(rows) ? rows.blocks() : [rows as Rows]) {
    for (const row of part) {
      const bytes = jsonBytes(row);
      // Values, plus at most a short format code per cell.
      const size = bytes + row.length * 10;
      if (current.length > 0 && used + size > BLOCK_BUDGET_BYTES) {
        yield { rows: current, valueBytes: valueBytesOf(current.length, valueBytes) };
        current = [];
        used = 0;
        valueBytes = 0;
      }
      current.push(row);
      used += size;
      valueBytes += bytes;
    }
  }
  if (current.length > 0) yield { rows: current, valueBytes: valueBytesOf(current.length, valueBytes) };
}

/** A block of rows and the size of their values' JSON (jsonBytes(rows), from the rows' own). */
interface RowBlock {
  rows: Rows;
  valueBytes: number;
}

/** jsonBytes of n rows whose own JSON sizes add up to rowBytes: the brackets and the commas between. */
function valueBytesOf(n: number, rowBytes: number): number {
  return 2 + rowBytes + Math.max(n - 1, 0);
}

/** Raises longest[j] to the longest line of text in column j of rows. */
function measureTexts(rows: Rows, longest: number[]): void {
  for (const row of rows) {
    for (let j = 0; j < longest.length; j++) {
      const value = row[j];
      if (typeof value === 'string' && value.length > (longest[j] as number)) {
        const lines = value.indexOf('\n') < 0 ? [value] : value.split('\n');
        for (const line of lines) if (line.length > (longest[j] as number)) longest[j] = line.length;
      }
    }
  }
}

function blockSteps(
  sheet: (context: Excel.RequestContext) => Excel.Worksheet,
  firstRow: number,
  rows: Rows,
  displayFormat: SheetTableSpec['displayFormat'],
  textColumns: readonly boolean[],
  valueBytes = jsonBytes(rows),
): Step[] {
  const width = rows[0]?.length ?? 0;
  const set = (range: CellRange, property: CellProperty, data: readonly (readonly unknown[])[], dataBytes = jsonBytes(data)): Step => cellsStep(sheet, range, property, data, dataBytes);
  const column = (j: number) => rangeOf(firstRow, j + 1, rows.length, 1);
  const textSteps: Step[] = [];
  const displaySteps: Step[] = [];
  // One format for every cell of a column goes as a 1x1 array, which Excel applies to every cell
  // of the range (numberFormat only, not values); neighbouring columns with the same one share
  // a range, so that a wide sheet (a pivot of a thousand customers) takes one step a block
  // rather than one a column. [format, first column, last column] of each such run:
  const textRuns: Run[] = [];
  const displayRuns: Run[] = [];
  for (let j = 0; j < width; j++) {
    const textColumn = textColumns[j] === true;
    // One pass over the column: which cells take the text format, and the display formats of
    // its numbers; the per-cell arrays are made only when the column needs them.
    let allText = true;
    let anyText = false;
    let anyFormat = false;
    let sameFormat = true;
    let first: string | null | undefined;
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as readonly ExcelWriteValue[])[j] ?? '';
      if (typeof v === 'string') {
        const text = v !== '' || textColumn;
        allText &&= text;
        anyText ||= text;
      } else {
        allText = false;
        const f = displayFormat(j, v);
        if (f !== null) anyFormat = true;
        if (first === undefined) first = f;
        else if (f !== first) sameFormat = false;
      }
    }
    const isText = (v: ExcelWriteValue) => typeof v === 'string' && (v !== '' || textColumn);
    const cellOf = (i: number) => (rows[i] as readonly ExcelWriteValue[])[j] ?? '';
    if (textColumn && allText) {
      extendRun(textRuns, TEXT_FORMAT, j);
    } else if (anyText) {
      textSteps.push(set(column(j), 'numberFormat', rows.map((_, i) => [isText(cellOf(i)) ? TEXT_FORMAT : null])));
    }
    if (!anyFormat) continue;
    // One format for the whole column only when every number in it takes that format; the
    // empty cells take it too, as the xlsx adapter formats them.
    if (sameFormat && !anyText) {
      extendRun(displayRuns, first as string, j);
    } else {
      displaySteps.push(set(column(j), 'numberFormat', rows.map((_, i) => {
        const v = cellOf(i);
        return [typeof v === 'string' ? null : displayFormat(j, v)];
      })));
    }
  }
  const runStep = ([format, left, right]: Run) => set(rangeOf(firstRow, left + 1, rows.length, right - left + 1), 'numberFormat', [[format]]);
  textSteps.push(...textRuns.map(runStep));
  displaySteps.push(...displayRuns.map(runStep));
  // The rows are the adapter's own (converted for Excel), so they go as they are.
  const values =
    valueBytes <= BLOCK_BUDGET_BYTES
      ? [set(rangeOf(firstRow, 1, rows.length, width), 'values', rows, valueBytes)]
      : columnGroups(rows).map(({ left, right }) => set(rangeOf(firstRow, left + 1, rows.length, right - left), 'values', rows.map((row) => row.slice(left, right))));
  return [...textSteps, ...values, ...displaySteps];
}

type CellProperty = 'values' | 'numberFormat';

/** A format and the first and last of neighbouring columns that all take it. */
type Run = [format: string, left: number, right: number];

/** Column j into the last run when it follows it with the same format, else a run of its own. */
function extendRun(runs: Run[], format: string, j: number): void {
  const last = runs[runs.length - 1];
  if (last && last[0] === format && last[2] === j - 1) last[2] = j;
  else runs.push([format, j, j]);
}

/**
 * Values or number formats of a range, a row of `data` for each of its rows (or one cell's for
 * all of them), which a full request may cut at a row (Step.split): the rows that fit go in it
 * and the rest begin the next. Requests keep the steps' order, so a cut changes nothing of what
 * the cells get: the text format still arrives before the value, the display format after it.
 */
function cellsStep(sheet: (context: Excel.RequestContext) => Excel.Worksheet, range: CellRange, property: CellProperty, data: readonly (readonly unknown[])[], dataBytes: number): Step {
  const address = rangeAddress(range);
  const height = range.bottom - range.top + 1;
  return {
    size: OPERATION_OVERHEAD_BYTES + jsonBytes(address) + dataBytes,
    apply: (c) => {
      sheet(c).getRange(address)[property] = data as unknown[][];
    },
    split:
      height > 1 && data.length === height
        ? (room) => {
            // The overhead, the address and the brackets first; then whole rows with their commas.
            let used = OPERATION_OVERHEAD_BYTES + jsonBytes(address) + 2;
            let bytes = 0;
            let n = 0;
            while (n < height - 1) {
              const row = jsonBytes(data[n]) + 1;
              if (used + row > room) break;
              used += row;
              bytes += row;
              n += 1;
            }
            if (n === 0) return null;
            // n rows' JSON is the rows, the commas between them and the brackets: bytes + 1.
            return [
              cellsStep(sheet, { ...range, bottom: range.top + n - 1 }, property, data.slice(0, n), bytes + 1),
              cellsStep(sheet, { ...range, top: range.top + n }, property, data.slice(n), dataBytes - bytes),
            ];
          }
        : undefined,
  };
}

/**
 * Columns [left, right) whose values stay under the block budget together: a block over it is
 * a single row of many long texts (rowBlocks cuts others), written a few cells at a time so
 * that no request passes 4 MB (a cell holds at most 32 767 characters, some 200 kB as JSON).
 */
function columnGroups(rows: Rows): { left: number; right: number }[] {
  const width = rows[0]?.length ?? 0;
  const groups: { left: number; right: number }[] = [];
  let left = 0;
  let used = 0;
  for (let j = 0; j < width; j++) {
    let bytes = 0;
    for (const row of rows) bytes += jsonBytes(row[j] ?? '') + 3;
    if (j > left && used + bytes > BLOCK_BUDGET_BYTES) {
      groups.push({ left, right: j });
      left = j;
      used = 0;
    }
    used += bytes;
  }
  groups.push({ left, right: width });
  return groups;
}

/** Excel's column width in points for a width in characters of the default font (7 px + 5 px padding). */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

