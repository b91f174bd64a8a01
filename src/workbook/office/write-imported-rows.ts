/// <reference types="office-js" />
import type { CellValue } from '../../engine/cells';
import { msg } from '../../engine/messages/catalog';
import { normalizeName, normalizeTableName } from '../../engine/schema';
import { workbookMsg } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';
import { withMarkColumn } from '../import-mark-column';
import { ImportWriteError } from '../import-write-error';
import { cellAddress, EXCEL_COLUMNS, EXCEL_ROWS, parseSheetAddress, rangeAddress, rangeOf, type CellRange } from './address';
import { isOfficeError } from './errors';
import { toExcel, type ExcelWriteValue } from './cell-values';
import { BLOCK_BUDGET_BYTES, jsonBytes, OPERATION_OVERHEAD_BYTES, READ_SAMPLE_ROWS } from './payload';
import { ReadPlan, sampledRowBytes, type CellProperty } from './read-plan';
import { readPlanned } from './read-tables';
import { ReadOnlyWorkbookError, SheetProtectedError } from './refusals';
import { EXCEL_API, type Capabilities } from './requirements';
import { runSteps, type Step } from './steps';

/** The rows an import writes into an input table (as the xlsx adapter's ImportedRows). */
export interface OfficeImportedRows {
  /** The input table written into (Kostnader). */
  table: string;
  /** The column holding the mark of imported rows (Källa); added at the table's right when missing. */
  markColumn: string;
  isImported(mark: string): boolean;
  /** The new rows, each its cells by header. */
  rows: readonly Readonly<Record<string, CellValue>>[];
}

export interface OfficeImportReport {
  written: number;
  replaced: number;
  kept: number;
  syncs: number;
}

const TEXT_FORMAT = '@';

type Kind = 'imported' | 'empty' | 'user';

/**
 * Writes an import's rows into the table of the open workbook, as the xlsx adapter does into a
 * file (docs/arbetsbok.md, "What is written"): the rows an earlier import wrote (their mark in
 * `markColumn`) and empty rows go; the user's rows above the first that goes stay as they are;
 * user rows below it move up (refused when one holds a formula); the new rows follow; the table
 * is resized in place (Table.resize, ExcelApi 1.13) and the cells it leaves are cleared. Where it
 * grows, a cell with content is refused, never overwritten. Three syncs whatever the number of
 * rows (one more per 4 MB written): the tables with their sheets and protection; the table's
 * cells with the rows it may grow into (read in parts when that answer is too large for Excel,
 * tableArea); the writes. Text is written into cells formatted as text first, so that a
 * value such as "=x" or "0012" is kept as typed (sheet-table.ts says why).
 */
