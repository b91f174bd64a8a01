import { Dec, ONE } from '../decimal';
import { safe } from '../money';
import { allocateSteps, type Share } from '../rounding';
import type { Calculation } from './calculate';
import type { ChangeRow } from './changeAnalysis';

/** One customer under the phase-in rule (Övergång); amounts in units of the amount step. */
export interface PhaseInCustomer {
  customer: string;
  /** Fjolår: Σ last-year charges over the customer's compared rows (see `compared`; 0 when none). */
  last: number;
  /** Okappat / Kappat: this year's charges on those same rows, before and after the cap. */
  uncapped: number;
  capped: number;
  /** The customer's whole bill (Kundsammanställning's Totalt) before and after the cap. */
  totalUncapped: number;
  totalCapped: number;
  /** Kappad: held at the cap, the difference carried by the other customers of its services. */
  isCapped: boolean;
  /** Beyond the cap, but the difference could not be placed on anyone else: pays its uncapped amount. */
  stuck: boolean;
}

export interface PhaseIn {
  /** Övergångstak, or null when the setting is absent (then nothing is capped). */
  cap: Dec | null;
  /** Every customer, in Nycklar order. */
  customers: PhaseInCustomer[];
  /**
   * service -> customer -> the amount after the cap (units), one entry per charge of Fördelning;
   * null without Övergångstak, when they are Fördelning's.
   */
  amounts: Amounts | null;
  /** Customers beyond the cap that could not be held to it (empty when the rule converged). */
  stuck: string[];
}

/** service -> customer -> units. */
type Amounts = Map<string, Map<string, number>>;

/** A customer's rows that have a last-year charge: service -> L (units). */
type Comparable = Map<string, number>;

/** A capped customer: the total it is held to, and how its adjustment is spread over services. */
interface Hold {
  target: number;
  /** service -> weight; null = in proportion to its own amounts. */
  weights: Map<string, number> | null;
}

/**
 * The phase-in rule (Övergångstak). A customer whose charges on its compared rows (a known
 * last-year charge L, not Blandad or Paket) move more than the cap against Σ L is held at the cap: its total on those rows becomes
 * ⌊Σ L × (1 + cap)⌋ or ⌈Σ L × (1 − cap)⌉ (so it never ends beyond it). The adjustment is split
 * over those rows, and per service the opposite over the service's uncapped customers in
 * proportion to their amounts, both by largest remainder in whole units, so every service
 * recovers exactly what it did before. Whoever is then pushed beyond the cap is held there too
 * (its adjustment spread like what pushed it), until nobody is beyond it.
 *
 * An adjustment goes only on services some uncapped customer shares (and none whose uncapped
 * customers would end below zero); a customer with nowhere to put it pays its uncapped amounts
 * and is listed in `stuck`. Every round starts again from the uncapped amounts and only adds to
 * the capped, stuck or closed sets, so it ends after at most customers + services rounds.
 */
export function phaseIn(calc: Calculation, changes: Iterable<ChangeRow>): PhaseIn {
  const collector = phaseInCollector(calc);
  for (const row of changes) collector.add(row);
  return collector.finish();
}

/** phaseIn fed a row at a time (Förändringsanalys's rows as they are made), then finished. */
export interface PhaseInCollector {
  add(row: ChangeRow): void;
  finish(): PhaseIn;
}

/*
 * The collectors are plain objects whose add and finish are top-level functions (called with the
 * collector as `this`), not objects of closures made per run: V8 keeps a closure's optimized
 * code only while a closure of it lives, and add runs for every row (shapes.ts).
 */
export function phaseInCollector(calc: Calculation): PhaseInCollector {
  const cap = calc.model.settings.phaseInCap;
  if (cap === null) return withoutCap(calc);
  const collector: CappedCollector = { calc, cap, comparable: new Map(), add: addComparable, finish: finishCapped };
  return collector;
}

interface CappedCollector extends PhaseInCollector {
  calc: Calculation;
  cap: Dec;
  comparable: Map<string, Comparable>;
}

