import { Dec, isPositive, sum, toNumber } from '../decimal';
import type { CostTarget, DeviationType, PricingPlan, Service } from '../model';
import { safe } from '../money';
import { normalizeName } from '../schema';
import { allocateStepArray, type Share } from '../rounding';
import type { Calculation } from './calculate';
import type { CostPart } from './fullCost';
import type { Charge, Fraction, ServiceResult } from './results';

/**
 * Spårning: a charge traced back to what made it up. A customer's amount for a service is its
 * fixed part (Fast, Direkt, the keyed part of Blandad), its variable part (volume × price,
 * packages) and its deviation surcharge. The fixed and the variable part are each split over
 * the service's cost rows in proportion to each row's exact part of the full cost; the
 * surcharge is split by deviation type as the engine split it (Charge.surchargeByType). Every
 * split is in whole units of the amount step by largest remainder, so the lines add up to the
 * charge exactly.
 */

/** Fast del, Rörlig del, or a deviation surcharge. */
export type TracePart = 'fixed' | 'variable' | 'deviation';

/** A cost row as it reaches one service: which row, at what level, by which driver and share. */
export interface TraceCost {
  /** The row number in Kostnader (1 = first data row). */
  row: number;
  /** Kostnadsobjekt: the service itself, a process, an area or a common pool. */
  object: string;
  level: CostTarget['level'];
  costType: string | null;
  /** Fördelas efter: the driver that spread the row; null for a row booked on the service. */
  driver: string | null;
  /**
   * The common pool that passed this part on to the service when it is not the row's own: the
   * row's cost reached it through Poolutbyte, and driver is then that pool's. Null otherwise.
   */
  via: string | null;
  /** Belopp of the row. */
  rowAmount: Dec;
  /** The service's exact part of the row (its term in the service's full cost). */
  serviceAmount: Dec;
  /** serviceAmount / rowAmount; null when the row is 0. */
  serviceShare: Fraction | null;
}

/** One deviation type behind a surcharge line. */
export interface TraceDeviation {
  type: string;
  /** The customer's events of this type on the service (Avvikelser), when it has any. */
  count: Dec | null;
  /** Standard cost per event (Kostnad per styck, or Minuter × Timkostnad / 60). */
  unitCost: Dec | null;
  description: string | null;
}

export interface TraceLine {
  part: TracePart;
  /** The cost row the amount comes from; null on deviation lines, and on a fixed or variable
   * part of a service whose cost rows sum to 0 (a decided price with no cost behind it). */
  cost: TraceCost | null;
  /** The deviation type of a deviation line; null on the others, and on the part of a
   * Nyckelviktning surcharge that no type of the customer's carries (a customer without
   * deviations of its own pays less when others' weights rise). */
  deviation: TraceDeviation | null;
  /** In whole units of the amount step, like Charge.amount. */
  amount: number;
}

export interface ChargeTrace {
  customer: string;
  service: Service;
  plan: PricingPlan;
  charge: Charge;
  /** True when the surcharge comes from Nyckelviktning rather than events × standard cost. */
  weighted: boolean;
  /** Fixed lines, then variable lines (cost rows in Kostnader order), then deviation lines. They sum to charge.amount. */
  lines: TraceLine[];
}

/**
 * The lines that make up what customer pays for service under the base plan, or null when the
 * customer is not charged for it. Names match as in the workbook (case and surrounding spaces
 * ignored).
 */
export function traceCharge(calc: Calculation, customer: string, service: string): ChargeTrace | null {
  const result = findResult(calc, service);
  if (!result) return null;
  const charge = findCharge(result, customer);
  return charge ? traceOf(calc, result, charge, costBasis(calc, result)) : null;
}

/** Every charge of one customer traced, services in Tjänster order. */
export function traceCustomer(calc: Calculation, customer: string): ChargeTrace[] {
  const out: ChargeTrace[] = [];
  for (const result of calc.services) {
    const charge = findCharge(result, customer);
    if (charge) out.push(traceOf(calc, result, charge, costBasis(calc, result)));
  }
  return out;
}

/** Every charge traced, services in Tjänster order and customers in Nycklar order within each. */
export function* traceAll(calc: Calculation): Generator<ChargeTrace> {
  for (const result of calc.services) {
    const basis = costBasis(calc, result);
    for (const charge of result.charges) yield traceOf(calc, result, charge, basis);
  }
}

