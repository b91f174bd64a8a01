import type { Calculation } from '../calc/calculate';
import type { OutputTable } from '../output';
import { num, outputTable, ratio } from './columns';
import { toFinance } from './decisions';

export const PRICE_LIST_COLUMNS = [
  ['Verksamhetsområde', 'text'],
  ['Process', 'text'],
  ['Tjänst', 'text'],
  ['Tjänstetyp', 'text'],
  ['Prismodell', 'text'],
  ['Enhet', 'text'],
  ['Nyckel', 'text'],
  ['Självkostnad', 'kr'],
  ['Avvikelsekostnad', 'kr'],
  ['Fast del', 'kr'],
  ['Rörlig del', 'kr'],
  ['Volym', 'number'],
  ['Pris', 'price'],
  ['Pris per nyckelenhet', 'price'],
  ['Fjolårspris', 'price'],
  ['Förändring', 'percent'],
  ['Över pristak', 'text'],
  ['Intäkt', 'kr'],
  ['Över-/underdeckning', 'kr'],
  ['Täckningsgrad', 'percent'],
  ['Pris före tak', 'price'],
  ['Avtalat belopp', 'kr'],
  ['Att finansiera', 'kr'],
] as const;

/** Prislista: one row per service, in Tjänster order. */
export function priceList(calc: Calculation): OutputTable {
  const cap = calc.model.settings.priceCap;
  const kr = (units: number) => calc.money.toNumber(units);
  const rows = calc.services.map((r) => {
    const s = r.service;
    const change = r.price !== null && s.lastPrice !== null && s.lastPrice.gt(0) ? r.price.div(s.lastPrice).minus(1) : null;
    const overCap = change === null || cap === null ? null : change.gt(cap) ? 'Ja' : 'Nej';
    const keyed = r.plan.model === 'Fast' || r.plan.model === 'Blandad';
    return [
      s.area,
      s.process,
      s.name,
      s.kind,
      r.plan.model,
      s.unit,
      keyed ? r.plan.key : null,
      kr(r.selfCost),
      kr(r.deviationCost),
      kr(r.fixedPart),
      kr(r.variablePart),
      num(r.volume),
      num(r.price),
      num(r.pricePerKeyUnit),
      num(s.lastPrice),
      num(change),
      overCap,
      kr(r.revenue),
      kr(r.revenue - r.selfCost),
      ratio(r.revenue, r.selfCost),
      num(r.uncappedPrice),
      r.agreedAmount === null ? null : kr(r.agreedAmount),
      nullable(toFinance(r), kr),
    ];
  });
  return outputTable('Prislista', PRICE_LIST_COLUMNS, rows);
}

function nullable(units: number | null, kr: (units: number) => number): number | null {
  return units === null ? null : kr(units);
}