export async function writeImportedRows(context: Excel.RequestContext, capabilities: Capabilities, plan: OfficeImportedRows): Promise<OfficeImportReport> {
  // 1. The tables, to find this one however its name is spelt, with its sheet and the sheet's protection.
  const tables = context.workbook.tables.load('items/name, items/showHeaders, items/showTotals, items/worksheet/name, items/worksheet/protection/protected');
  const readOnly = capabilities.has('readOnly') ? context.workbook.load('readOnly') : null;
  await context.sync();
  const table = tables.items.find((t) => normalizeTableName(t.name) === normalizeTableName(plan.table));
  if (!table) throw new ImportWriteError(msg('importTableMissing', { table: plan.table }));
  if (readOnly?.readOnly) throw new ReadOnlyWorkbookError();
  if (table.showTotals) throw new ImportWriteError(msg('importTotalsRow', { table: plan.table }));
  if (!table.showHeaders) throw new ImportWriteError(msg('importNoHeaderRow', { table: plan.table }));
  const sheetName = table.worksheet.name;
  if (table.worksheet.protection.protected) throw new SheetProtectedError([sheetName]);
  if (!capabilities.has('tableResize')) throw new WorkbookMessageError(workbookMsg('importNeedsTableResize', { table: plan.table, version: EXCEL_API.tableResize }));
  const name = table.name;
  const atEdge = () => new WorkbookMessageError(workbookMsg('importTableAtSheetEdge', { table: plan.table, sheet: sheetName }));

  // 2. The table's cells, and what lies where it may grow: as many rows below it as rows are
  // written, and the column at its right (tableArea: in one request, or in parts when Excel
  // finds that answer too large).
  const area = await tableArea(context, name, plan.rows.length, atEdge);
  let syncs = 1 + area.syncs;
  const { top, left, bottom, right: oldRight } = area.table;

  // Cells of the table (type, formula, format) and of the area around it (the value alone).
  const inTable = (r: number, c: number) => r <= bottom && c <= oldRight;
  const at = (r: number, c: number) => ({
    value: area.value(r, c),
    type: inTable(r, c) ? area.type(r, c) : undefined,
    formula: inTable(r, c) ? area.formula(r, c) : undefined,
    format: inTable(r, c) ? area.format(r, c) : undefined,
  });
  const filled = (r: number, c: number) => {
    const cell = at(r, c);
    return isFormula(cell.formula) || (cell.value !== undefined && cell.value !== '');
  };
  const found: string[] = [];
  for (let c = left; c <= oldRight; c++) found.push(String(at(top, c).value ?? ''));
  const { headers, markIndex, added: addMark } = withMarkColumn(found, plan.markColumn);
  const right = left + headers.length - 1;
  const where = (r: number, c: number) => `${sheetName}!${cellAddress(r, c)}`;

  const body: { row: number; kind: Kind }[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const mark = addMark ? undefined : at(r, left + markIndex).value;
    const kind: Kind = typeof mark === 'string' && plan.isImported(mark) ? 'imported' : range(left, oldRight).some((c) => filled(r, c)) ? 'user' : 'empty';
    body.push({ row: r, kind });
  }
  const firstGone = body.find((b) => b.kind !== 'user')?.row ?? bottom + 1;
  const moved = body.filter((b) => b.kind === 'user' && b.row > firstGone);
  for (const m of moved) {
    const formula = range(left, oldRight).find((c) => isFormula(at(m.row, c).formula));
    if (formula !== undefined) throw new ImportWriteError(msg('importFormulaMoved', { table: plan.table, cell: where(m.row, formula) }));
  }
  const newBottom = Math.max(firstGone - 1 + moved.length + plan.rows.length, top + 1);
  const last = Math.max(bottom, newBottom);
  for (let r = bottom + 1; r <= newBottom; r++) {
    const taken = range(left, right).find((c) => filled(r, c));
    if (taken !== undefined) throw new ImportWriteError(msg('importCellInTheWay', { table: plan.table, cell: where(r, taken) }));
  }
  if (addMark) {
    for (let r = top; r <= last; r++) if (filled(r, right)) throw new ImportWriteError(msg('importCellInTheWay', { table: plan.table, cell: where(r, right) }));
  }

  // Rows firstGone..newBottom: the user's rows moved up, then the new rows; each cell with the format it takes.
  const firstBody = (c: number) => {
    const format = at(top + 1, c).format;
    return typeof format === 'string' && format !== TEXT_FORMAT ? format : 'General';
  };
  const rows: { values: ExcelWriteValue[]; formats: string[] }[] = [];
  for (const m of moved) {
    const values: ExcelWriteValue[] = [];
    const formats: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = c <= oldRight ? at(m.row, c) : { value: '', type: 'Empty', format: 'General' };
      const value = cell.type === 'Empty' ? '' : (cell.value as ExcelWriteValue);
      values.push(value);
      formats.push(cell.type === 'String' ? TEXT_FORMAT : typeof cell.format === 'string' ? cell.format : 'General');
    }
    rows.push({ values, formats });
  }
  for (const row of plan.rows) {
    const values = headers.map((h) => toExcel(cellOf(row, h)));
    rows.push({ values, formats: values.map((v, j) => (typeof v === 'string' && v !== '' ? TEXT_FORMAT : firstBody(left + j))) });
  }

  const steps: Step[] = [];
  const set = (target: CellRange, property: 'values' | 'numberFormat', data: unknown[][]): Step => {
    const address = rangeAddress(target);
    return { size: OPERATION_OVERHEAD_BYTES + jsonBytes(address) + jsonBytes(data), apply: (c) => void (c.workbook.worksheets.getItem(sheetName).getRange(address)[property] = data) };
  };
  if (addMark) {
    steps.push(set(rangeOf(top, right, 1, 1), 'numberFormat', [[TEXT_FORMAT]]), set(rangeOf(top, right, 1, 1), 'values', [[plan.markColumn]]));
  }
  for (const block of blocks(rows)) {
    const at0 = firstGone + block.start;
    steps.push(set(rangeOf(at0, left, block.rows.length, headers.length), 'numberFormat', block.rows.map((r) => r.formats)));
    steps.push(set(rangeOf(at0, left, block.rows.length, headers.length), 'values', block.rows.map((r) => r.values)));
  }
  const resized = rangeAddress({ top, left, bottom: newBottom, right });
  steps.push({ size: OPERATION_OVERHEAD_BYTES + jsonBytes(resized), apply: (c) => c.workbook.tables.getItem(name).resize(c.workbook.worksheets.getItem(sheetName).getRange(resized)) });
  if (newBottom < bottom) {
    // The rows the table no longer holds: emptied, as the xlsx adapter leaves them.
    const vacated = rangeAddress({ top: newBottom + 1, left, bottom, right });
    steps.push({ size: OPERATION_OVERHEAD_BYTES + jsonBytes(vacated), apply: (c) => c.workbook.worksheets.getItem(sheetName).getRange(vacated).clear('All') });
  }
  syncs += await runSteps(context, steps, capabilities);
  return {
    written: plan.rows.length,
    replaced: body.filter((b) => b.kind === 'imported').length,
    kept: body.filter((b) => b.kind === 'user').length,
    syncs,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function isFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=');
}