/** The number of lines traceAll yields, counted without building them (for Spårning's limit). */
export function traceLineCount(calc: Calculation): number {
  let n = 0;
  for (const result of calc.services) {
    const perPart = Math.max(1, costBasis(calc, result).parts.length);
    for (const c of result.charges) {
      if (c.keyed !== 0) n += perPart;
      if (c.unit !== 0) n += perPart;
      n += c.surchargeByType.size;
      if (residual(c) !== 0) n += 1;
    }
  }
  return n;
}

function findResult(calc: Calculation, service: string): ServiceResult | undefined {
  return calc.services.find((r) => r.service.name === service) ?? calc.services.find((r) => normalizeName(r.service.name) === normalizeName(service));
}

function findCharge(result: ServiceResult, customer: string): Charge | undefined {
  return result.charges.find((c) => c.customer === customer) ?? result.charges.find((c) => normalizeName(c.customer) === normalizeName(customer));
}

function traceOf(calc: Calculation, result: ServiceResult, charge: Charge, basis: CostBasis): ChargeTrace {
  const lines: TraceLine[] = [];
  visitLines(calc, result, charge, basis, { start: () => {}, line: (part, cost, deviation, amount) => lines.push({ part, cost, deviation, amount }) });
  return { customer: charge.customer, service: result.service, plan: result.plan, charge, weighted: isWeighted(calc, result), lines };
}

/**
 * What visitAll hands the charges and their trace lines to: start before a charge's lines, line
 * for each (what a trace line is made of). An object with methods rather than two callbacks, so
 * that Spårning's visitor can be a class: V8 keeps a closure's optimized code only while a
 * closure of it lives, and a full collection between runs would drop it (shapes.ts).
 */
export interface LineVisitor {
  start(result: ServiceResult, charge: Charge, weighted: boolean): void;
  line(part: TracePart, cost: TraceCost | null, deviation: TraceDeviation | null, amount: number): void;
}

/**
 * Every service's charges in Tjänster order (customers in Nycklar order within each), each
 * charge's lines handed to visit in ChargeTrace.lines's order without making TraceLine objects:
 * for Spårning, which writes tens of thousands of them. start is called before a charge's lines.
 */
export function visitAll(calc: Calculation, visitor: LineVisitor): void {
  for (const result of calc.services) visitService(calc, result, visitor);
}

/** visitAll for one service's charges. */
export function visitService(calc: Calculation, result: ServiceResult, visitor: LineVisitor): void {
  const basis = costBasis(calc, result);
  const weighted = isWeighted(calc, result);
  for (const charge of result.charges) {
    visitor.start(result, charge, weighted);
    visitLines(calc, result, charge, basis, visitor);
  }
}

function isWeighted(calc: Calculation, result: ServiceResult): boolean {
  return calc.model.settings.deviationMethod === 'Nyckelviktning' && (result.plan.model === 'Fast' || result.plan.model === 'Blandad');
}

function visitLines(calc: Calculation, result: ServiceResult, charge: Charge, basis: CostBasis, visitor: LineVisitor): void {
  const { model } = calc;
  const service = result.service;
  costLines(visitor, basis, 'fixed', charge.keyed);
  costLines(visitor, basis, 'variable', charge.unit);

  if (charge.surchargeByType.size > 0) {
    const deviations: DeviationLines = {
      visitor,
      counts: model.deviations.get(service.name)?.get(charge.customer),
      types: model.deviationTypes.get(service.name),
    };
    // forEach: a for-of over a Map makes an entry array per step, and this runs per charge.
    charge.surchargeByType.forEach(deviationLine, deviations);
  }
  const rest = residual(charge);
  if (rest !== 0) visitor.line('deviation', null, null, rest);
}

/** A part of a charge over the service's cost rows, a line per row (one line when it cannot be split). */
function costLines(visitor: LineVisitor, basis: CostBasis, part: TracePart, total: number): void {
  if (total === 0) return;
  const amounts = splitOverCosts(total, basis);
  if (amounts === null) {
    visitor.line(part, null, null, total);
    return;
  }
  const costs = basis.costs;
  for (let i = 0; i < costs.length; i++) visitor.line(part, costs[i] as TraceCost, null, amounts[i] ?? 0);
}

/** What deviationLine needs: Map#forEach's thisArg. */
interface DeviationLines {
  visitor: LineVisitor;
  counts: Map<string, Dec> | undefined;
  types: Map<string, DeviationType> | undefined;
}

