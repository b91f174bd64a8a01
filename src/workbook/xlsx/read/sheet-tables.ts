import type JSZip from 'jszip';
import { cellText, type CellValue, type RawTable } from '../../../engine/cells';
import { cellAddress, formatRange, parseRange, type CellRange } from '../cell-range';
import { UnreadableWorkbookError } from '../errors';
import { packageReason } from '../../messages/catalog';
import { cellValue, type CellContext, type SheetCell } from './cell-values';
import { slideFormula } from './shared-formula';
import type { TableDefinition } from './table-definitions';
import type { WorkbookSheet } from './workbook-sheets';
import { attribute, relationshipId, streamPart, type InflatePart, type SheetNames, type XmlTag } from './xml-stream';

/** The values read so far under one table: by sheet row, an array from the table's left column. */
interface TableCells {
  definition: TableDefinition;
  rows: Map<number, CellValue[]>;
  /** The last sheet row holding a cell of the table. */
  lastRow: number;
  /** The row a cell was last put in, and its values: cells come a row at a time. */
  currentRow: number;
  current: CellValue[] | null;
}

/** The values of a table's sheet row, made (all null) the first time one of its cells comes. */
function rowValues(table: TableCells, row: number): CellValue[] {
  if (table.currentRow === row && table.current !== null) return table.current;
  let values = table.rows.get(row);
  if (values === undefined) {
    const { left, right } = table.definition.range;
    values = new Array<CellValue>(right - left + 1).fill(null);
    table.rows.set(row, values);
  }
  if (row > table.lastRow) table.lastRow = row;
  table.currentRow = row;
  table.current = values;
  return values;
}

/** A cell under no table. */
const NONE: readonly TableCells[] = [];

/** Where a shared formula is written in full: its text and its cell. */
interface SharedFormula {
  formula: string;
  row: number;
  column: number;
}

/** `B12` as row 12, column 2; null for anything else. */
function decodeAddress(address: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === address.length) return null;
  const row = Number(address.slice(i));
  return Number.isInteger(row) && row > 0 ? { row, column } : null;
}

/**
 * Streams one worksheet and reads the tables on it: only the cells inside a table's range are
 * kept. Rows and cells written without `r` follow the one before (the first cell of a row is
 * column A). Cells a merged range covers, other than its first, read as `{ merged }`. The tables
 * come in the order of the sheet's `<tableParts>`.
 */
