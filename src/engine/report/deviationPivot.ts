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
  const columnsOf = new Map<string, Map<string, number>>();
  columns.forEach((col, i) => {
    let m = columnsOf.get(col.service);
    if (!m) columnsOf.set(col.service, (m = new Map()));
    m.set(col.type, i);
  });
  const cells = new Map<string, number[]>();
  for (const r of calc.services) {
    const columnOf = columnsOf.get(r.service.name);
    if (!columnOf) continue;
    for (const c of r.charges) {
      // forEach: a for-of over a Map makes an entry array per step, and this runs per charge.
      c.surchargeByType.forEach((amount, type) => {
        const i = columnOf.get(type);
        if (i === undefined) return;
        let values = cells.get(c.customer);
        if (!values) cells.set(c.customer, (values = new Array<number>(columns.length).fill(0)));
        values[i] = (values[i] as number) + amount;
      });
    }
  }
  const rows = calc.model.customers.filter((c) => cells.has(c.name)).map((c) => ({ name: c.name, values: cells.get(c.name) as number[] }));
  const totals = columns.map((_, i) => sumUnits(rows.map((r) => r.values[i] ?? 0)));
  const kr = (units: number) => calc.money.toNumber(units);
  const out = rows.map((r) => [r.name, ...r.values.map(kr), kr(sumUnits(r.values))]);
  out.push(['Totalt', ...totals.map(kr), kr(sumUnits(totals))]);
  return outputTable('Avvikelsepivot', [['Kund', 'text'], ...columns.map((c) => [c.header, 'kr'] as const), ['Totalt', 'kr']], rows.length === 0 ? [] : out);
}
