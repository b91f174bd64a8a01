import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { sumUnits } from '../money';
import type { OutputTable, OutputValue } from '../output';
import { num, outputTable, ratio } from './columns';

/** Fördelning: one row per customer × service charged, services in Tjänster order. */
export function allocationTable(calc: Calculation): OutputTable {
  // Plain loops, not callbacks: closures made per run lose their optimized code to every full
  // collection between runs (shapes.ts), and this runs once per charge.
  const rows: OutputValue[][] = [];
  const money = calc.money;
  const customers = calc.model.customerByName;
  for (const r of calc.services) {
    for (const c of r.charges) {
      rows.push([
        c.customer,
        customers.get(c.customer)?.type ?? null,
        r.service.area,
        r.service.name,
        c.basis,
        num(c.quantity),
        c.share === null ? null : ratio(c.share.part, c.share.whole),
        num(c.price),
        money.toNumber(c.amount),
        money.toNumber(c.surcharge),
      ]);
    }
  }
  return outputTable(
    'Fördelning',
    [
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
    ],
    rows,
  );
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

/** Kundsammanställning: one row per customer (Nycklar order), one column per area. */
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
  const rows: OutputValue[][] = [];
  for (const customer of calc.model.customers) {
    const m = perArea.get(customer.name);
    const values: number[] = [];
    for (const a of areas) values.push(m?.get(a) ?? 0);
    const row: OutputValue[] = [customer.name, customer.type];
    for (const v of values) row.push(money.toNumber(v));
    row.push(money.toNumber(surcharges.get(customer.name) ?? 0), money.toNumber(sumUnits(values)));
    rows.push(row);
  }
  return outputTable(
    'Kundsammanställning',
    [['Kund', 'text'], ['Kundtyp', 'text'], ...areas.map((a) => [a, 'kr'] as const), ['Avvikelsepåslag', 'kr'], ['Totalt', 'kr']],
    rows,
  );
}
