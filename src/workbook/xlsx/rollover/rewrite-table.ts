import type { CellValue } from '../../../engine/cells';
import { cellText } from '../../../engine/cells';
import { cellAddress, formatRange, type CellRange } from '../cell-range';
import { workbookMsg } from '../../messages/catalog';
import { WorkbookMessageError } from '../../messages/error';
import { safeRange, sortCells, tableWith, union } from '../import/write-imported-rows';
import { movedCell, parseSheetData, type SheetCell, type SheetRow } from '../import/sheet-rows';
import type { TableDefinition } from '../read/table-definitions';
import { isoToSerial } from '../serial-date';
import { textElement } from '../splice/cell-xml-text';
import type { TablePlan } from './table-plan';

export interface TableSheet {
  sheet: string;
  sheetXml: string;
  tableXml: string;
  def: TableDefinition;
  date1904: boolean;
}

/** Where a body row of next year's table comes from: a row of this year's (or none) and what it writes. */
interface Target {
  source: number | null;
  writes: ReadonlyMap<number, CellValue>;
}

/**
 * The worksheet and table part with next year's table (plan.ts): changed cells get their value in
 * the cell's own format; rows that go are taken out and the rows below them in the table move up
 * (their cells rewritten to the new row; a formula among them is refused, as its references
 * would not move); rows written whole take each column's format from its first body row; a table
 * left without rows keeps one empty row with its formats, as Excel does. Columns are added at the
 * right. Cells beside the table stay on their rows; a value where the table grows is refused,
 * never overwritten. Every other byte of the parts stays as it was.
 */
