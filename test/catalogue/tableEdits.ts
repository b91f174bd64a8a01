import type { CellValue, RawTable } from '../../src/engine/cells';

/**
 * One-change edits of a base workbook's tables, for the catalogue's cases and the mutation
 * property. A table is found by its name as the workbook spells it (the example names the
 * composite keys `Sammansatta_nycklar`); a missing table or column is a mistake in the test.
 */

export function tableOf(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  return t;
}

function columnOf(t: RawTable, header: string): number {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`catalogue set-up: ${t.name} has no column ${header}`);
  return i;
}

/** Appends a data row; cells beyond the row are empty. */
export function addRow(tables: RawTable[], name: string, row: CellValue[]): void {
  const t = tableOf(tables, name);
  t.rows.push(t.headers.map((_, i) => row[i] ?? null));
}

/** Removes data row `row` (1-based): the rows below move up one. */
export function removeRow(tables: RawTable[], name: string, row: number): void {
  const t = tableOf(tables, name);
  if (!t.rows[row - 1]) throw new Error(`catalogue set-up: ${name} has no row ${row}`);
  t.rows.splice(row - 1, 1);
}

export function removeTable(tables: RawTable[], name: string): void {
  tables.splice(tables.indexOf(tableOf(tables, name)), 1);
}

export function removeColumn(tables: RawTable[], name: string, header: string): void {
  const t = tableOf(tables, name);
  const i = columnOf(t, header);
  t.headers.splice(i, 1);
  for (const r of t.rows) r.splice(i, 1);
}

export function renameColumn(tables: RawTable[], name: string, header: string, to: string): void {
  const t = tableOf(tables, name);
  t.headers[columnOf(t, header)] = to;
}

/** Appends a column (the last one of the table) with the given values, empty below them. */
export function addColumn(tables: RawTable[], name: string, header: string, values: CellValue[] = []): void {
  const t = tableOf(tables, name);
  t.headers.push(header);
  t.rows.forEach((r, i) => r.push(values[i] ?? null));
}

/** Adds a table on a sheet of its own name, at A1, as the writer lays every table out. */
export function addTable(tables: RawTable[], name: string, headers: string[], rows: CellValue[][]): void {
  tables.push({ name, sheet: name, headers, rows, origin: { row: 1, column: 1 } });
}

/** Keeps only the data rows for which `keep` holds. */
export function filterRows(tables: RawTable[], name: string, keep: (row: CellValue[]) => boolean): void {
  const t = tableOf(tables, name);
  t.rows = t.rows.filter(keep);
}
