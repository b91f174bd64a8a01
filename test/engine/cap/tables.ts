import type { CellValue, RawTable } from '../../../src/engine/cells';
import { miniWorkbook, table } from '../helpers';

/** The tables with a column added to one table, its values by the row's first cell (blank elsewhere). */
export function withColumn(tables: RawTable[], name: string, header: string, values: Record<string, CellValue>): RawTable[] {
  return tables.map((t) =>
    t.name !== name ? t : { ...t, headers: [...t.headers, header], rows: t.rows.map((r) => [...r, values[String(r[0])] ?? null]) },
  );
}

/** The mini workbook (mini.test.ts) with Inställningar and columns added to Tjänster. */
export function mini(settings: [string, CellValue][], columns: Record<string, Record<string, CellValue>> = {}): RawTable[] {
  let tables = miniWorkbook();
  for (const [header, values] of Object.entries(columns)) tables = withColumn(tables, 'Tjänster', header, values);
  if (settings.length > 0) tables.push(table('Inställningar', ['Parameter', 'Värde'], settings));
  return tables;
}
