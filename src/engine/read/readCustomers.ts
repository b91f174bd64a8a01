import { msg } from '../messages/catalog';
import { ZERO, type Dec } from '../decimal';
import type { Customer } from '../model';
import { Lookalikes } from './lookalikes';
import { NameIndex } from './nameIndex';
import { definedName, nameText } from './nameCells';
import type { TableReader } from './tableReader';
import { QUANTITY } from './ranges';
import { readActiveMonths } from './activeMonths';
import { reportMonthLikeKeys } from './monthColumns';

export interface Customers {
  list: Customer[];
  byName: NameIndex<Customer>;
  keyNames: string[];
}

/**
 * Nycklar: one row per customer; every extra column is an allocation key (number ≥ 0). Från
 * månad and Till månad give the months a customer is active (activeMonths.ts).
 */
export function readCustomers(table: TableReader, budgetYear: number | null = null): Customers {
  const list: Customer[] = [];
  const byName = new NameIndex<Customer>();
  const keyNames = table.extras.map((e) => e.header);
  const lookalikes = new Lookalikes(table, 'Kund', 'customer');
  reportMonthLikeKeys(table);
  for (const row of table.rows()) {
    const name = definedName(row, 'Kund', true);
    const keys = new Map<string, Dec>();
    for (const extra of table.extras) {
      keys.set(extra.header, row.numberAt(extra.index, extra.header, false, QUANTITY) ?? ZERO);
    }
    const months = readActiveMonths(row, name, budgetYear);
    if (name === null) continue;
    const earlier = byName.get(name);
    if (earlier) {
      table.report.error('duplicate-customer', row.place('Kund'), msg('duplicateCustomer', { at: row.place('Kund'), name, earlier: earlier.row }));
      continue;
    }
    const customer: Customer = { name, type: nameText(row, 'Kundtyp'), keys, months, row: row.rowNumber };
    list.push(customer);
    byName.set(name, customer);
    lookalikes.add(name, customer.row);
  }
  lookalikes.report();
  return { list, byName, keyNames };
}
