import type { CellValue, RawTable } from '../../../engine/cells';
import { normalizeName } from '../../../engine/schema';

/** One body row of next year's table: the row of this year's it is made from, and the cells that change. */
export interface PlannedRow {
  /** Index of this year's body row it starts from (its other cells kept), or null for a row written whole. */
  from: number | null;
  /** Column offset from the table's left (headers and added columns) → the value to write. */
  writes: Map<number, CellValue>;
}

/** How a table changes from this year's to next year's, cell by cell. */
export interface TablePlan {
  table: string;
  /** Columns added at the table's right, in order. */
  added: string[];
  /** This year's body rows (up to its last row with a value). */
  beforeCount: number;
  rows: PlannedRow[];
}

/**
 * Lines next year's table up with this year's. Rows keep their place when the count is the same;
 * when rows go (a setting left out, the actuals emptied), next year's rows are found among this
 * year's in order by their first column; a table whose rows do not line up so (Fjolårsbelopp,
 * made afresh) is written whole. Only cells whose value changes are written; columns next year
 * has and this year's table lacks are added at its right.
 */
export function planTable(before: RawTable, next: RawTable): TablePlan {
  const known = before.headers.map(normalizeName);
  const added = next.headers.filter((h) => !known.includes(normalizeName(h)));
  const offsetOf = next.headers.map((h) => {
    const i = known.indexOf(normalizeName(h));
    return i >= 0 ? i : before.headers.length + added.indexOf(h);
  });
  const width = before.headers.length + added.length;
  const aligned = alignRows(before, next, offsetOf);
  const rows = next.rows.map((row, k): PlannedRow => {
    const from = aligned === null ? null : aligned[k]!;
    const writes = new Map<number, CellValue>();
    if (from === null) {
      for (let o = 0; o < width; o++) writes.set(o, null);
      next.headers.forEach((_, j) => writes.set(offsetOf[j]!, row[j] ?? null));
    } else {
      const old = before.rows[from]!;
      next.headers.forEach((_, j) => {
        const o = offsetOf[j]!;
        const value = row[j] ?? null;
        if (!sameValue(o < before.headers.length ? (old[o] ?? null) : null, value)) writes.set(o, value);
      });
    }
    return { from, writes };
  });
  return { table: before.name, added, beforeCount: before.rows.length, rows };
}

/** For each next row the index of this year's row it is, or null when they do not line up. */
function alignRows(before: RawTable, next: RawTable, offsetOf: readonly number[]): number[] | null {
  if (before.rows.length === next.rows.length) return next.rows.map((_, k) => k);
  const key = offsetOf.indexOf(0);
  if (key < 0 || next.rows.length > before.rows.length) return null;
  const found: number[] = [];
  for (let i = 0; i < before.rows.length && found.length < next.rows.length; i++) {
    if (sameValue(before.rows[i]![0] ?? null, next.rows[found.length]![key] ?? null)) found.push(i);
  }
  return found.length === next.rows.length ? found : null;
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