export function rewriteTable(at: TableSheet, plan: TablePlan): { sheetXml: string; tableXml: string } {
  const { def, sheet } = at;
  const table = plan.table;
  if (!def.headerRow) throw new WorkbookMessageError(workbookMsg('rolloverNoHeaderRow', { table }));
  if (def.totalsRow) throw new WorkbookMessageError(workbookMsg('rolloverTotalsRow', { table }));
  const data = parseSheetData(at.sheetXml);
  const p = data.prefix;
  const { top, left, bottom } = def.range;
  const oldRight = def.range.right;
  const right = oldRight + plan.added.length;
  const width = right - left + 1;
  const rowAt = (r: number): SheetRow | undefined => data.rows.get(r);
  const cellAt = (r: number | null, column: number): SheetCell | undefined => (r === null ? undefined : rowAt(r)?.cells.find((c) => c.column === column));
  const where = (r: number, column: number) => `${sheet}!${cellAddress(r, column)}`;

  // Body rows: next year's in order, then the empty rows the table had after its last value.
  const trailingFrom = top + 1 + plan.beforeCount;
  const targets = new Map<number, Target>();
  plan.rows.forEach((row, k) => targets.set(top + 1 + k, { source: row.from === null ? null : top + 1 + row.from, writes: row.writes }));
  for (let r = trailingFrom; r <= bottom; r++) targets.set(top + 1 + plan.rows.length + (r - trailingFrom), { source: r, writes: new Map() });
  if (targets.size === 0) {
    // No row left: one empty row keeping its formats, as Excel leaves an emptied table.
    targets.set(top + 1, { source: top + 1, writes: new Map(Array.from({ length: width }, (_, o) => [o, null])) });
  }
  const newBottom = top + targets.size;

  // Nothing may be overwritten where the table grows, below it or in its new columns.
  for (let r = top; r <= newBottom; r++) {
    for (const c of rowAt(r)?.cells ?? []) {
      const below = r > bottom && c.column >= left && c.column <= right;
      const beside = c.column > oldRight && c.column <= right;
      if (c.hasValue && (below || beside)) throw new WorkbookMessageError(workbookMsg('rolloverCellInTheWay', { table, cell: where(r, c.column) }));
    }
  }
  for (const [r, t] of targets) {
    if (t.source === null || t.source === r) continue;
    for (let o = 0; o < width; o++) {
      const c = cellAt(t.source, left + o);
      if (c?.hasFormula && !t.writes.has(o)) throw new WorkbookMessageError(workbookMsg('rolloverFormulaMoved', { table, cell: where(t.source, c.column) }));
    }
  }

  // A row written whole takes each column's format from its first body row.
  const columnStyle = Array.from({ length: width }, (_, o) => cellAt(top + 1, left + o)?.style);
  const inside = (c: SheetCell) => c.column >= left && c.column <= right;
  const bodyCells = (r: number, t: Target): string[] => {
    const cells: string[] = [];
    for (let o = 0; o < width; o++) {
      const column = left + o;
      const source = cellAt(t.source, column);
      if (t.writes.has(o)) {
        cells.push(valueCell(p, cellAddress(r, column), source?.style ?? (t.source === null ? columnStyle[o] : undefined), t.writes.get(o) ?? null, at.date1904));
      } else if (source) {
        cells.push(t.source === r ? source.xml : movedCell(source, r));
      }
    }
    return cells;
  };

  const last = Math.max(bottom, newBottom);
  const rowNumbers = [...new Set([...data.rows.keys(), ...targets.keys()])].sort((a, b) => a - b);
  let rowsXml = '';
  for (const r of rowNumbers) {
    const original = rowAt(r);
    let cells: string[];
    if (r === top && plan.added.length > 0) {
      const headerStyle = cellAt(top, oldRight)?.style;
      const added = plan.added.map((name, i) => valueCell(p, cellAddress(top, oldRight + 1 + i), headerStyle, name, at.date1904));
      cells = sortCells([...(original?.cells ?? []).filter((c) => c.column <= oldRight || c.column > right).map((c) => c.xml), ...added]);
    } else if (r > top && r <= last) {
      const outside = (original?.cells ?? []).filter((c) => !inside(c)).map((c) => c.xml);
      const target = targets.get(r);
      cells = sortCells([...outside, ...(target ? bodyCells(r, target) : [])]);
    } else {
      cells = (original?.cells ?? []).map((c) => c.xml);
    }
    if (cells.length === 0 && !original) continue;
    rowsXml += `<${p}row r="${r}"${original?.attributes ?? ''}>${cells.join('')}</${p}row>`;
  }
  let sheetXml = `${data.before}<${p}sheetData>${rowsXml}</${p}sheetData>${data.after}`;
  sheetXml = sheetXml.replace(/(<(?:[\w.-]+:)?dimension\b[^>]*\sref=")([^"]*)"/, (_, start: string, ref: string) => `${start}${formatRange(union(safeRange(ref), { top: 1, left: 1, bottom: last, right }))}"`);
  checkSharedFormulas(sheetXml, table, sheet);
  const range: CellRange = { top, left, bottom: newBottom, right };
  let tableXml = tableWith(at.tableXml, range, null);
  for (const name of plan.added) tableXml = tableWith(tableXml, range, name);
  return { sheetXml, tableXml };
}

/** A cell with a value (or none) in a format: numbers and dates as numbers, text always as an inline string, never a formula. */
function valueCell(p: string, ref: string, style: string | undefined, value: CellValue, date1904: boolean): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const v = (text: string, type = '') => `<${p}c r="${ref}"${s}${type}><${p}v>${text}</${p}v></${p}c>`;
  if (value === null || (typeof value === 'object' && 'merged' in value)) return style === undefined ? '' : `<${p}c r="${ref}"${s}/>`;
  if (typeof value === 'number') return v(String(value));
  if (typeof value === 'boolean') return v(value ? '1' : '0', ' t="b"');
  if (typeof value === 'object' && 'date' in value) {
    const serial = isoToSerial(value.date, date1904);
    if (serial !== null) return v(String(serial));
  }
  if (typeof value === 'object' && 'error' in value) return v(value.error, ' t="e"');
  const text = textElement(typeof value === 'string' ? value : cellText(value)).replace(/^<t/, `<${p}t`).replace(/<\/t>$/, `</${p}t>`);
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is>${text}</${p}is></${p}c>`;
}

/** A shared formula whose first cell (the one holding its text) went or changed would lose its formula: refused. */
function checkSharedFormulas(sheetXml: string, table: string, sheet: string): void {
  if (!/\st="shared"/.test(sheetXml)) return;
  const data = parseSheetData(sheetXml);
  const masters = new Set<string>();
  const children: { si: string; cell: string }[] = [];
  for (const row of data.rows.values()) {
    for (const c of row.cells) {
      const f = /<(?:[\w.-]+:)?f\b([^>]*)/.exec(c.inner)?.[1];
      if (f === undefined || !/\st="shared"/.test(f)) continue;
      const si = /\ssi="(\d+)"/.exec(f)?.[1] ?? '';
      if (/\sref="/.test(f)) masters.add(si);
      else children.push({ si, cell: `${sheet}!${cellAddress(row.row, c.column)}` });
    }
  }
  const orphan = children.find((c) => !masters.has(c.si));
  if (orphan) throw new WorkbookMessageError(workbookMsg('rolloverSharedFormula', { table, cell: orphan.cell }));
}