/** The line of one deviation type's part of a surcharge (Map#forEach's callback over the split). */
function deviationLine(this: DeviationLines, amount: number, type: string): void {
  const t = this.types?.get(type);
  this.visitor.line('deviation', null, { type, count: this.counts?.get(type) ?? null, unitCost: t?.unitCost ?? null, description: t?.description ?? null }, amount);
}

/** The part of a surcharge its split by type does not carry (Nyckelviktning without own deviations). */
function residual(c: Charge): number {
  if (c.surcharge === 0) return 0;
  let byType = 0;
  for (const v of c.surchargeByType.values()) byType += v;
  return c.surcharge - byType;
}

// --- splitting an amount over the cost rows ----------------------------------------------------

/** A service's nonzero cost parts, worked out once per service and shared by its customers' lines. */
interface CostBasis {
  costs: TraceCost[];
  parts: CostPart[];
  /** The parts ≥ 0 and the absolute values of those < 0, as allocation shares (ids index costs). */
  positive: Share<number>[];
  negative: Share<number>[];
  /** Σ of the parts (the full cost) and Σ |negative parts|. */
  total: Dec;
  negativeTotal: Dec;
}

const bases = new WeakMap<ServiceResult, CostBasis>();

function costBasis(calc: Calculation, result: ServiceResult): CostBasis {
  let basis = bases.get(result);
  if (basis) return basis;
  const parts = (calc.fullCost.parts.get(result.service.name) ?? []).filter((p) => !p.amount.isZero()).sort((a, b) => a.row.row - b.row.row);
  const costs = parts.map(traceCost);
  const positive: Share<number>[] = [];
  const negative: Share<number>[] = [];
  parts.forEach((p, i) => {
    // Ties go by what the row is, not where it stands, so reordering Kostnader moves no krona
    // between rows that differ.
    const label = `${p.row.object}\u0001${p.row.costType ?? ''}\u0001${p.driver ?? ''}\u0001${p.pool ?? ''}\u0001${p.row.amount.toFixed()}`;
    (p.amount.isNegative() ? negative : positive).push({ id: i, label, weight: p.amount.abs() });
  });
  basis = { costs, parts, positive, negative, total: sum(parts.map((p) => p.amount)), negativeTotal: sum(negative.map((s) => s.weight)) };
  bases.set(result, basis);
  return basis;
}

function traceCost(p: CostPart): TraceCost {
  const row = p.row;
  return {
    row: row.row,
    object: row.object,
    level: row.target.level,
    costType: row.costType,
    driver: row.target.level === 'service' ? null : p.driver,
    via: p.pool !== undefined && normalizeName(p.pool) !== normalizeName(row.object) ? p.pool : null,
    rowAmount: row.amount,
    serviceAmount: p.amount,
    serviceShare: row.amount.isZero() ? null : { part: p.amount, whole: row.amount },
  };
}

/**
 * total (units) over the cost parts in proportion to their exact amounts; null when they sum
 * to 0 or less and there is nothing to be in proportion to. The split takes weights ≥ 0, so
 * with negative parts (income rows) the negative rows together take −N, N = total × Σ|negative|
 * / full cost rounded half up, split over them by largest remainder, and the positive rows
 * total + N the same way: the lines still sum to total exactly.
 */
function splitOverCosts(total: number, basis: CostBasis): number[] | null {
  if (basis.parts.length === 0 || !isPositive(basis.total)) return null;
  // No income rows: the positive shares are every part in order, and their split is the answer.
  if (basis.negative.length === 0) return allocateStepArray(total, basis.positive);
  const out = new Array<number>(basis.parts.length).fill(0);
  let positiveTotal = total;
  if (!basis.negativeTotal.isZero()) {
    const n = safe(toNumber(new Dec(total).times(basis.negativeTotal).div(basis.total).toDecimalPlaces(0, Dec.ROUND_HALF_UP)));
    positiveTotal = safe(total + n);
    const parts = allocateStepArray(n, basis.negative);
    basis.negative.forEach((share, k) => (out[share.id] = parts[k] === 0 ? 0 : -(parts[k] as number)));
  }
  if (basis.positive.length > 0) {
    const parts = allocateStepArray(positiveTotal, basis.positive);
    basis.positive.forEach((share, k) => (out[share.id] = parts[k] as number));
  }
  return out;
}
