import type { OutputTable, OutputValue } from '../../engine/output';

export type Row = Record<string, OutputValue>;

/** An output table's rows keyed by header; [] when the run did not produce the table. */
export function rowsOf(outputs: readonly OutputTable[], name: string): Row[] {
  const table = outputs.find((o) => o.name === name);
  if (!table) return [];
  return table.rows.map((values) => Object.fromEntries(table.columns.map((c, i) => [c.header, values[i] ?? null])));
}

export function numberOf(row: Row | undefined, column: string): number | null {
  const value = row?.[column];
  return typeof value === 'number' ? value : null;
}

export function textOf(row: Row | undefined, column: string): string {
  const value = row?.[column];
  return value === null || value === undefined ? '' : String(value);
}
