import type { Calculation } from '../calc/calculate';
import { Ratio, toNumber, type Dec } from '../decimal';
import type { Customer } from '../model';
import { safe } from '../money';
import type { OutputTable, OutputValue } from '../output';
import { normalizeName } from '../schema';
import { areasOf, customerTotals } from './allocation';
import { outputTable, ratio } from './columns';

export const KEY_FIGURE_COLUMNS = [
  ['Nivå', 'text'],
  ['Verksamhetsområde', 'text'],
  ['Namn', 'text'],
  ['Nyckeltal', 'text'],
  ['Kronor', 'price'],
  ['Procent', 'percent'],
  ['Enhet', 'text'],
] as const;

/** The keys of Nycklar the customer figures divide by, when a workbook has them. */
const EMPLOYEES = 'Anställda';
const TURNOVER = 'Omsättning';
/** Key columns that mean something even when no service keys by them: Nyckeltal divides by them. */
export const KEY_FIGURE_KEYS: readonly string[] = [EMPLOYEES, TURNOVER];

/** Revenue of an area in units of the amount step: all of it, its keyed part, its surcharges. */
interface Revenue {
  total: number;
  keyed: number;
  surcharge: number;
}

/**
 * Nyckeltal (the report's recommendations 1, 4 and 5): one row per figure, in a long layout so
 * a filter on Nivå and Nyckeltal gives one figure for every service, customer or area. Kronor
 * holds amounts, Procent fractions shown as %; a figure that cannot be computed (no volume, no
 * key value, no revenue) is left out.
 */
export function keyFigures(calc: Calculation): OutputTable {
  const rows: OutputValue[][] = [];
  const kr = (units: number) => calc.money.toDec(units);

  for (const r of calc.services) {
    const s = r.service;
    if (!r.volume.gt(0)) continue;
    const unit = s.unit ?? (r.plan.model === 'Tim' ? 'tim' : 'st');
    const cost = kr(r.selfCost);
    rows.push(['Tjänst', s.area, s.name, 'Kostnad per enhet', ratio(cost, r.volume), null, `kr/${unit}`]);
    if (s.lastPrice !== null && s.lastPrice.gt(0)) {
      const change = new Ratio(cost).div(r.volume.times(s.lastPrice)).minus(1);
      rows.push(['Tjänst', s.area, s.name, 'Kostnadsförändring mot fjolårspris', null, toNumber(change), '%']);
    }
  }

  const totals = customerTotals(calc.services);
  const employees = keyOf(calc.model.keyNames, EMPLOYEES);
  const turnover = keyOf(calc.model.keyNames, TURNOVER);
  for (const customer of calc.model.customers) {
    const total = kr(totals.get(customer.name) ?? 0);
    rows.push(['Kund', null, customer.name, 'Avgift totalt', toNumber(total), null, 'kr']);
    const perEmployee = divideByKey(total, customer, employees);
    if (perEmployee !== null) rows.push(['Kund', null, customer.name, 'Avgift per anställd', perEmployee, null, 'kr/anställd och år']);
    const ofTurnover = divideByKey(total, customer, turnover);
    if (ofTurnover !== null) rows.push(['Kund', null, customer.name, 'Avgift som andel av omsättning', null, ofTurnover, '%']);
  }

  const byArea = new Map<string, Revenue>(areasOf(calc).map((a) => [a, { total: 0, keyed: 0, surcharge: 0 }]));
  const all: Revenue = { total: 0, keyed: 0, surcharge: 0 };
  for (const r of calc.services) {
    const area = byArea.get(r.service.area) as Revenue;
    for (const c of r.charges) {
      for (const sums of [area, all]) {
        sums.total = safe(sums.total + c.amount);
        sums.keyed = safe(sums.keyed + c.keyed);
        sums.surcharge = safe(sums.surcharge + c.surcharge);
      }
    }
  }
  const areaRows = (level: string, area: string | null, name: string, v: Revenue): void => {
    rows.push([level, area, name, 'Intäkt', toNumber(kr(v.total)), null, 'kr']);
    if (v.total === 0) return;
    rows.push([level, area, name, 'Andel nycklade priser', null, ratio(v.keyed, v.total), '%']);
    rows.push([level, area, name, 'Andel avvikelsepåslag', null, ratio(v.surcharge, v.total), '%']);
  };
  for (const [area, v] of byArea) areaRows('Verksamhetsområde', area, area, v);
  areaRows('Totalt', null, 'Totalt', all);
  return outputTable('Nyckeltal', KEY_FIGURE_COLUMNS, rows);
}

/** The key column of Nycklar spelled `name` in any case, or null when the workbook has none. */
function keyOf(keyNames: readonly string[], name: string): string | null {
  return keyNames.find((k) => normalizeName(k) === normalizeName(name)) ?? null;
}

/** amount / the customer's key value, null when the key is missing or 0. */
function divideByKey(amount: Dec, customer: Customer, key: string | null): number | null {
  const value = key === null ? undefined : customer.keys.get(key);
  return value === undefined || !value.gt(0) ? null : ratio(amount, value);
}
