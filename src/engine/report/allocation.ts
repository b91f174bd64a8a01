import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { safe, sumUnits } from '../money';
import { BLOCK_ROWS, BlockCutter, streamedRow, type OutputTable, type OutputValue } from '../output';
import { num, outputTable, ratio, streamedTable } from './columns';

const ALLOCATION_COLUMNS = [
  ['Kund', 'text'],
  ['Kundtyp', 'text'],
  ['Verksamhetsområde', 'text'],
  ['Tjänst', 'text'],
  ['Grund', 'text'],
  ['Underlag', 'number'],
  ['Andel', 'percent'],
  ['Pris', 'price'],
  ['Belopp', 'kr'],
  ['Avvikelsepåslag', 'kr'],
] as const;

/**
 * Fördelning: one row per customer × service charged, services in Tjänster order. Streamed
 * (output.ts): its rows are made when a writer asks for them, a block at a time, not kept from
 * the calculation to the write (a city has some 7 000, a country a million).
 */
export function allocationTable(calc: Calculation): OutputTable {
  const count = calc.services.reduce((n, r) => n + r.charges.length, 0);
  return streamedTable('Fördelning', ALLOCATION_COLUMNS, count, () => allocationBlocks(calc));
}

/** Fördelning's rows in blocks of whole services (at least BLOCK_ROWS rows each, the last fewer). */
function* allocationBlocks(calc: Calculation): Generator<OutputValue[][]> {
  const blocks = new BlockCutter(BLOCK_ROWS, BLOCK_ROWS + BLOCK_ROWS / 4);
  const money = calc.money;
  const customers = calc.model.customerByName;
  for (const r of calc.services) {
    // Plain loops, not callbacks: closures made per run lose their optimized code to every
    // full collection between runs (shapes.ts), and this runs once per charge.
    for (const c of r.charges) {
      // Every cell filled in, not written as a literal (output.ts's streamedRow says why).
      const row = streamedRow(ALLOCATION_COLUMNS.length);
      row[0] = c.customer;
      row[1] = customers.get(c.customer)?.type ?? null;
      row[2] = r.service.area;
      row[3] = r.service.name;
      row[4] = c.basis;
      row[5] = num(c.quantity);
      row[6] = c.share === null ? null : ratio(c.share.part, c.share.whole);
      row[7] = num(c.price);
      row[8] = money.toNumber(c.amount);
      row[9] = money.toNumber(c.surcharge);
      blocks.add(row);
    }
    const block = blocks.full();
    if (block) yield block;
  }
  const rest = blocks.rest();
  if (rest) yield rest;
}

/** The areas in the order their first service appears in Tjänster. */
export function areasOf(calc: Calculation): string[] {
  return [...new Set(calc.model.services.map((s) => s.area))];
}

/** Each customer's total charge over the given service results, in units of the amount step. */
export function customerTotals(results: ServiceResult[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of results) for (const c of r.charges) totals.set(c.customer, (totals.get(c.customer) ?? 0) + c.amount);
  return totals;
}

/**
 * Kundsammanställning: one row per customer (Nycklar order), one column per area. With the table
 * Fjolårsbelopp also Fjolår, what the customer was invoiced last year in all, and Mot i fjol,
 * Totalt / Fjolår − 1 (both empty for a customer without rows there; Mot i fjol when Fjolår is 0).
 */
export function customerSummary(calc: Calculation): OutputTable {
  const areas = areasOf(calc);
  const perArea = new Map<string, Map<string, number>>();
  const surcharges = new Map<string, number>();
  for (const r of calc.services) {
    for (const c of r.charges) {
      let m = perArea.get(c.customer);
      if (!m) perArea.set(c.customer, (m = new Map()));
      m.set(r.service.area, (m.get(r.service.area) ?? 0) + c.amount);
      surcharges.set(c.customer, (surcharges.get(c.customer) ?? 0) + c.surcharge);
    }
  }
  const money = calc.money;
  const lastYear = invoicedLastYear(calc);
  const rows: OutputValue[][] = [];
  for (const customer of calc.model.customers) {
    const m = perArea.get(customer.name);
    const values: number[] = [];
    for (const a of areas) values.push(m?.get(a) ?? 0);
    const row: OutputValue[] = [customer.name, customer.type];
    for (const v of values) row.push(money.toNumber(v));
    const total = sumUnits(values);
    row.push(money.toNumber(surcharges.get(customer.name) ?? 0), money.toNumber(total));
    if (lastYear !== null) {
      // A customer without rows in Fjolårsbelopp: last year unknown, not 0.
      const last = lastYear.get(customer.name);
      row.push(last === undefined ? null : money.toNumber(last), last === undefined || last === 0 ? null : ratio(total - last, last));
    }
    rows.push(row);
  }
  const againstLastYear = lastYear === null ? [] : ([['Fjolår', 'kr'], ['Mot i fjol', 'percent']] as const);
  return outputTable(
    'Kundsammanställning',
    [['Kund', 'text'], ['Kundtyp', 'text'], ...areas.map((a) => [a, 'kr'] as const), ['Avvikelsepåslag', 'kr'], ['Totalt', 'kr'], ...againstLastYear],
    rows,
  );
}

/** customer -> Σ Fjolårsbelopp over its services, in units of the amount step; null without the table. */
function invoicedLastYear(calc: Calculation): Map<string, number> | null {
  const amounts = calc.model.lastYearAmounts;
  if (amounts === null) return null;
  const sums = new Map<string, number>();
  for (const perCustomer of amounts.values()) {
    for (const [customer, a] of perCustomer) sums.set(customer, safe((sums.get(customer) ?? 0) + calc.money.units(a.amount)));
  }
  return sums;
}
