import { Dec, ONE, ZERO, sum } from '../decimal';
import type { Actuals, CostTarget } from '../model';
import { msg } from '../messages/catalog';
import { safe } from '../money';
import { MONTHS, monthNumber } from '../months';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { allocateSteps, type Share } from '../rounding';
import { normalizeName } from '../schema';
import type { Calculation } from './calculate';
import { UnitCharger } from './unitCharge';
import { evenSplit, monthlyUnits, profileWeights, type MonthWeights } from './monthlySplit';
import type { Charge, ServiceResult } from './results';

/** One service's follow-up, in units of the amount step (money.ts). */
export interface ServiceFollowUp {
  result: ServiceResult;
  /** Självkostnad for the year. */
  budgetCost: number;
  /** The budget's cost and revenue for the closed months. */
  budgetCostToDate: number;
  budgetRevenueToDate: number;
  actualCost: number;
  actualRevenue: number;
  forecastCost: number;
  forecastRevenue: number;
  /** customer -> what its actual revenue to date is (units): the base of its share of a settlement. */
  invoiced: ReadonlyMap<string, number>;
}

/** One customer's volume of one service: budget and actual to date, and the forecast. */
export interface VolumeFollowUp {
  result: ServiceResult;
  customer: string;
  budget: Dec;
  budgetToDate: Dec;
  actualToDate: Dec;
  forecast: Dec;
}

export interface FollowUp {
  /** The last closed month, 0–11. */
  lastMonth: number;
  /** "2021-06", or "06" without Budgetår. */
  period: string;
  services: ServiceFollowUp[];
  volumes: VolumeFollowUp[];
}

/**
 * The follow-up during the year (docs/arbetsbok.md, "Follow-up during the year"): per service
 * the budget's cost and revenue for the closed months, the actuals and the year's forecast, and
 * per service and customer the volumes. Null without actuals; null, with an error on the Utfall
 * row, when an object's actual cost cannot be spread as its budget was.
 */
export function followUp(calc: Calculation, problems: ProblemList, locate: Locator): FollowUp | null {
  const actuals = calc.model.actuals;
  if (actuals === null) return null;
  const closed = actuals.lastMonth + 1;
  const takt = calc.model.settings.forecastMethod === 'Takt';
  const spread = spreadActualCosts(calc, actuals, problems, locate, takt);
  if (spread === null) return null;
  const { actual: actualCosts, atPace: costsAtPace } = spread;
  const money = calc.money;
  const services: ServiceFollowUp[] = [];
  const volumes: VolumeFollowUp[] = [];
  for (const result of calc.services) {
    const name = result.service.name;
    const shares = calc.model.monthProfiles.byService.get(name) ?? null;
    const toDate = shareToDate(shares, closed);
    const full = calc.fullCost.total.get(name) ?? ZERO;
    const budgetCostToDate = money.units(full.times(toDate)) + 0;
    const actualCost = actualCosts.get(name) ?? 0;
    const forecastCost = takt ? (costsAtPace.get(name) ?? 0) : safe(actualCost + money.units(full.times(ONE.minus(toDate))));
    const revenue = new RevenueToDate(calc, result, actuals, shares === null ? null : profileWeights(shares));
    services.push({
      result,
      budgetCost: result.selfCost,
      budgetCostToDate,
      budgetRevenueToDate: revenue.budget,
      actualCost,
      actualRevenue: revenue.actual,
      forecastCost,
      forecastRevenue: takt ? revenue.atPace : revenue.actualThenBudget,
      invoiced: revenue.byCustomer,
    });
    volumes.push(...volumeRows(calc, result, actuals, toDate, takt));
  }
  const year = calc.model.monthProfiles.year;
  return { lastMonth: actuals.lastMonth, period: year === null ? monthNumber(actuals.lastMonth) : `${year}-${monthNumber(actuals.lastMonth)}`, services, volumes };
}

/** The budget's share of the year in the first `closed` months: the service's Månadsprofil, else closed / 12. */
function shareToDate(shares: readonly Dec[] | null, closed: number): Dec {
  if (shares === null) return new Dec(closed).div(MONTHS);
  return sum(shares.slice(0, closed));
}

/** Units to date scaled to the year (Takt): × 12 / the closed months, rounded half away from zero. */
function atPace(units: number, closed: number): number {
  return new Dec(units).times(MONTHS).div(closed).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() + 0;
}

