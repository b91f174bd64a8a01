import type { RawTable } from '../cells';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { ProblemList } from '../read/problemList';
import { readSettings } from '../read/readSettings';
import { findTable, TableReader } from '../read/tableReader';
import { TABLES } from '../schema';
import { monthKey } from './ledgerMonth';
import type { LedgerRow } from './types';

/**
 * The workbook's Budgetår (Inställningar), read as the calculation reads it; null when it is
 * missing or unusable. Inställningar's other problems are the calculation's to report.
 */
export function workbookBudgetYear(tables: readonly RawTable[]): number | null {
  const raw = findTable(tables, 'Inställningar');
  if (!raw) return null;
  return readSettings(new TableReader(TABLES.Inställningar, raw, new ProblemList())).budgetYear;
}

/**
 * The rule that keeps a wrong year out of Utfall: every ledger row must be booked in Budgetår.
 * A row whose month names another year is an error on the first such line, with how many more
 * there are and their months, and nothing is written (Utfall has no year column, so a row of
 * another year would be counted as this year's). A month without a year (an export's 1–12) is
 * taken to be Budgetår's. Returns the rows with their year set.
 */
export function inBudgetYear(rows: readonly LedgerRow[], year: number, file: string, problems: ProblemList): LedgerRow[] {
  const outside = rows.filter((r) => r.month !== undefined && r.month.year !== null && r.month.year !== year);
  const first = outside[0];
  if (first?.month) {
    const months = [...new Set(outside.map((r) => monthKey(r.month as NonNullable<LedgerRow['month']>)))].sort();
    problems.error('ledger-outside-year', { table: file, row: first.line }, msg('actualsOutsideYear', { file, line: first.line, month: monthKey(first.month), year, others: outside.length - 1, months: names(months) }));
  }
  return rows.map((r) => (r.month && r.month.year === null ? { ...r, month: { year, month: r.month.month } } : r));
}