function addComparable(this: CappedCollector, row: ChangeRow): void {
  if (!compared(row)) return;
  let m = this.comparable.get(row.customer);
  if (!m) this.comparable.set(row.customer, (m = new Map()));
  m.set(row.result.service.name, row.last);
}

function finishCapped(this: CappedCollector): PhaseIn {
  return withCap(this.calc, this.cap, this.comparable);
}

function withCap(calc: Calculation, cap: Dec, comparable: Map<string, Comparable>): PhaseIn {
  const base: Amounts = new Map();
  const totals = new Map<string, number>();
  for (const r of calc.services) {
    const m = new Map<string, number>();
    for (const c of r.charges) {
      m.set(c.customer, c.amount);
      totals.set(c.customer, safe((totals.get(c.customer) ?? 0) + c.amount));
    }
    base.set(r.service.name, m);
  }
  const ctx: Context = { calc, base, comparable };

  const state = capAll(ctx, cap);
  let totalsCapped = totals;
  if (state.amounts !== base) {
    totalsCapped = new Map();
    for (const m of state.amounts.values()) for (const [customer, units] of m) totalsCapped.set(customer, safe((totalsCapped.get(customer) ?? 0) + units));
  }
  const customers = calc.model.customers.map((c): PhaseInCustomer => {
    const uncapped = onRows(ctx, c.name, base);
    return {
      customer: c.name,
      last: lastOf(ctx, c.name),
      uncapped,
      capped: state.amounts === base ? uncapped : onRows(ctx, c.name, state.amounts),
      totalUncapped: totals.get(c.name) ?? 0,
      totalCapped: totalsCapped.get(c.name) ?? 0,
      isCapped: state.capped.has(c.name),
      stuck: state.stuck.has(c.name),
    };
  });
  return { cap, customers, amounts: state.amounts, stuck: customers.filter((c) => c.stuck).map((c) => c.customer) };
}

/** Without Övergångstak: the comparison alone, straight from the rows (a country has a million). */
function withoutCap(calc: Calculation): PhaseInCollector {
  const collector: UncappedCollector = { calc, sums: new Map(), add: addUncapped, finish: finishUncapped };
  return collector;
}

interface UncappedCollector extends PhaseInCollector {
  calc: Calculation;
  sums: Map<string, { last: number; amount: number }>;
}

function addUncapped(this: UncappedCollector, row: ChangeRow): void {
  if (!compared(row)) return;
  let s = this.sums.get(row.customer);
  if (!s) this.sums.set(row.customer, (s = { last: 0, amount: 0 }));
  s.last += row.last;
  s.amount += row.amount;
}

function finishUncapped(this: UncappedCollector): PhaseIn {
  const { calc, sums } = this;
  const totals = new Map<string, number>();
  for (const r of calc.services) for (const c of r.charges) totals.set(c.customer, (totals.get(c.customer) ?? 0) + c.amount);
  const customers = calc.model.customers.map((c): PhaseInCustomer => {
    const s = sums.get(c.name);
    const total = safe(totals.get(c.name) ?? 0);
    const amount = safe(s?.amount ?? 0);
    return { customer: c.name, last: safe(s?.last ?? 0), uncapped: amount, capped: amount, totalUncapped: total, totalCapped: total, isCapped: false, stuck: false };
  });
  return { cap: null, customers, amounts: null, stuck: [] };
}

/**
 * Whether a row of Förändringsanalys counts towards a customer's change under the cap: it has a
 * last-year charge, and one that is the whole of last year's charge. A Blandad service's
 * Fjolårspris is the price of its unit part (as in Prislista), so its keyed part last year is
 * unknown; a Paket service is charged by band, not per unit. Both are left out, as Kundbesked
 * leaves them out of its comparison, unless last year's charge is the invoiced amount of
 * Fjolårsbelopp, which is the whole of it whatever the model.
 */