function targetKey(target: CostTarget): string {
  return `${target.level}\u0000${normalizeName(target.name)}`;
}

/**
 * Each cost object's actual cost to date, rounded to the amount step, spread over the services
 * as the object's budget was (its parts in the full cost: the same rules, drivers and pools), by
 * largest remainder; a row on a service stays on it. Under Takt also each object's actuals at
 * their pace (atPace), spread the same way, so the forecast is made per cost object and each
 * object's forecast lands on the services in whole units summing exactly to it. Null with an
 * error on the object's first Utfall row when its budget gives no way to spread it (no budget, a
 * budget of 0 or below 0 on some service).
 */
function spreadActualCosts(calc: Calculation, actuals: Actuals, problems: ProblemList, locate: Locator, takt: boolean): { actual: Map<string, number>; atPace: Map<string, number> } | null {
  const byObject = new Map<string, { target: CostTarget; amount: Dec; row: number }>();
  for (const c of actuals.costs) {
    if (c.month > actuals.lastMonth) continue;
    const key = targetKey(c.target);
    const o = byObject.get(key);
    if (o) o.amount = o.amount.plus(c.amount);
    else byObject.set(key, { target: c.target, amount: c.amount, row: c.row });
  }
  const weights = budgetWeights(calc);
  const closed = actuals.lastMonth + 1;
  const actual = new Map<string, number>();
  const paced = new Map<string, number>();
  const add = (to: Map<string, number>, service: string, units: number) => to.set(service, safe((to.get(service) ?? 0) + units));
  let ok = true;
  for (const [key, o] of byObject) {
    const units = calc.money.units(o.amount) + 0;
    const pace = takt ? atPace(units, closed) : 0;
    if (o.target.level === 'service') {
      add(actual, o.target.name, units);
      if (takt) add(paced, o.target.name, pace);
      continue;
    }
    const w = weights.get(key);
    const shares: Share<string>[] = w === undefined ? [] : [...w].map(([service, weight]) => ({ id: service, label: service, weight }));
    if (shares.length === 0 || shares.some((s) => s.weight.isNegative()) || !sum(shares.map((s) => s.weight)).gt(0)) {
      const at = locate.place('Utfall', o.row, 'Kostnadsobjekt');
      problems.error('actual-cost-not-spread', at, msg('followUpNoBudgetToSpread', { at, object: o.target.name }));
      ok = false;
      continue;
    }
    for (const [service, part] of allocateSteps(units, shares)) add(actual, service, part);
    if (takt) for (const [service, part] of allocateSteps(pace, shares)) add(paced, service, part);
  }
  return ok ? { actual, atPace: paced } : null;
}

/** object -> service -> the object's budget part on the service (Σ its rows' parts). */
function budgetWeights(calc: Calculation): Map<string, Map<string, Dec>> {
  const out = new Map<string, Map<string, Dec>>();
  for (const [service, parts] of calc.fullCost.parts) {
    for (const part of parts) {
      if (part.row.target.level === 'service') continue;
      const key = targetKey(part.row.target);
      let perService = out.get(key);
      if (!perService) out.set(key, (perService = new Map()));
      perService.set(service, (perService.get(service) ?? ZERO).plus(part.amount));
    }
  }
  return out;
}

/**
 * A service's revenue: the budget's for the closed months (Fakturaunderlag's months), what the
 * actuals bring in to date, and the year's forecast both ways. Actual revenue follows the
 * monthly rules of Fakturaunderlag: the fixed part of each charge (keyed, direct, package) in
 * even months; per month and customer the unit price × the actual volume plus the actual
 * deviations × their standard cost (under Händelsekostnad), rounded to the amount step.
 */
class RevenueToDate {
  budget = 0;
  actual = 0;
  /** Budget resten av året: actual to date, then the budget's remaining months. */
  actualThenBudget = 0;
  /** Takt: the fixed parts for the year, volumes and deviations at the pace so far. */
  atPace = 0;
  /** customer -> its actual revenue to date. */
  readonly byCustomer = new Map<string, number>();

