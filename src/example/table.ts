import type { CellValue, RawTable } from '../engine/cells';
import { TABLES, excelTableName, type TableName } from '../engine/schema';

/** One row of an example table: header -> value. A header left out is an empty cell. */
export type RowRecord = Readonly<Record<string, CellValue | undefined>>;

/** The contract's headers of a table, in the contract's order. */
export function contractHeaders(table: TableName): string[] {
  return TABLES[table].columns.map((column) => column.header);
}

/**
 * Builds a table as an Excel host would read it: the sheet carries the contract's name, the
 * table the Excel-legal one ("Sammansatta_nycklar"). A record naming an unknown header is a
 * mistake in the example data itself, so it throws.
 */
export function rawTable(table: TableName, headers: readonly string[], records: readonly RowRecord[]): RawTable {
  const known = new Set(headers);
  const rows = records.map((record, index) => {
    for (const header of Object.keys(record)) {
      if (!known.has(header)) throw new Error(`Exempeldata: okänd kolumn "${header}" i ${table}, rad ${index + 1}`);
    }
    return headers.map((header) => record[header] ?? null);
  });
  const name = TABLES[table].name;
  return { name: excelTableName(name), sheet: name, headers: [...headers], rows };
}
