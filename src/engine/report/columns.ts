import { Ratio, toNumber, type Dec } from '../decimal';
import { StreamedTable, type ColumnFormat, type OutputColumn, type OutputTable, type OutputValue } from '../output';

type ColumnDefs = readonly (readonly [string, ColumnFormat])[];

/** Builds an output table from [header, format] pairs and rows. */
export function outputTable(name: string, columns: ColumnDefs, rows: OutputValue[][]): OutputTable {
  return { name, columns: outputColumns(columns), rows };
}

/** An output table from [header, format] pairs whose rows are made in blocks when asked for (output.ts). */
export function streamedTable(name: string, columns: ColumnDefs, count: number, blocks: () => Iterable<OutputValue[][]>): OutputTable {
  return new StreamedTable(name, outputColumns(columns), count, blocks);
}

function outputColumns(columns: ColumnDefs): OutputColumn[] {
  return columns.map(([header, format]) => ({ header, format }));
}

/** A Decimal as an output number (kronor, a fraction), null stays null. */
export function num(v: Dec | null | undefined): number | null {
  return v === null || v === undefined ? null : toNumber(v);
}

/** a / b as a fraction (Intäkt / Kostnad, a share); null when b is 0. */
export function ratio(a: Dec | number, b: Dec | number): number | null {
  if (typeof b === 'number' ? b === 0 : b.isZero()) return null;
  // Two whole numbers below 2^53 are exact doubles, and IEEE division rounds their true
  // quotient correctly: the same double decimal.js would end at, without its division.
  const x = typeof a === 'number' ? a : a.isInteger() ? toNumber(a) : NaN;
  const y = typeof b === 'number' ? b : b.isInteger() ? toNumber(b) : NaN;
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x / y;
  return toNumber(new Ratio(a).div(b));
}