export async function readSheetTables(
  zip: JSZip,
  sheet: WorkbookSheet,
  definitions: ReadonlyMap<string, TableDefinition>,
  context: Omit<CellContext, 'missingString'>,
  sheets: SheetNames,
  inflate?: InflatePart,
): Promise<RawTable[]> {
  const tables = [...definitions.values()].map((definition): TableCells => ({ definition, rows: new Map(), lastRow: 0, currentRow: 0, current: null }));
  // A cell is under one table (Excel's tables never overlap); a list of one is kept for each.
  const under = tables.map((table) => [table]);
  const sharedFormulas = new Map<string, SharedFormula>();
  const merges: CellRange[] = [];
  const order: string[] = [];

  let row = 0;
  let column = 0;
  let cell: SheetCell | null = null;
  let into: readonly TableCells[] = NONE;
  let capturing: 'formula' | 'text' | null = null;
  let phonetic = 0;
  let master: string | undefined;
  let sharedId: string | undefined;
  let formulaText = '';
  let valueText = '';

  const cellContext: CellContext = {
    ...context,
    missingString(index) {
      throw new UnreadableWorkbookError(packageReason('sharedTextMissing', { cell: cellAddress(row, column), sheet: sheet.name, index }));
    },
  };

  const openCell = (tag: XmlTag) => {
    const r = attribute(tag, 'r');
    const at = r === undefined ? null : decodeAddress(r);
    if (at !== null) {
      row = at.row;
      column = at.column;
    } else {
      column++;
    }
    into = NONE;
    for (let i = 0; i < tables.length; i++) {
      const { range } = tables[i]!.definition;
      if (row < range.top || row > range.bottom || column < range.left || column > range.right) continue;
      into = into === NONE ? under[i]! : [...into, tables[i]!];
    }
    const s = attribute(tag, 's');
    cell = { type: attribute(tag, 't'), style: s ? parseInt(s, 10) || 0 : 0 };
    master = undefined;
    sharedId = undefined;
    formulaText = '';
    valueText = '';
  };

  const closeCell = () => {
    const current = cell!;
    cell = null;
    if (master !== undefined) sharedFormulas.set(master, { formula: formulaText, row, column });
    if (into.length === 0) return;
    if (formulaText !== '') current.formula = formulaText;
    // An empty `<v/>` is no value, as for exceljs: `<c t="s"><v/></c>` is an empty cell.
    if (valueText !== '') current.text = valueText;
    let formula = current.formula;
    if (formula === undefined && sharedId !== undefined) {
      const shared = sharedFormulas.get(sharedId);
      if (shared !== undefined) formula = slideFormula(shared.formula, shared, { row, column });
    }
    const value = cellValue(current, formula, cellContext);
    for (const table of into) rowValues(table, row)[column - table.definition.range.left] = value;
  };

  await streamPart(zip, sheet.part, sheets, {
    open(tag) {
      switch (tag.local) {
        case 'row': {
          const r = attribute(tag, 'r');
          row = r === undefined ? row + 1 : parseInt(r, 10);
          column = 0;
          break;
        }
        case 'c':
          openCell(tag);
          break;
        case 'f':
          if (cell === null) break;
          cell.formulaType = attribute(tag, 't');
          if (cell.formulaType === 'shared') {
            sharedId = attribute(tag, 'si');
            if (attribute(tag, 'ref') !== undefined) master = sharedId;
          }
          if (into.length > 0 || master !== undefined) capturing = 'formula';
          break;
        case 'v':
        case 't':
          if (cell !== null && into.length > 0 && phonetic === 0) {
            capturing = 'text';
          }
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const ref = attribute(tag, 'ref');
          if (ref !== undefined && /^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(ref.trim())) merges.push(parseRange(ref));
          break;
        }
        case 'tablePart': {
          const id = relationshipId(tag);
          if (id !== undefined) order.push(id);
          break;
        }
      }
    },
    text(text) {
      if (capturing === 'formula') formulaText += text;
      else if (capturing === 'text') valueText += text;
    },
    close(local) {
      switch (local) {
        case 'f':
        case 'v':
        case 't':
          capturing = null;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cell !== null) closeCell();
          break;
      }
    },
  }, inflate);

  applyMerges(tables, merges);
  const byId = new Map([...definitions.keys()].map((id, i) => [id, tables[i]!]));
  return order.flatMap((id) => {
    const table = byId.get(id);
    return table === undefined ? [] : [rawTable(table, sheet.name)];
  });
}

/** Every cell of a merged range but its first, inside a table, as `{ merged: 'A5:B6' }`. */
function applyMerges(tables: TableCells[], merges: CellRange[]): void {
  for (const merge of merges) {
    const merged = { merged: formatRange(merge) };
    for (const table of tables) {
      const { range } = table.definition;
      for (let r = Math.max(merge.top, range.top); r <= Math.min(merge.bottom, range.bottom); r++) {
        for (let c = Math.max(merge.left, range.left); c <= Math.min(merge.right, range.right); c++) {
          if (r === merge.top && c === merge.left) continue;
          rowValues(table, r)[c - range.left] = { ...merged };
        }
      }
    }
  }
}

/**
 * A table as the engine receives it: header texts (a column's name from the table part where
 * its header cell is empty), the body without the totals row and without empty rows at its end.
 */
function rawTable({ definition, rows: cells, lastRow }: TableCells, sheet: string): RawTable {
  const { range, headerRow, totalsRow, columns: names } = definition;
  const columns = range.right - range.left + 1;
  const valuesOf = (row: number): CellValue[] => cells.get(row) ?? new Array<CellValue>(columns).fill(null);
  const firstBodyRow = headerRow ? range.top + 1 : range.top;
  const lastBodyRow = Math.min(totalsRow ? range.bottom - 1 : range.bottom, lastRow);
  const headers = headerRow
    ? valuesOf(range.top).map((value, j) => cellText(value) || names[j] || '')
    : Array.from({ length: columns }, (_, j) => names[j] ?? '');
  const rows: CellValue[][] = [];
  for (let r = firstBodyRow; r <= lastBodyRow; r++) rows.push(valuesOf(r));
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  return {
    name: definition.name,
    sheet,
    headers,
    rows,
    // A table without a header row is given the row above its body, so that row i of the body
    // is still origin.row + i on the sheet.
    origin: { row: firstBodyRow - 1, column: range.left },
  };
}
