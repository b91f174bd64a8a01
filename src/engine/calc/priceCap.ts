import { Dec, ONE } from '../decimal';
import type { Model, PricingPlan, Service, Settings, Volume } from '../model';
import type { AmountStep } from '../money';
import { takesAgreedAmount } from '../read/agreedAmount';
import { UnitCharger } from './unitCharge';

/**
 * The highest value the cap allows over a base: base × (1 + cap), rounded down to the step, so
 * that what is charged never passes the cap (Region Stockholm's rule, report 4.3: a price may
 * rise at most Pristak a year). A unit price is held against Fjolårspris with the price step;
 * the same rule holds an amount against a last-year amount with the amount step.
 */
export function capLimit(base: Dec, cap: Dec, step: Dec): Dec {
  return base.times(ONE.plus(cap)).div(step).toDecimalPlaces(0, Dec.ROUND_FLOOR).times(step);
}

/** A value held to the cap over its base: the value itself when within it, else the limit. */
export function capValue(value: Dec, base: Dec, cap: Dec, step: Dec): Dec {
  const limit = capLimit(base, cap, step);
  return value.gt(limit) ? limit : value;
}

/**
 * The limit of a service's unit price under Pristaksmetod Begränsa, or null when the cap does
 * not act on it: Flagga, no Pristak, or no Fjolårspris above 0 to measure a rise from.
 */
export function unitPriceLimit(settings: Settings, service: Service): Dec | null {
  if (settings.priceCapMethod !== 'Begränsa' || settings.priceCap === null) return null;
  if (service.lastPrice === null || !service.lastPrice.gt(0)) return null;
  return capLimit(service.lastPrice, settings.priceCap, service.priceStep);
}

/** The unit prices a service charges: the price held to the cap, and the price before it when the cap acted. */
export interface HeldPrice {
  price: Dec;
  uncapped: Dec | null;
}

export function holdUnitPrice(settings: Settings, service: Service, price: Dec): HeldPrice {
  const limit = unitPriceLimit(settings, service);
  if (limit === null || !price.gt(limit)) return { price, uncapped: null };
  return { price: limit, uncapped: price };
}

/**
 * What the cap takes off the customers' charges, in units: Σ ROUND(uncapped × volume) −
 * ROUND(capped × volume) over the customers, each rounded as it would have been charged.
 */
export function capShortfall(volumes: ReadonlyMap<string, Volume>, uncapped: Dec, capped: Dec, money: AmountStep): number {
  const before = new UnitCharger(uncapped, money);
  const after = new UnitCharger(capped, money);
  let total = 0;
  for (const v of volumes.values()) total += before.units(v.volume) - after.units(v.volume);
  return total;
}

/**
 * Pristaksmetod Begränsa on a keyed fee (Fast, Direkt without Avtalat belopp): each customer with
 * a Fjolårsbelopp row for the service pays at most ⌊(Belopp − Varav avvikelser) × (1 + Pristak)⌋
 * (to Beloppsavrundning) as its keyed amount; its deviation surcharge is charged as before. A
 * customer without the row, or whose base is not above 0, is not held (no rise to measure).
 * What the cap takes off is returned (units) to be shown as Att finansiera, never put on other
 * customers; each held customer's keyed amount before the cap goes into `held`.
 */
export function holdKeyedAmounts(model: Model, service: Service, drafts: ReadonlyMap<string, { keyed: number }>, money: AmountStep, held: Map<string, number>): number {
  const cap = model.settings.priceCap;
  const invoiced = model.lastYearAmounts?.get(service.name);
  if (model.settings.priceCapMethod !== 'Begränsa' || cap === null || invoiced === undefined) return 0;
  let taken = 0;
  for (const [customer, d] of drafts) {
    const last = invoiced.get(customer);
    if (last === undefined) continue;
    const base = last.amount.minus(last.deviations);
    if (!base.gt(0)) continue;
    const limit = money.units(capLimit(base, cap, money.step));
    if (d.keyed <= limit) continue;
    held.set(customer, d.keyed);
    taken += d.keyed - limit;
    d.keyed = limit;
  }
  return taken;
}

/** A service's agreed amount in units when its plan can carry one (Fast, Direkt), else null. */
export function agreedUnits(service: Service, plan: PricingPlan, money: AmountStep): number | null {
  if (service.agreedAmount === null || !takesAgreedAmount(plan.model)) return null;
  return money.units(service.agreedAmount);
}
