import { isPositive, sum, type Dec } from '../decimal';
import type { DeviationType, Model, Service } from '../model';
import type { AmountStep } from '../money';
import { allocateSteps } from '../rounding';

/** The standard cost of one customer's deviations on one service (events × cost per event). */
export interface DeviationCost {
  customer: string;
  total: Dec;
  byType: Map<string, Dec>;
  /** byType in whole units of the amount step when every cost is whole (worked out once). */
  wholeUnits?: Map<string, number> | null;
}

/**
 * count × the type's cost per event. Counts are mostly small whole numbers, read as shared
 * Decimal instances (decimal.ts), so the products are kept per type and count instance: a
 * million deviation rows need a few thousand multiplications.
 */
const products = new WeakMap<DeviationType, Map<Dec, Dec>>();

function costOf(type: DeviationType, count: Dec): Dec {
  let known = products.get(type);
  if (!known) products.set(type, (known = new Map()));
  let cost = known.get(count);
  if (cost === undefined) {
    cost = count.times(type.unitCost);
    if (known.size < 4096) known.set(count, cost);
  }
  return cost;
}

/** One customer's costs by deviation type, as addTypeCost collects them. */
interface TypeCosts {
  types: Map<string, DeviationType>;
  byType: Map<string, Dec>;
  costs: Dec[];
}

/** Map#forEach's callback over a customer's counts by type: each count × its type's cost. */
function addTypeCost(this: TypeCosts, count: Dec, name: string): void {
  const type = this.types.get(name);
  if (!type) return;
  const cost = costOf(type, count);
  this.byType.set(name, cost);
  this.costs.push(cost);
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
    const costs: TypeCosts = { types, byType: new Map<string, Dec>(), costs: [] };
    // forEach: a for-of over a Map makes an entry array per step, and this runs per customer;
    // its callback a top-level function (a closure made per call loses its optimized code to
    // every full collection between runs: shapes.ts).
    perType.forEach(addTypeCost, costs);
    const { byType } = costs;
    const total = sum(costs.costs);
    if (isPositive(total)) out.push({ customer: customer.name, total, byType });
  }
  return out;
}

/**
 * Splits a surcharge (in units of the amount step) over the deviation types in proportion to
 * their cost, so the pivot's cells add up to the customer's surcharge. A negative surcharge (a
 * discount under Nyckelviktning) is split the same way.
 */
export function splitByType(amount: number, cost: DeviationCost | undefined, money: AmountStep): ReadonlyMap<string, number> {
  if (!cost || amount === 0 || !isPositive(cost.total)) return new Map();
  if (money.exactUnits(cost.total) === amount) {
    if (cost.wholeUnits === undefined) cost.wholeUnits = exactUnitsOf(cost.byType, money);
    if (cost.wholeUnits) return cost.wholeUnits;
  }
  const shares = [...cost.byType].filter(([, v]) => isPositive(v)).map(([name, weight]) => ({ id: name, label: name, weight }));
  return allocateSteps(amount, shares);
}

/**
 * Händelsekostnad: each customer's surcharge is its deviation cost; the total, rounded to the
 * amount step, is handed out in whole units by largest remainder so the surcharges add up to
 * exactly the rounded total that is carved out of the service's cost.
 */
export function eventSurcharges(costs: DeviationCost[], money: AmountStep): { carved: number; exact: Dec; perCustomer: Map<string, number> } {
  const exact = sum(costs.map((c) => c.total));
  const carved = money.units(exact);
  if (costs.length === 0 || carved === 0) return { carved: 0, exact, perCustomer: new Map() };
  // The usual case: every customer's cost is already whole kronor, so each pays exactly it.
  if (money.exactUnits(exact) === carved) {
    const perCustomer = new Map<string, number>();
    for (const c of costs) {
      const units = money.exactUnits(c.total);
      if (units === null) break;
      perCustomer.set(c.customer, units);
    }
    if (perCustomer.size === costs.length) return { carved, exact, perCustomer };
  }
  const perCustomer = allocateSteps(
    carved,
    costs.map((c) => ({ id: c.customer, label: c.customer, weight: c.total })),
  );
  return { carved, exact, perCustomer };
}

function exactUnitsOf(values: Map<string, Dec>, money: AmountStep): Map<string, number> | null {
  const out = new Map<string, number>();
  for (const [k, v] of values) {
    const units = money.exactUnits(v);
    if (units === null) return null;
    if (units !== 0) out.set(k, units);
  }
  return out;
}
