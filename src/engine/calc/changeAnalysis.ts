import { ZERO, type Dec } from '../decimal';
import type { LastYearAmount, Volume } from '../model';
import { safe, type AmountStep } from '../money';
import type { Calculation } from './calculate';
import { ChargeCursor } from './chargeCursor';
import { EffectCalculator } from './changeEffects';
import type { Charge, ServiceResult } from './results';

/** Why a row has no last-year amount; null when it has one. */
export type MissingLastYear = 'Fjolårspris saknas' | 'Fjolårsvolym saknas' | 'Fjolårspris och fjolårsvolym saknas' | 'Fjolårsbelopp saknas';

/**
 * One customer × service of Förändringsanalys: last year's charge against this year's, and the
 * change split into three effects that sum exactly to it (all amounts in units of the amount
 * step, see money.ts).
 */
export interface ChangeRow {
  customer: string;
  result: ServiceResult;
  /** Fjolårspris (P0, the same on every row of the service) and the customer's Fjolårsvolym (V0). */
  lastPrice: Dec | null;
  lastVolume: Dec | null;
  /**
   * Last year's charge L: the customer's Fjolårsbelopp for the service when the table has it,
   * else ROUND(P0 × V0); null when neither is known (then counted as 0).
   */
  last: number | null;
  /** True when L is the invoiced amount of Fjolårsbelopp (deviation charges included). */
  invoiced: boolean;
  /** True when the workbook has Fjolårsbelopp but not for this row, and L is P0 × V0. */
  byPrice: boolean;
  missing: MissingLastYear | null;
  /** This year's unit price P1 when the service is unit-priced (Styck, Tim, Blandad), else null; the same on every row of the service. */
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
  /** This year's deviation surcharge less last year's deviation charges (Varav avvikelser; 0 without Fjolårsbelopp). */
  deviationEffect: number;
  /** The rest: keyed amounts, roundings, a change of model (T − L − the other three). */
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
 * (both 0 without P0 and V0); the deviation effect = this year's surcharge − last year's
 * deviation charges (Fjolårsbelopp's Varav avvikelser; 0 when L is P0 × V0); the model/key
 * effect is what is left of T − L, so the four add up exactly in whole units. L is the
 * customer's Fjolårsbelopp for the service when the table has a row for them, else
 * ROUND(P0 × V0); without either L counts as 0 and T less the surcharge is the model/key effect.
 * Without Fjolårsbelopp and any Fjolårspris there is nothing to compare with, and no rows.
 */
export function analyseChanges(calc: Calculation): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const list of changesByCustomer(calc)) for (const row of list) rows.push(row);
  return rows;
}

/**
 * analyseChanges's rows a customer at a time (Nycklar order, each customer's services in
 * Tjänster order): for each service the customer is charged for, and each it was charged for
 * only last year (a Volymer row with a Fjolårsvolym and a last-year charge that is not 0). So
 * Förändringsanalys can be made as it is written, without holding every row until the last
 * customer (a country has a million).
 */
export function* changesByCustomer(calc: Calculation): Generator<ChangeRow[]> {
  const invoiced = calc.model.lastYearAmounts;
  if (invoiced === null && !calc.model.services.some((s) => s.lastPrice !== null)) return;
  const services = calc.services.map((result) => serviceChanges(calc.money, result, invoiced !== null));
  const volumesOf = calc.services.map((result) => calc.model.volumes.get(result.service.name));
  const invoicedOf = calc.services.map((result) => invoiced?.get(result.service.name));
  const charges = new ChargeCursor(calc.services);
  for (const { name } of calc.model.customers) {
    const rows: ChangeRow[] = [];
    for (let s = 0; s < services.length; s++) {
      const service = services[s] as ServiceChanges;
      const volumes = volumesOf[s];
      const lastAmount = invoicedOf[s]?.get(name);
      const charge = charges.take(s, name);
      if (charge !== undefined) {
        rows.push(changeRow(service, volumes?.get(name), name, charge, lastAmount));
        continue;
      }
      // A customer charged last year but not this year: the whole of −L is explained.
      const v = volumes?.get(name);
      if (lastAmount === undefined && (service.p0 === null || v === undefined || v.lastVolume === null)) continue;
      const r = changeRow(service, v, name, null, lastAmount);
      if (r.last !== 0) rows.push(r);
    }
    if (rows.length > 0) yield rows;
  }
  charges.done('Förändringsanalys');
}

/**
 * What the rows of one service share: its prices and rounding, worked out once. A plain object
 * and a top-level function rather than a closure made per service, whose optimized code V8
 * drops at every full collection between runs (shapes.ts).
 */
interface ServiceChanges {
  money: AmountStep;
  /** Whether the workbook has the table Fjolårsbelopp. */
  invoicedTable: boolean;
  result: ServiceResult;
  p0: Dec | null;
  p1: Dec | null;
  effects: EffectCalculator | null;
}

function serviceChanges(money: AmountStep, result: ServiceResult, invoicedTable: boolean): ServiceChanges {
  const p0 = result.service.lastPrice;
  const model = result.plan.model;
  const p1 = result.price !== null && (model === 'Styck' || model === 'Tim' || model === 'Blandad') ? result.price : null;
  return { money, invoicedTable, result, p0, p1, effects: p0 === null ? null : new EffectCalculator(p0, p1, money) };
}

function changeRow(service: ServiceChanges, volumeRow: Volume | undefined, customer: string, charge: Charge | null, lastAmount: LastYearAmount | undefined): ChangeRow {
  const { money, result, p0, p1, effects } = service;
  const v0 = volumeRow?.lastVolume ?? null;
  const v1 = volumeRow?.volume ?? ZERO;
  const amount = charge?.amount ?? 0;
  const surcharge = charge?.surcharge ?? 0;
  // Rounding points: L (ROUND(P0 × V0), or Fjolårsbelopp's invoiced amount and its deviation
  // charges rounded to the amount step) and the price and volume effects are each rounded half
  // away from zero to the amount step (changeEffects.ts); the model/key effect takes what is
  // left, so the four sum exactly to the change.
  const priced = effects !== null && v0 !== null ? effects.effects(v0, v1) : null;
  const priceEffect = priced?.priceEffect ?? 0;
  const volumeEffect = priced?.volumeEffect ?? 0;
  let last: number | null;
  let deviationEffect = surcharge;
  if (lastAmount !== undefined) {
    last = money.units(lastAmount.amount) + 0;
    deviationEffect = safe(surcharge - (money.units(lastAmount.deviations) + 0));
  } else {
    last = priced?.last ?? null;
  }
  const missing: MissingLastYear | null =
    last !== null
      ? null
      : service.invoicedTable
        ? 'Fjolårsbelopp saknas'
        : p0 === null && v0 === null
          ? 'Fjolårspris och fjolårsvolym saknas'
          : p0 === null
            ? 'Fjolårspris saknas'
            : 'Fjolårsvolym saknas';
  const change = safe(amount - (last ?? 0));
  const modelEffect = safe(change - priceEffect - volumeEffect - deviationEffect);
  return { customer, result, lastPrice: p0, lastVolume: v0, last, invoiced: lastAmount !== undefined, byPrice: service.invoicedTable && lastAmount === undefined && last !== null, missing, price: p1, volume: v1, amount, charged: charge !== null, change, priceEffect, volumeEffect, deviationEffect, modelEffect };
}
