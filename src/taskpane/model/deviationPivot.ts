import type { OutputTable } from '../../engine/output';
import { textMatcher } from '../keyFigures/keyFigures';
import { byName, sheetRowAddress, sortedBy, type SortDirection } from './sheetRows';

/** Avvikelsepivot as the pane shows it: a customer's surcharge per deviation type and in all. */
export interface PivotModel {
  /** The deviation types, in the pivot's column order. */
  types: string[];
  lines: PivotCustomer[];
  /** The Totalt row: per type and in all. */
  total: { byType: number[]; total: number } | null;
}

export interface PivotCustomer {
  customer: string;
  byType: number[];
  total: number;
  /** Its row on the Avvikelsepivot sheet. */
  address: string;
}

/** null for "every type": the Totalt column. */
export type PivotColumn = number | null;
export type PivotSort = 'customer' | 'amount';

export function pivotModel(outputs: readonly OutputTable[]): PivotModel {
  const table = outputs.find((o) => o.name === 'Avvikelsepivot');
  if (!table) return { types: [], lines: [], total: null };
  const headers = table.columns.map((c) => c.header);
  const customerAt = headers.indexOf('Kund');
  const totalAt = headers.lastIndexOf('Totalt');
  const typeAt = headers.map((_, i) => i).filter((i) => i !== customerAt && i !== totalAt);
  const amount = (value: unknown) => (typeof value === 'number' ? value : 0);
  const lines: PivotCustomer[] = [];
  let total: PivotModel['total'] = null;
  table.rows.forEach((row, i) => {
    const byType = typeAt.map((j) => amount(row[j]));
    const customer = String(row[customerAt] ?? '');
    if (customer === 'Totalt') total = { byType, total: amount(row[totalAt]) };
    else lines.push({ customer, byType, total: amount(row[totalAt]), address: sheetRowAddress('Avvikelsepivot', i, headers.length) });
  });
  return { types: typeAt.map((j) => headers[j]!), lines, total };
}

/** A customer's amount in the column shown: one type's, or every type's together. */
export function amountIn(line: { byType: number[]; total: number }, column: PivotColumn): number {
  return column === null ? line.total : (line.byType[column] ?? 0);
}

/**
 * The customers whose name has every word of `text`, and for one type only those with an
 * amount of it, sorted by name or by the amount shown.
 */
export function shownPivotLines(model: PivotModel, text: string, column: PivotColumn, sort: PivotSort, direction: SortDirection): PivotCustomer[] {
  const matches = textMatcher(text);
  const kept = model.lines.filter((l) => matches(l.customer) && (column === null || amountIn(l, column) !== 0));
  return sort === 'customer'
    ? sortedBy(kept, (a, b) => byName(a.customer, b.customer), direction)
    : sortedBy(kept, (a, b) => amountIn(a, column) - amountIn(b, column), direction);
}
