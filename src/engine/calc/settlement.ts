import { Dec, ONE } from '../decimal';
import { safe } from '../money';
import { MONTHS } from '../months';
import { allocateSteps, type Share } from '../rounding';
import type { SettlementMethod } from '../schema';
import type { Calculation } from './calculate';
import type { FollowUp, ServiceFollowUp } from './followUp';

/** The result fund over the year, in units of the amount step. */
export interface FundStatement {
  method: SettlementMethod;
  /** True when all twelve months are closed: the result is the year's actual, not a forecast. */
  final: boolean;
  opening: number;
  /** The year's (forecast) result: Σ the services' Prognos resultat. */
  result: number;
  /** The most the fund may hold; null without Resultatfondstak. */
  cap: number | null;
  /** Settled with the customers: > 0 returned to them, < 0 charged to them. */
  settled: number;
  closing: number;
  /**
   * Services with a result that nobody was invoiced or charged for, so there is no customer to
   * settle it with: under Full their result stays in the fund (Tjänster order).
   */
  unsettled: string[];
}

/** One customer's part of one service's settlement: amount < 0 is a credit (returned), > 0 a debit. */
export interface SettlementLine {
  customer: string;
  service: ServiceFollowUp;
  amount: number;
  /** The customer's revenue to date for the service, and the service's: the base of its share. */
  invoiced: number;
  invoicedTotal: number;
}

export interface Settlement {
  fund: FundStatement;
  lines: SettlementLine[];
}

/**
 * The result fund and the settlement with the customers under the self-cost principle
 * (docs/arbetsbok.md, "Result fund and settlement"):
 * - Ingen: nothing is settled; the year's result goes into the fund.
 * - Full: every service's (forecast) result goes back to its customers (a deficit is charged).
 * - Över tak: what would take the fund above Resultatfondstak is returned; it is split over the
 *   services with a surplus in proportion to it (over all services by revenue when none has one).
 * A service's amount is split over its customers in proportion to what each was invoiced for it
 * to date, by largest remainder in whole units, so the lines sum exactly to the service's amount
 * and every unit settled is on some line. A service nobody was invoiced or charged for has no
 * customer to settle with: under Full its result stays in the fund; under Över tak the excess
 * goes to the other services.
 */
export function settle(calc: Calculation, followUp: FollowUp): Settlement {
  const settings = calc.model.settings;
  const money = calc.money;
  const services = followUp.services;
  const resultOf = (s: ServiceFollowUp) => safe(s.forecastRevenue - s.forecastCost);
  const result = safe(services.reduce((a, s) => a + resultOf(s), 0));
  const revenue = safe(services.reduce((a, s) => a + s.forecastRevenue, 0));
  const opening = settings.fundOpening === null ? 0 : money.units(settings.fundOpening) + 0;
  const cap = settings.fundCap === null ? null : settings.fundCap.lt(ONE) ? roundUnits(new Dec(revenue).times(settings.fundCap)) : money.units(settings.fundCap);

  // Only a service somebody was invoiced or charged for can be settled: it needs customers to share by.
  const order = new Map(calc.model.customers.map((c, i) => [c.name, i]));
  const bases = new Map(services.map((s) => [s, customerBase(s, order)] as const));
  const settleable = services.filter((s) => (bases.get(s) as Base).length > 0);
  const perService = new Map<ServiceFollowUp, number>();
  let settled = 0;
  let unsettled: string[] = [];
  if (settings.settlement === 'Full') {
    for (const s of settleable) perService.set(s, resultOf(s));
    settled = safe(settleable.reduce((a, s) => a + resultOf(s), 0));
    unsettled = services.filter((s) => resultOf(s) !== 0 && !settleable.includes(s)).map((s) => s.result.service.name);
  } else if (settings.settlement === 'Över tak' && cap !== null) {
    const excess = Math.max(0, safe(opening + result - cap));
    const surplus = settleable.filter((s) => resultOf(s) > 0);
    const weighted = surplus.length > 0 ? surplus.map((s) => ({ s, w: resultOf(s) })) : settleable.map((s) => ({ s, w: Math.max(0, s.forecastRevenue) }));
    const shares: Share<ServiceFollowUp>[] = weighted.map(({ s, w }) => ({ id: s, label: s.result.service.name, weight: new Dec(w) }));
    if (excess > 0 && shares.some((x) => x.weight.gt(0))) {
      settled = excess;
      for (const [s, amount] of allocateSteps(excess, shares)) perService.set(s, amount);
    }
  }

  const lines: SettlementLine[] = [];
  for (const s of services) {
    const amount = perService.get(s) ?? 0;
    if (amount === 0) continue;
    lines.push(...customerLines(s, bases.get(s) as Base, amount));
  }
  return {
    fund: { method: settings.settlement, final: followUp.lastMonth === MONTHS - 1, opening, result, cap, settled, closing: safe(opening + result - settled), unsettled },
    lines,
  };
}

/** customer -> units, in Nycklar order, every weight above 0. */
type Base = [string, number][];

/**
 * The customers a service's amount is shared by: what each was invoiced for it to date, or the
 * budget's charges when nothing was invoiced yet; empty when nobody was invoiced or charged.
 */
function customerBase(s: ServiceFollowUp, order: ReadonlyMap<string, number>): Base {
  let base: Base = [...s.invoiced].filter(([, units]) => units > 0);
  if (base.length === 0) base = s.result.charges.filter((c) => c.amount > 0).map((c) => [c.customer, c.amount]);
  return base.sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
}

/**
 * A service's amount to settle over its customers in proportion to their base (customerBase) by
 * largest remainder; the lines carry the opposite sign of a surplus returned: a credit is
 * negative, as on an invoice.
 */
function customerLines(s: ServiceFollowUp, base: Base, amount: number): SettlementLine[] {
  const total = safe(base.reduce((a, [, units]) => a + units, 0));
  const split = allocateSteps(amount, base.map(([customer, units]) => ({ id: customer, label: customer, weight: new Dec(units) })));
  return base.map(([customer, units]) => ({ customer, service: s, amount: -(split.get(customer) ?? 0) + 0, invoiced: units, invoicedTotal: total }));
}

function roundUnits(v: Dec): number {
  return v.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() + 0;
}
