import type { Dec } from '../decimal';
import type { ColumnFormat, OutputTable, OutputValue } from '../output';

/** Builds an output table from [header, format] pairs and rows. */
export function outputTable(name: string, columns: readonly (readonly [string, ColumnFormat])[], rows: OutputValue[][]): OutputTable {
  return { name, columns: columns.map(([header, format]) => ({ header, format })), rows };
}

/** A Decimal as an output number (kronor, a fraction), null stays null. */
export function num(v: Dec | null | undefined): number | null {
  return v === null || v === undefined ? null : v.toNumber();
}

/** Intäkt / Kostnad as a fraction; null when the cost is 0. */
export function ratio(a: Dec, b: Dec): number | null {
  return b.isZero() ? null : a.div(b).toNumber();
}