function cellOf(row: Readonly<Record<string, CellValue>>, header: string): CellValue {
  if (Object.hasOwn(row, header)) return row[header] ?? null;
  const key = Object.keys(row).find((k) => normalizeName(k) === normalizeName(header));
  return key === undefined ? null : (row[key] ?? null);
}

/** Consecutive rows whose values and formats stay under the block budget, each block with its first row's index. */
function* blocks<T extends { values: ExcelWriteValue[]; formats: string[] }>(rows: readonly T[]): Generator<{ start: number; rows: T[] }> {
  let start = 0;
  let current: T[] = [];
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    const size = jsonBytes(row.values) + jsonBytes(row.formats);
    if (current.length > 0 && used + size > BLOCK_BUDGET_BYTES) {
      yield { start, rows: current };
      current = [];
      used = 0;
      start = i;
    }
    current.push(row);
    used += size;
  }
  if (current.length > 0) yield { start, rows: current };
}

/** The table's cells and what lies around it, each cell's property by its row and column on the sheet. */
interface TableArea {
  /** The table's range, header row included. */
  table: CellRange;
  value(r: number, c: number): unknown;
  type(r: number, c: number): unknown;
  formula(r: number, c: number): unknown;
  format(r: number, c: number): unknown;
  syncs: number;
}

/** What is asked of each cell of the area when it is read in parts. */
const AREA_CELLS: readonly CellProperty[] = ['values', 'valueTypes', 'formulas', 'numberFormat'];

/**
 * The table's cells (value, type, formula, format) and the values of the `grow` rows below it
 * and the column at its right, in one request: only the values of what lies around the table,
 * since the answer is what limits the size (Excel on the web refuses one over 5 MB). A table of
 * some 35 000 rows answers with more: then its address and first rows are read, and the area in
 * parts planned from them as readTables plans a table's body (read-plan.ts), one more request
 * per 4 MB. Where the area would reach past the sheet's last row or column, `atEdge` is thrown.
 */
async function tableArea(context: Excel.RequestContext, name: string, grow: number, atEdge: () => Error): Promise<TableArea> {
  const whole = context.workbook.tables.getItem(name).getRange().load('address, valueTypes, formulas, numberFormat');
  const around = whole.getResizedRange(grow, 1).load('values');
  try {
    await context.sync();
    const { top, left } = parseSheetAddress(whole.address).range;
    const cell = (cells: unknown[][]) => (r: number, c: number) => cells[r - top]?.[c - left];
    return {
      table: parseSheetAddress(whole.address).range,
      value: cell(around.values),
      type: cell(whole.valueTypes),
      formula: cell(whole.formulas),
      format: cell(whole.numberFormat),
      syncs: 1,
    };
  } catch (error) {
    // The area reaches past the sheet's last row or column: the table cannot grow there.
    if (isOfficeError(error) && error.code === 'InvalidArgument') throw atEdge();
    if (!(isOfficeError(error) && error.code === 'ResponsePayloadSizeLimitExceeded')) throw error;
  }

  // In parts: the address and the first rows, then the area a planned request at a time.
  const range = context.workbook.tables.getItem(name).getRange().load('address');
  const sample = range.getRow(0).getBoundingRect(range.getCell(READ_SAMPLE_ROWS - 1, 0)).getResizedRange(0, 1).load(AREA_CELLS.join(', '));
  await context.sync();
  let syncs = 2;
  const table = parseSheetAddress(range.address).range;
  const areaRange: CellRange = { top: table.top, left: table.left, bottom: table.bottom + grow, right: table.right + 1 };
  if (areaRange.bottom > EXCEL_ROWS || areaRange.right > EXCEL_COLUMNS) throw atEdge();
  // The table's rows and the rows below it apart: those are mostly empty and answer with less.
  const rowBytes = sampledRowBytes(sample, table.bottom - table.top + 1, AREA_CELLS);
  const bodies = [{ body: { ...areaRange, bottom: table.bottom }, rowBytes }];
  if (grow > 0) bodies.push({ body: { ...areaRange, top: table.bottom + 1 }, rowBytes });
  const rows: Record<CellProperty, unknown[][]> = { values: [], valueTypes: [], formulas: [], numberFormat: [] };
  const sheet = context.workbook.tables.getItem(name).worksheet;
  // Whole rows only, read in the order planned: each block's rows follow the ones before.
  syncs += await readPlanned(
    context,
    new ReadPlan(bodies, AREA_CELLS),
    (block) => sheet.getRange(rangeAddress(rangeOf(block.top, block.left, block.rows, block.columns))),
    (_, cells) => {
      for (const property of AREA_CELLS) rows[property].push(...(cells[property] ?? []));
    },
    true,
  );
  const cell = (cells: unknown[][]) => (r: number, c: number) => cells[r - areaRange.top]?.[c - areaRange.left];
  return { table, value: cell(rows.values), type: cell(rows.valueTypes), formula: cell(rows.formulas), format: cell(rows.numberFormat), syncs };
}
