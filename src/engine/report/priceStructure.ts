import type { Calculation } from '../calc/calculate';
import { ZERO, type Dec } from '../decimal';
import type { OutputTable } from '../output';
import { num, outputTable, ratio } from './columns';
import { areasOf } from './allocation';

interface Split {
  keyed: Dec;
  unit: Dec;
  addOn: Dec;
}

/**
 * Prisstruktur (the report's Figures 18 and 21): per area, revenue split into keyed amounts
 * (Fast, Direkt, the keyed part of Blandad), obligatory unit/hour charges (the rest: unit and
 * hour charges, packages, deviation surcharges) and add-ons (all revenue of Tilläggstjänst).
 */
export function priceStructure(calc: Calculation): OutputTable {
  const areas = areasOf(calc);
  const split = new Map<string, Split>(areas.map((a) => [a, { keyed: ZERO, unit: ZERO, addOn: ZERO }]));
  for (const r of calc.services) {
    const s = split.get(r.service.area) as Split;
    for (const c of r.charges) {
      if (r.service.kind === 'Tilläggstjänst') {
        s.addOn = s.addOn.plus(c.amount);
      } else {
        s.keyed = s.keyed.plus(c.keyed);
        s.unit = s.unit.plus(c.unit).plus(c.surcharge);
      }
    }
  }
  const total: Split = { keyed: ZERO, unit: ZERO, addOn: ZERO };
  const line = (name: string, s: Split) => {
    const t = s.keyed.plus(s.unit).plus(s.addOn);
    return [name, num(s.keyed), num(s.unit), num(s.addOn), num(t), ratio(s.keyed, t), ratio(s.unit, t), ratio(s.addOn, t)];
  };
  const rows = areas.map((a) => {
    const s = split.get(a) as Split;
    total.keyed = total.keyed.plus(s.keyed);
    total.unit = total.unit.plus(s.unit);
    total.addOn = total.addOn.plus(s.addOn);
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
