import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import type { ColumnFormat, OutputTable, OutputValue } from '../output';
import { scenarioPriceHeaders } from '../outputHeaders';
import { num, outputTable } from './columns';

/**
 * Scenariopriser: per service its model, key and price in the base and under each scenario, so
 * a controller sees what each scenario does to the price list before looking at customers.
 */
export function scenarioPrices(calc: Calculation): OutputTable {
  const columns: [string, ColumnFormat][] = [
    ['Verksamhetsområde', 'text'],
    ['Tjänst', 'text'],
    ['Enhet', 'text'],
    ['Prismodell', 'text'],
    ['Nyckel', 'text'],
    ['Pris', 'price'],
    ['Pris per nyckelenhet', 'price'],
    ['Intäkt', 'kr'],
  ];
  for (const s of calc.scenarios) {
    const [model, key, price, perKeyUnit, revenue] = scenarioPriceHeaders(s.scenario.name) as [string, string, string, string, string];
    columns.push([model, 'text'], [key, 'text'], [price, 'price'], [perKeyUnit, 'price'], [revenue, 'kr']);
  }
  const byName = calc.scenarios.map((s) => new Map(s.services.map((r) => [r.service.name, r])));
  const kr = (units: number) => calc.money.toNumber(units);
  const cells = (r: ServiceResult | undefined): OutputValue[] =>
    r === undefined
      ? [null, null, null, null, null]
      : [r.plan.model, keyOf(r), num(r.price), num(r.pricePerKeyUnit), kr(r.revenue)];
  const rows = calc.services.map((r) => {
    const out: OutputValue[] = [r.service.area, r.service.name, r.service.unit, ...cells(r)];
    for (const m of byName) out.push(...cells(m.get(r.service.name)));
    return out;
  });
  return outputTable('Scenariopriser', columns, rows);
}

function keyOf(r: ServiceResult): string | null {
  return r.plan.model === 'Fast' || r.plan.model === 'Blandad' ? r.plan.key : null;
}
