/** Puts input tables into a fake workbook directly, as a user would have typed them. */
import type { CellValue, RawTable } from '../../../../src/engine/cells';
import type { FakeExcel } from './fake-excel';
import type { Content } from './rules';

/**
 * Each table on its sheet (created when missing) at its origin (A1 by default), as an Excel
 * table of its name. Text is stored as text whatever it looks like (as typed with a leading
 * '), so that a test can seed "=HYPERLINK(…)" and see whether the adapter keeps it text.
 */
export function seedTables(excel: FakeExcel, tables: readonly RawTable[]): void {
  const model = excel.model;
  for (const table of tables) {
    const sheet = model.findSheet(table.sheet) ?? model.addSheet(table.sheet);
    const top = table.origin?.row ?? 1;
    const left = table.origin?.column ?? 1;
    const width = table.headers.length;
    table.headers.forEach((header, j) => {
      sheet.ensure(top, left + j).content = { kind: 'text', text: header };
    });
    const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
    rows.forEach((row, i) => {
      for (let j = 0; j < width; j++) {
        const cell = sheet.ensure(top + 1 + i, left + j);
        const value = row[j] ?? null;
        cell.content = content(value);
        if (typeof value === 'object' && value !== null && 'date' in value) cell.numberFormat = 'yyyy-mm-dd';
      }
    });
    const created = model.addTable(sheet, { top, left, bottom: top + rows.length, right: left + width - 1 }, true);
    model.renameTable(created, table.name);
  }
}

function content(value: CellValue): Content | null {
  if (value === null) return null;
  if (typeof value === 'string') return value === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', number: value };
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if ('error' in value) return { kind: 'error', error: value.error };
  // A date is its serial number in a cell with a date format, as Excel stores it.
  if ('date' in value) return { kind: 'number', number: (Date.parse(`${value.date.slice(0, 10)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000 };
  // Excel computes every formula and refuses a merge inside a table: neither reaches its tables.
  throw new Error(`seedTables: Excel has no cell like ${JSON.stringify(value)} in a table.`);
}
