import type { Calculation } from '../calc/calculate';
import { safe } from '../money';
import type { OutputTable } from '../output';
import { outputTable, ratio } from './columns';
import { areasOf } from './allocation';

/** In units of the amount step. */
interface Split {
  keyed: number;
  unit: number;
  addOn: number;
}

/**
 * Prisstruktur (the report's Figures 18 and 21): per area, revenue split into keyed amounts
 * (Fast, Direkt, the keyed part of Blandad), obligatory unit/hour charges (the rest: unit and
 * hour charges, packages, deviation surcharges) and add-ons (all revenue of Tilläggstjänst).
 */
export function priceStructure(calc: Calculation): OutputTable {
  const areas = areasOf(calc);
  const split = new Map<string, Split>(areas.map((a) => [a, { keyed: 0, unit: 0, addOn: 0 }]));
  for (const r of calc.services) {
    const s = split.get(r.service.area) as Split;
    for (const c of r.charges) {
      if (r.service.kind === 'Tilläggstjänst') {
        s.addOn += c.amount;
      } else {
        s.keyed += c.keyed;
        s.unit += c.unit + c.surcharge;
      }
    }
  }
  const total: Split = { keyed: 0, unit: 0, addOn: 0 };
  const line = (name: string, s: Split) => {
    const t = safe(s.keyed + s.unit + s.addOn);
    const kr = (units: number) => calc.money.toNumber(units);
    return [name, kr(s.keyed), kr(s.unit), kr(s.addOn), kr(t), ratio(s.keyed, t), ratio(s.unit, t), ratio(s.addOn, t)];
  };
  const rows = areas.map((a) => {
    const s = split.get(a) as Split;
    total.keyed += s.keyed;
    total.unit += s.unit;
    total.addOn += s.addOn;
    return line(a, s);
  });
  rows.push(line('Totalt', total));
  return outputTable(
    'Prisstruktur',
    [
      ['Verksamhetsområde', 'text'],
      ['Fördelat/nycklat', 'kr'],
      ['Obligatoriskt (st/tim)', 'kr'],
      ['Tilläggstjänster', 'kr'],
      ['Totalt', 'kr'],
      ['Andel fördelat/nycklat', 'percent'],
      ['Andel obligatoriskt (st/tim)', 'percent'],
      ['Andel tilläggstjänster', 'percent'],
    ],
    rows,
  );
}
