import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import type { ColumnFormat, OutputTable, OutputValue } from '../output';
import { scenarioPriceHeaders } from '../outputHeaders';
import { num, outputTable } from './columns';

/**
 * Scenariopriser: per service its model, key and price in the base and under each scenario, so
 * a controller sees what each scenario does to the price list before looking at customers; and
 * what a scenario's Volymfaktor and Kundtyper do: the volume priced (unit-priced services) and
 * how many customers share the keyed cost (Fast, Blandad, Direkt).
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
    ['Volym', 'number'],
    ['Delande kunder', 'number'],
  ];
  for (const s of calc.scenarios) {
    const [model, key, price, perKeyUnit, revenue, volume, sharers] = scenarioPriceHeaders(s.scenario.name) as [string, string, string, string, string, string, string];
    columns.push([model, 'text'], [key, 'text'], [price, 'price'], [perKeyUnit, 'price'], [revenue, 'kr'], [volume, 'number'], [sharers, 'number']);
  }
  const byName = calc.scenarios.map((s) => new Map(s.services.map((r) => [r.service.name, r])));
  const kr = (units: number) => calc.money.toNumber(units);
  const cells = (r: ServiceResult | undefined): OutputValue[] =>
    r === undefined
      ? [null, null, null, null, null, null, null]
      : [r.plan.model, keyOf(r), num(r.price), num(r.pricePerKeyUnit), kr(r.revenue), volumeOf(r), sharersOf(r)];
  const rows = calc.services.map((r) => {
    const out: OutputValue[] = [r.service.area, r.service.name, r.service.unit, ...cells(r)];
    for (const m of byName) out.push(...cells(m.get(r.service.name)));
    return out;
  });
  return outputTable('Scenariopriser', columns, rows);
}

/** The volume priced, scaled by a scenario's Volymfaktor; empty where no price is per unit. */
function volumeOf(r: ServiceResult): OutputValue {
  return r.plan.model === 'Fast' || r.plan.model === 'Direkt' ? null : num(r.volume);
}

/** Customers sharing the keyed cost; empty where nothing is keyed. */
function sharersOf(r: ServiceResult): OutputValue {
  return r.plan.model === 'Fast' || r.plan.model === 'Blandad' || r.plan.model === 'Direkt' ? r.sharers : null;
}

function keyOf(r: ServiceResult): string | null {
  return r.plan.model === 'Fast' || r.plan.model === 'Blandad' ? r.plan.key : null;
}
