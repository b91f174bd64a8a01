import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { sumUnits } from '../money';
import type { OutputTable } from '../output';
import { num, outputTable, ratio } from './columns';

/** Fördelning: one row per customer × service charged, services in Tjänster order. */
export function allocationTable(calc: Calculation): OutputTable {
  const rows = calc.services.flatMap((r) =>
    r.charges.map((c) => [
      c.customer,
      calc.model.customerByName.get(c.customer)?.type ?? null,
      r.service.area,
      r.service.name,
      c.basis,
      num(c.quantity),
      c.share === null ? null : ratio(c.share.part, c.share.whole),
      num(c.price),
      calc.money.toNumber(c.amount),
      calc.money.toNumber(c.surcharge),
    ]),
  );
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
  const rows = calc.model.customers.map((customer) => {
    const m = perArea.get(customer.name);
    const values = areas.map((a) => m?.get(a) ?? 0);
    const kr = (units: number) => calc.money.toNumber(units);
    return [customer.name, customer.type, ...values.map(kr), kr(surcharges.get(customer.name) ?? 0), kr(sumUnits(values))];
  });
  return outputTable(
    'Kundsammanställning',
    [['Kund', 'text'], ['Kundtyp', 'text'], ...areas.map((a) => [a, 'kr'] as const), ['Avvikelsepåslag', 'kr'], ['Totalt', 'kr']],
    rows,
  );
}