export function compared(row: ChangeRow): row is ChangeRow & { last: number } {
  const model = row.result.plan.model;
  return row.last !== null && (row.invoiced || (model !== 'Blandad' && model !== 'Paket'));
}

interface Context {
  calc: Calculation;
  base: Amounts;
  comparable: Map<string, Comparable>;
}

/** service -> its customers with an amount > 0, as allocation shares weighted by the amount. */
type Payers = Map<string, Share<string>[]>;

function lastOf(ctx: Context, customer: string): number {
  let total = 0;
  for (const l of ctx.comparable.get(customer)?.values() ?? []) total += l;
  return safe(total);
}

/** A customer's total over its rows with a known last-year charge. */
function onRows(ctx: Context, customer: string, amounts: Amounts): number {
  let total = 0;
  for (const service of ctx.comparable.get(customer)?.keys() ?? []) total += amounts.get(service)?.get(customer) ?? 0;
  return safe(total);
}

function capAll(ctx: Context, cap: Dec): { amounts: Amounts; capped: Set<string>; stuck: Set<string> } {
  const { calc, base } = ctx;
  // The bounds in whole units: ⌊L(1 + cap)⌋ and ⌈L(1 − cap)⌉, never below 0. For a whole
  // number total t, t > L(1 + cap) exactly when t > ⌊L(1 + cap)⌋, and likewise below.
  const bounds = new Map<string, { low: number; high: number }>();
  for (const c of calc.model.customers) {
    const last = lastOf(ctx, c.name);
    if (last <= 0) continue; // no last-year total: never capped
    const l = new Dec(last);
    bounds.set(c.name, { low: Math.max(0, l.times(ONE.minus(cap)).ceil().toNumber()), high: l.times(ONE.plus(cap)).floor().toNumber() });
  }
  /** The bound a total is beyond, or null when it is within both. */
  const crossed = (customer: string, total: number): number | null => {
    const b = bounds.get(customer);
    if (b === undefined) return null;
    return total > b.high ? b.high : total < b.low ? b.low : null;
  };

  const payers: Payers = new Map();
  for (const [service, m] of base) {
    const shares: Share<string>[] = [];
    for (const [customer, units] of m) if (units > 0) shares.push(share(customer, units));
    payers.set(service, shares);
  }
  const capped = new Map<string, Hold>();
  const stuck = new Set<string>();
  const closed = new Set<string>();
  for (const c of calc.model.customers) {
    const target = crossed(c.name, onRows(ctx, c.name, base));
    if (target !== null) capped.set(c.name, { target, weights: null });
  }
  for (;;) {
    const round = placeAdjustments(ctx, payers, capped, stuck, closed);
    if (round === null) continue; // a customer became stuck or a service closed: start again
    let more = false;
    for (const c of calc.model.customers) {
      if (capped.has(c.name) || stuck.has(c.name)) continue;
      const target = crossed(c.name, onRows(ctx, c.name, round.amounts));
      if (target === null) continue;
      // Pushed beyond the cap by what it took over: it keeps the part that brings it to the cap,
      // taken from the services that pushed it, in proportion to what each pushed.
      const up = target > onRows(ctx, c.name, base);
      const weights = new Map<string, number>();
      for (const service of ctx.comparable.get(c.name)?.keys() ?? []) {
        const d = round.delta.get(service)?.get(c.name) ?? 0;
        if (up ? d > 0 : d < 0) weights.set(service, Math.abs(d));
      }
      capped.set(c.name, { target, weights });
      more = true;
    }
    if (!more) return { amounts: round.amounts, capped: new Set(capped.keys()), stuck };
  }
}

/**
 * One round: every capped customer's adjustment on its rows, and per service the opposite over
 * the uncapped customers. Null when capped customers turned out to be stuck or services could
 * not take their adjustment (all found in the round are added to the sets at once; the caller
 * starts the round again).
 */
