import { ZERO, sum, type Dec } from '../decimal';
import type { Model, Service } from '../model';
import { allocate } from '../rounding';

/** The standard cost of one customer's deviations on one service (events × cost per event). */
export interface DeviationCost {
  customer: string;
  total: Dec;
  byType: Map<string, Dec>;
}

/** Step 2's input: every customer's deviation cost on the service, exact, in Nycklar order. */
export function deviationCosts(model: Model, service: Service): DeviationCost[] {
  const counts = model.deviations.get(service.name);
  const types = model.deviationTypes.get(service.name);
  if (!counts || !types) return [];
  const out: DeviationCost[] = [];
  for (const customer of model.customers) {
    const perType = counts.get(customer.name);
    if (!perType) continue;
    const byType = new Map<string, Dec>();
    for (const [name, count] of perType) {
      const type = types.get(name);
      if (type) byType.set(name, count.times(type.unitCost));
    }
    const total = sum(byType.values());
    if (total.gt(0)) out.push({ customer: customer.name, total, byType });
  }
  return out;
}

/**
 * Splits a whole-krona surcharge over the deviation types in proportion to their cost, so the
 * pivot's cells add up to the customer's surcharge. A negative surcharge (a discount under
 * Nyckelviktning) is split the same way.
 */
export function splitByType(amount: Dec, cost: DeviationCost | undefined, unit: Dec): Map<string, Dec> {
  if (!cost || amount.isZero() || !cost.total.gt(0)) return new Map();
  if (amount.eq(cost.total) && wholeUnits(cost.byType.values(), unit)) return new Map(cost.byType);
  const shares = [...cost.byType].filter(([, v]) => v.gt(0)).map(([name, weight]) => ({ id: name, label: name, weight }));
  return allocate(amount, shares, unit);
}

/**
 * Händelsekostnad: each customer's surcharge is its deviation cost; the total, rounded to the
 * amount step, is handed out in whole units by largest remainder so the surcharges add up to
 * exactly the rounded total that is carved out of the service's cost.
 */
export function eventSurcharges(costs: DeviationCost[], unit: Dec, round: (v: Dec) => Dec): { carved: Dec; exact: Dec; perCustomer: Map<string, Dec> } {
  const exact = sum(costs.map((c) => c.total));
  const carved = round(exact);
  if (costs.length === 0 || carved.isZero()) return { carved: ZERO, exact, perCustomer: new Map() };
  // The usual case: every customer's cost is already whole kronor, so each pays exactly it.
  if (carved.eq(exact) && wholeUnits(costs.map((c) => c.total), unit)) {
    return { carved, exact, perCustomer: new Map(costs.map((c) => [c.customer, c.total])) };
  }
  const perCustomer = allocate(
    carved,
    costs.map((c) => ({ id: c.customer, label: c.customer, weight: c.total })),
    unit,
  );
  return { carved, exact, perCustomer };
}

function wholeUnits(values: Iterable<Dec>, unit: Dec): boolean {
  const one = unit.eq(1);
  for (const v of values) if (one ? !v.isInteger() : !v.mod(unit).isZero()) return false;
  return true;
}
