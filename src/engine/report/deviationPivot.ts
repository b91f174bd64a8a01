import type { Calculation } from '../calc/calculate';
import { sumUnits } from '../money';
import type { OutputTable } from '../output';
import { outputTable } from './columns';

/**
 * Avvikelsepivot: one row per customer with deviations, one column per deviation type, a Totalt
 * column and a last Totalt row. A type name used by several services gets one column per
 * service, "Påminnelse (Kundreskontra)".
 */
export function deviationPivot(calc: Calculation): OutputTable {
  const services = new Map<string, string[]>();
  for (const [service, types] of calc.model.deviationTypes) {
    for (const name of types.keys()) services.set(name, [...(services.get(name) ?? []), service]);
  }
  const columns: { header: string; service: string; type: string }[] = [];
  for (const [service, types] of calc.model.deviationTypes) {
    for (const name of types.keys()) {
      const shared = (services.get(name) ?? []).length > 1;
      columns.push({ header: shared ? `${name} (${service})` : name, service, type: name });
    }
  }
  const columnOf = new Map(columns.map((col, i) => [`${col.service}\u0000${col.type}`, i]));
  const cells = new Map<string, Map<number, number>>();
  for (const r of calc.services) {
    for (const c of r.charges) {
      for (const [type, amount] of c.surchargeByType) {
        const i = columnOf.get(`${r.service.name}\u0000${type}`);
        if (i === undefined) continue;
        let m = cells.get(c.customer);
        if (!m) cells.set(c.customer, (m = new Map()));
        m.set(i, (m.get(i) ?? 0) + amount);
      }
    }
  }
  const rows = calc.model.customers
    .filter((c) => cells.has(c.name))
    .map((c) => {
      const m = cells.get(c.name) as Map<number, number>;
      const values = columns.map((_, i) => m.get(i) ?? 0);
      return { name: c.name, values };
    });
  const totals = columns.map((_, i) => sumUnits(rows.map((r) => r.values[i] ?? 0)));
  const kr = (units: number) => calc.money.toNumber(units);
  const out = rows.map((r) => [r.name, ...r.values.map(kr), kr(sumUnits(r.values))]);
  out.push(['Totalt', ...totals.map(kr), kr(sumUnits(totals))]);
  return outputTable('Avvikelsepivot', [['Kund', 'text'], ...columns.map((c) => [c.header, 'kr'] as const), ['Totalt', 'kr']], rows.length === 0 ? [] : out);
}
