import type { RawTable } from '../cells';
import { TABLES, type TableName } from '../schema';
import { ProblemList } from './problemList';
import type { Place } from './problemList';
import { TableReader, findTable } from './tableReader';
import { keepShape } from '../shapes';

/** Names the place of a problem found after reading: table, row, column and cell address. */
export class Locator {
  private readonly readers = new Map<TableName, TableReader>();

  constructor(private readonly tables: readonly RawTable[]) {}

  place(table: TableName, row: number, column: string | null): Place {
    let reader = this.readers.get(table);
    if (!reader) {
      reader = new TableReader(TABLES[table], findTable(this.tables, table), new ProblemList());
      this.readers.set(table, reader);
    }
    return reader.place(row, column);
  }

  /** "Tjänster rad 4, kolumn Nyckel (Tjänster!F6)". */
  where(table: TableName, row: number, column: string): string {
    const cell = this.place(table, row, column).cell;
    return `${table} rad ${row}, kolumn ${column}${cell ? ` (${cell})` : ''}`;
  }
}

keepShape(new Locator([]));
