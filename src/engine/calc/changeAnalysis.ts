import { ZERO, type Dec } from '../decimal';
import type { Volume } from '../model';
import type { AmountStep } from '../money';
import { safe } from '../money';
import type { Calculation } from './calculate';
import type { Charge, ServiceResult } from './results';

/** Why a row has no last-year amount; null when it has one. */
export type MissingLastYear = 'Fjolårspris saknas' | 'Fjolårsvolym saknas' | 'Fjolårspris och fjolårsvolym saknas';

/**
 * One customer × service of Förändringsanalys: last year's charge against this year's, and the
 * change split into three effects that sum exactly to it (all amounts in units of the amount
 * step, see money.ts).
 */
export interface ChangeRow {
  customer: string;
  result: ServiceResult;
  /** Fjolårspris (P0) and the customer's Fjolårsvolym (V0), as written. */
  lastPrice: Dec | null;
  lastVolume: Dec | null;
  /** Last year's charge L = ROUND(P0 × V0); null when P0 or V0 is missing (then counted as 0). */
  last: number | null;
  missing: MissingLastYear | null;
  /** This year's unit price P1 when the service is unit-priced (Styck, Tim, Blandad), else null. */
  price: Dec | null;
  /** This year's volume V1 (0 without a Volymer row). */
  volume: Dec;
  /** This year's charge T: Belopp in Fördelning, 0 when the customer is no longer charged. */
  amount: number;
  /** False when the customer has no row in Fördelning for the service this year. */
  charged: boolean;
  /** T − L. */
  change: number;
  priceEffect: number;
  volumeEffect: number;
  /** The rest: surcharges, keyed amounts, roundings, a change of model (T − L − the other two). */
  modelEffect: number;
}

/**
 * Förändringsanalys: every customer × service with a charge this year or a known last-year
 * charge, customers in Nycklar order and each customer's services in Tjänster order.
 *
 * The decomposition (docs/arbetsbok.md has a worked example): with this year's unit price P1,
 *   price effect  = ROUND((P1 − P0) × V0)
 *   volume effect = ROUND(P1 × (V1 − V0))
 * and for a keyed, direct or package service (no unit price)
 *   price effect  = 0
 *   volume effect = ROUND(P0 × (V1 − V0));
 * the model/key effect is what is left of T − L, so the three add up exactly in whole units.
 * Without a last-year charge L counts as 0 and the whole of T is the model/key effect.
 */
export function analyseChanges(calc: Calculation): ChangeRow[] {
  const perCustomer = new Map<string, ChangeRow[]>();
  const add = (row: ChangeRow): void => {
    let list = perCustomer.get(row.customer);
    if (!list) perCustomer.set(row.customer, (list = []));
    list.push(row);
  };
  for (const result of calc.services) {
    const volumes = calc.model.volumes.get(result.service.name);
    const charged = new Set<string>();
    for (const charge of result.charges) {
      charged.add(charge.customer);
      add(changeRow(calc.money, result, volumes?.get(charge.customer), charge.customer, charge));
    }
    // A customer charged last year but not this year: the whole of −L is explained.
    if (!volumes) continue;
    for (const [customer, v] of volumes) {
      if (charged.has(customer) || v.lastVolume === null || result.service.lastPrice === null) continue;
      const row = changeRow(calc.money, result, v, customer, null);
      if (row.last !== 0) add(row);
    }
  }
  const rows: ChangeRow[] = [];
  for (const c of calc.model.customers) {
    const list = perCustomer.get(c.name);
    // Each list is in Tjänster order already: the services were visited in that order.
    if (list) for (const row of list) rows.push(row);
  }
  return rows;
}

function changeRow(money: AmountStep, result: ServiceResult, volumeRow: Volume | undefined, customer: string, charge: Charge | null): ChangeRow {
  const p0 = result.service.lastPrice;
  const v0 = volumeRow?.lastVolume ?? null;
  const v1 = volumeRow?.volume ?? ZERO;
  const unitPriced = result.price !== null && (result.plan.model === 'Styck' || result.plan.model === 'Tim' || result.plan.model === 'Blandad');
  const p1 = unitPriced ? result.price : null;
  const amount = charge?.amount ?? 0;
  const base = { customer, result, lastPrice: p0, lastVolume: v0, price: p1, volume: v1, amount, charged: charge !== null };
  if (p0 === null || v0 === null) {
    const missing: MissingLastYear = p0 === null && v0 === null ? 'Fjolårspris och fjolårsvolym saknas' : p0 === null ? 'Fjolårspris saknas' : 'Fjolårsvolym saknas';
    return { ...base, last: null, missing, change: amount, priceEffect: 0, volumeEffect: 0, modelEffect: amount };
  }
  const last = money.units(p0.times(v0));
  const change = safe(amount - last);
  // Rounding points: each effect is rounded half away from zero to the amount step on its own;
  // the model/key effect takes what is left, so the three sum exactly to the change.
  const priceEffect = p1 === null ? 0 : money.units(p1.minus(p0).times(v0));
  const volumeEffect = money.units((p1 ?? p0).times(v1.minus(v0)));
  const modelEffect = safe(change - priceEffect - volumeEffect);
  return { ...base, last, missing: null, change, priceEffect, volumeEffect, modelEffect };
}