function placeAdjustments(ctx: Context, payers: Payers, capped: Map<string, Hold>, stuck: Set<string>, closed: Set<string>): { amounts: Amounts; delta: Amounts } | null {
  const { base } = ctx;
  const receiving = new Map<string, Share<string>[] | null>();
  /** The uncapped customers of a service with an amount, or null when none (or it is closed). */
  const receivers = (service: string): Share<string>[] | null => {
    let r = receiving.get(service);
    if (r === undefined) {
      const shares = closed.has(service) ? [] : (payers.get(service) ?? []).filter((p) => !capped.has(p.id) && !stuck.has(p.id));
      receiving.set(service, (r = shares.length > 0 ? shares : null));
    }
    return r;
  };

  const delta: Amounts = new Map();
  const adjust = (service: string, customer: string, units: number): void => {
    let m = delta.get(service);
    if (!m) delta.set(service, (m = new Map()));
    m.set(customer, safe((m.get(customer) ?? 0) + units));
  };

  // Whether a customer can be held depends only on who is left to carry it, which only shrinks,
  // so every customer found stuck in this round would be found stuck one at a time as well.
  const nowStuck: string[] = [];
  for (const [customer, hold] of capped) {
    const adjustment = safe(hold.target - onRows(ctx, customer, base));
    if (adjustment === 0) continue;
    const split = splitAdjustment(ctx, customer, hold, adjustment, receivers);
    if (split === null) nowStuck.push(customer);
    else for (const [service, units] of split) adjust(service, customer, units);
  }
  if (nowStuck.length > 0) {
    for (const customer of nowStuck) {
      capped.delete(customer);
      stuck.add(customer);
    }
    return null;
  }

  let closing = false;
  for (const [service, own] of [...delta]) {
    let taken = 0;
    for (const units of own.values()) taken += units;
    if (taken === 0) continue;
    const amounts = base.get(service) as Map<string, number>;
    const split = allocateSteps(-taken, receivers(service) as Share<string>[]);
    if ([...split].some(([customer, units]) => (amounts.get(customer) ?? 0) + units < 0)) {
      closed.add(service);
      closing = true;
      continue;
    }
    for (const [customer, units] of split) adjust(service, customer, units);
  }
  if (closing) return null;

  const amounts: Amounts = new Map();
  for (const [service, m] of base) {
    const d = delta.get(service);
    if (!d) {
      amounts.set(service, m);
      continue;
    }
    const out = new Map(m);
    for (const [customer, units] of d) out.set(customer, safe((out.get(customer) ?? 0) + units));
    amounts.set(service, out);
  }
  return { amounts, delta };
}

/**
 * A capped customer's adjustment over its charged rows with a last-year charge, on services that
 * still have uncapped customers: weighted as its hold says, or, when that leaves none of those
 * services or would take a row below zero, in proportion to its amounts. Null when there is no
 * such row or they cannot give up that much.
 */
function splitAdjustment(ctx: Context, customer: string, hold: Hold, adjustment: number, receivers: (service: string) => Share<string>[] | null): Map<string, number> | null {
  const amountOf = (service: string): number => ctx.base.get(service)?.get(customer) ?? 0;
  const rows = [...(ctx.comparable.get(customer)?.keys() ?? [])].filter((s) => amountOf(s) > 0 && receivers(s) !== null);
  if (rows.length === 0) return null;
  const weights = hold.weights;
  const weighted = weights === null ? [] : rows.filter((s) => (weights.get(s) ?? 0) > 0);
  if (weights !== null && weighted.length > 0) {
    const split = allocateSteps(adjustment, weighted.map((s) => share(s, weights.get(s) as number)));
    if ([...split].every(([s, units]) => amountOf(s) + units >= 0)) return split;
  }
  let room = 0;
  for (const s of rows) room += amountOf(s);
  // In proportion to the amounts, no row goes below zero as long as the total does not.
  if (-adjustment > room) return null;
  return allocateSteps(adjustment, rows.map((s) => share(s, amountOf(s))));
}

function share(id: string, weight: number): Share<string> {
  return { id, label: id, weight: new Dec(weight) };
}