  constructor(calc: Calculation, result: ServiceResult, actuals: Actuals, profile: MonthWeights | null) {
    const closed = actuals.lastMonth + 1;
    const money = calc.money;
    const model = result.plan.model;
    const price = model === 'Styck' || model === 'Tim' || model === 'Blandad' ? result.price : null;
    const surcharged = calc.model.settings.deviationMethod === 'Händelsekostnad';
    const name = result.service.name;
    const volumes = actuals.volumes.get(name);
    const deviations = actuals.deviations.get(name);
    const types = calc.model.deviationTypes.get(name);
    const charges = new Map<string, Charge>(result.charges.map((c) => [c.customer, c]));
    const charger = price === null ? null : new UnitCharger(price, money);
    // Fakturerat, when given, is what was invoiced: it replaces the revenue worked out from the actuals.
    const invoiced = actuals.invoiced === null ? null : (actuals.invoiced.get(name) ?? new Map<string, Dec[]>());
    const customers =
      invoiced === null
        ? new Set<string>([...charges.keys(), ...(price === null ? [] : (volumes?.keys() ?? [])), ...(surcharged ? (deviations?.keys() ?? []) : [])])
        : new Set<string>([...charges.keys(), ...invoiced.keys()]);
    for (const customer of customers) {
      const charge = charges.get(customer);
      let fixedToDate = 0;
      let fixedYear = 0;
      if (charge) {
        const budgetMonths = monthlyUnits(charge, model, profile);
        for (let m = 0; m < MONTHS; m++) {
          if (m < closed) this.budget += budgetMonths[m] as number;
          else this.actualThenBudget += budgetMonths[m] as number;
        }
        // The fixed part: what is billed evenly, less the budget's surcharge (actual deviations are billed instead).
        const fixed = charge.amount - (model === 'Paket' ? 0 : charge.unit) - charge.surcharge;
        const even = evenSplit(fixed);
        fixedYear = fixed;
        for (let m = 0; m < closed; m++) fixedToDate += even[m] as number;
      }
      let actual: number;
      let variableExact = ZERO;
      if (invoiced !== null) {
        // Invoiced to date, rounded once per customer; what is not the fixed part runs at its pace under Takt.
        const months = invoiced.get(customer);
        actual = months === undefined ? 0 : money.units(sum(months.slice(0, closed))) + 0;
        variableExact = money.toDec(actual - fixedToDate);
      } else {
        // Per closed month, as on the month's invoice: the unit charge and the deviation charge,
        // each rounded to the amount step (Fakturaunderlag rounds its parts apart too).
        let variableToDate = 0;
        const v = volumes?.get(customer);
        const d = surcharged ? deviations?.get(customer) : undefined;
        if (charger !== null && price !== null && v) {
          for (let m = 0; m < closed; m++) if (!(v[m] as Dec).isZero()) variableToDate += charger.units(v[m] as Dec);
          variableExact = price.times(sum(v.slice(0, closed)));
        }
        if (d && types) {
          for (let m = 0; m < closed; m++) {
            let month = ZERO;
            for (const [type, counts] of d) month = month.plus((types.get(type)?.unitCost ?? ZERO).times(counts[m] as Dec));
            variableToDate += money.units(month) + 0;
            variableExact = variableExact.plus(month);
          }
        }
        actual = fixedToDate + variableToDate;
      }
      this.actual += actual;
      this.byCustomer.set(customer, safe(actual));
      this.actualThenBudget += actual;
      this.atPace += fixedYear + money.units(variableExact.times(MONTHS).div(closed)) + 0;
    }
    this.budget = safe(this.budget);
    this.actual = safe(this.actual);
    this.actualThenBudget = safe(this.actualThenBudget);
    this.atPace = safe(this.atPace);
  }
}

/** Volymuppföljning's rows of one service: every customer with a budget or an actual volume. */
function volumeRows(calc: Calculation, result: ServiceResult, actuals: Actuals, toDate: Dec, takt: boolean): VolumeFollowUp[] {
  const name = result.service.name;
  const budget = calc.model.volumes.get(name);
  const actual = actuals.volumes.get(name);
  if (!budget && !actual) return [];
  const closed = actuals.lastMonth + 1;
  const rows: VolumeFollowUp[] = [];
  for (const { name: customer } of calc.model.customers) {
    const b = budget?.get(customer)?.volume;
    const a = actual?.get(customer);
    if (b === undefined && a === undefined) continue;
    const year = b ?? ZERO;
    const actualToDate = a === undefined ? ZERO : sum(a.slice(0, closed));
    const budgetToDate = year.times(toDate);
    const forecast = takt ? actualToDate.times(MONTHS).div(closed) : actualToDate.plus(year.minus(budgetToDate));
    rows.push({ result, customer, budget: year, budgetToDate, actualToDate, forecast });
  }
  return rows;
}
