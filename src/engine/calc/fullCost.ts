import { ZERO, sum, toNumber, type Dec } from '../decimal';
import { toUnits, unitsToDec, type Quotient } from '../exactUnits';
import type { CostRow, Model, Service } from '../model';
import { Rational, sumRational } from '../rational';
import { DIRECT_COST_DRIVER } from '../schema';
import type { ProblemList } from '../read/problemList';
import type { Locator } from '../read/locator';
import { msg } from '../messages/catalog';
import { poolNetwork, poolsOf, type PoolNetwork } from './pools';
import { keepShape } from '../shapes';

/** One cost row's part of a service's full cost: where it came from and how it was spread. */
export interface CostPart {
  row: CostRow;
  /** The driver used (a Tjänster column or "Direkt kostnad"); null for a row on the service. */
  driver: string | null;
  amount: Dec;
  /**
   * For a row on a common pool: the pool that passed this part on to the services. The row's
   * own pool, or another pool the cost reached through Poolutbyte (spread by that pool's driver).
   */
  pool?: string;
}

/** A common pool after the pools have served each other (Poolutbyte). */
export interface PoolCost {
  name: string;
  /** Its own rows in Kostnader. */
  own: Dec;
  /** Own rows plus what it receives from other pools (shown to 40 digits; may not end). */
  total: Dec;
  /** The part of the total that goes to the services (the rest goes to other pools). */
  toServices: Dec;
}

export interface FullCost {
  /** Exact full cost per service (nothing rounded; see "Exactness" below). */
  total: Map<string, Dec>;
  /** Direct cost per service: the rows booked on the service itself. */
  direct: Map<string, Dec>;
  /** Every cost row's part per service, for tracing a price back to its costs. */
  parts: Map<string, CostPart[]>;
  /** The common pools, in the order of their first row in Kostnader. */
  pools: PoolCost[];
}

/**
 * Step 1: direct rows go to their service; rows on a process, an area or a common pool are
 * spread over the services below them in proportion to a driver (a numeric column of
 * Tjänster, or the services' direct cost). Common pools first serve each other as Poolutbyte
 * says (calc/pools.ts); what each pool passes on to the services is spread as its own rows
 * are: in proportion to their amounts, each by its row's driver.
 *
 * Exactness: every share is an exact fraction. The services' totals are then written as
 * decimals with as many digits as the engine's Decimals hold (unitDigits: about 36 decimals for
 * a budget of thousands of kronor) by the largest-remainder method, so they sum exactly to the
 * sum of all cost rows: no cost is lost or created. Each service's parts are written the same
 * way, so they sum exactly to its total.
 */
export function computeFullCost(model: Model, problems: ProblemList, locate: Locator): FullCost {
  const errorsBefore = errorCount(problems);
  const direct = new Map<string, Dec>(model.services.map((s) => [s.name, ZERO]));
  for (const row of model.costs) {
    if (row.target.level !== 'service') continue;
    direct.set(row.target.name, (direct.get(row.target.name) ?? ZERO).plus(row.amount));
  }
  const spreads = new Spreads(model.services, direct);

  for (const row of model.costs) {
    if (row.target.level === 'service' || row.target.level === 'pool') continue;
    const group = spreads.group(row.target.level, row.target.name, row.driver);
    if (reportDriver(group, row, problems, locate)) continue;
    spreads.add(group, row, Rational.fromDec(row.amount), undefined);
  }
  const pools = spreadPools(model, problems, locate, spreads);

  const clean = errorCount(problems) === errorsBefore;
  const { total, parts } = spreads.settle(model, clean);
  return { total, direct, parts, pools };
}

function errorCount(problems: ProblemList): number {
  return problems.items.reduce((n, p) => n + (p.level === 'error' ? 1 : 0), 0);
}

/**
 * The services a row is spread over with their driver values as whole numbers (scaled by one
 * power of ten), so a service's exact share is weights[i] / whole; or why it cannot be spread.
 */
interface Group {
  driver: string | null;
  services: Service[];
  weights: bigint[];
  whole: bigint;
  problem: 'negative' | 'zero' | null;
  /** Σ of the amounts spread by this group so far. */
  amount: Rational;
}

/** A cost row's amount (or a part of it) spread over one group. */
interface Spread {
  row: CostRow;
  amount: Rational;
  group: Group;
  pool: string | undefined;
}

/** Reports why a row cannot be spread, as before pools could serve each other; true if it cannot. */
function reportDriver(group: Group, row: CostRow, problems: ProblemList, locate: Locator): boolean {
  if (group.problem === null) return false;
  const driverName = row.driver ?? DIRECT_COST_DRIVER;
  const target = row.target;
  if (group.problem === 'negative') {
    problems.error('negative-driver', locate.place('Kostnader', row.row, 'Fördelas efter'), msg('negativeDriver', { at: { table: 'Kostnader', row: row.row }, object: row.object, driver: driverName }));
  } else {
    problems.error('zero-driver', locate.place('Kostnader', row.row, 'Fördelas efter'), msg('zeroDriver', { at: { table: 'Kostnader', row: row.row }, object: row.object, driver: driverName, within: target.level === 'pool' ? null : target.name }));
  }
  return true;
}

/**
 * Common pools: each pool's rows reach the services through the pools their cost passes to
 * (exit[p][r] of pool r's cost leaves from pool p). What leaves from the row's own pool is
 * spread by the row's driver; what leaves from another pool by that pool's drivers, in
 * proportion to the amounts of its rows on each driver. Both together spread each pool's part
 * for the services over its rows in proportion to their amounts, each by its own driver.
 */
function spreadPools(model: Model, problems: ProblemList, locate: Locator, spreads: Spreads): PoolCost[] {
  const pools = poolsOf(model.costs);
  if (pools.length === 0) return [];
  const network = poolNetwork(model, problems, locate);
  if (network === null) return pools.map((p) => ({ name: p.name, own: sum(p.rows.map((r) => r.amount)), total: ZERO, toServices: ZERO }));

  // The rows that can be spread, and each pool's mix of drivers for what it receives.
  const rows = network.pools.map((pool, p) => {
    if ((network.keep[p] as Rational).isZero()) return pool.rows;
    return pool.rows.filter((row) => !reportDriver(spreads.group('pool', '', row.driver), row, problems, locate));
  });
  const own = rows.map((list) => sumRational(list.map((r) => Rational.fromDec(r.amount))));
  const mixes = network.pools.map((pool, p) => driverMix(rows[p] as CostRow[], own[p] as Rational, spreads));

  network.pools.forEach((pool, p) => {
    const receives = network.pools.some((_, r) => r !== p && (rows[r] as CostRow[]).length > 0 && !exitOf(network, p, r).isZero());
    if (!receives || mixes[p] !== null) return;
    const first = pool.rows[0] as CostRow;
    problems.error(
      'pool-mix-undefined',
      locate.place('Kostnader', first.row, 'Belopp'),
      msg('poolMixUndefined', { at: { table: 'Kostnader', row: first.row }, pool: pool.name }),
    );
  });

  network.pools.forEach((origin, r) => {
    for (const row of rows[r] as CostRow[]) {
      const amount = Rational.fromDec(row.amount);
      network.pools.forEach((via, p) => {
        const share = exitOf(network, p, r);
        if (share.isZero()) return;
        const leaving = amount.times(share);
        if (p === r) {
          spreads.add(spreads.group('pool', '', row.driver), row, leaving, via.name);
          return;
        }
        for (const { group, weight } of mixes[p] ?? []) {
          if (!weight.isZero()) spreads.add(group, row, leaving.times(weight), via.name);
        }
      });
    }
  });

  return network.pools.map((pool, p) => {
    const total = sumRational(network.pools.map((_, r) => (network.total[p] as Rational[])[r]!.times(own[r] as Rational)));
    return { name: pool.name, own: sum(pool.rows.map((r) => r.amount)), total: total.toDec(), toServices: total.times(network.keep[p] as Rational).toDec() };
  });
}

function exitOf(network: PoolNetwork, p: number, r: number): Rational {
  return (network.exit[p] as Rational[])[r] as Rational;
}

/**
 * A pool's drivers, each weighted by the amounts of the pool's rows on it over the pool's own
 * cost. One driver takes everything (even when the rows sum to 0); null when several drivers
 * share a pool whose rows sum to 0, so no weighting exists.
 */
function driverMix(rows: readonly CostRow[], own: Rational, spreads: Spreads): { group: Group; weight: Rational }[] | null {
  const byDriver = new Map<string | null, Rational>();
  for (const row of rows) byDriver.set(row.driver, (byDriver.get(row.driver) ?? Rational.ZERO).plus(Rational.fromDec(row.amount)));
  if (byDriver.size === 1) return [{ group: spreads.group('pool', '', [...byDriver.keys()][0] ?? null), weight: Rational.ONE }];
  if (own.isZero()) return byDriver.size === 0 ? [] : null;
  return [...byDriver].map(([driver, amount]) => ({ group: spreads.group('pool', '', driver), weight: amount.div(own) }));
}

/** The groups a workbook's rows are spread over, and every spread, until they are settled. */
class Spreads {
  private readonly groups = new Map<string, Group>();
  private readonly list: Spread[] = [];

  constructor(
    private readonly services: Service[],
    private readonly direct: Map<string, Dec>,
  ) {}

  group(level: 'process' | 'area' | 'pool', name: string, driver: string | null): Group {
    const id = `${level}\u0000${name}\u0000${driver ?? ''}`;
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = this.build(level, name, driver)));
    return g;
  }

  add(group: Group, row: CostRow, amount: Rational, pool: string | undefined): void {
    if (group.problem !== null) throw new Error(`Spreads: row ${row.row} added to a group that cannot be spread`);
    group.amount = group.amount.plus(amount);
    this.list.push({ row, amount, group, pool });
  }

  private build(level: 'process' | 'area' | 'pool', name: string, driver: string | null): Group {
    const services = this.services.filter((s) => (level === 'pool' ? true : level === 'process' ? s.process === name : s.area === name));
    const values = services.map((s) => (driver === null ? (this.direct.get(s.name) ?? ZERO) : (s.drivers.get(driver) ?? ZERO)));
    const empty = { driver, services: [], weights: [], whole: 0n, amount: Rational.ZERO };
    if (values.some((w) => w.isNegative())) return { ...empty, problem: 'negative' };
    if (!sum(values).gt(0)) return { ...empty, problem: 'zero' };
    const kept = services.map((s, i) => ({ s, w: values[i] as Dec })).filter((x) => !x.w.isZero());
    const places = kept.reduce((p, x) => Math.max(p, x.w.decimalPlaces()), 0);
    const weights = kept.map(({ w }) => wholeNumber(w, places));
    return { driver, services: kept.map((x) => x.s), weights, whole: weights.reduce((a, b) => a + b, 0n), problem: null, amount: Rational.ZERO };
  }

  /**
   * Every service's exact total, written in units of 10^-digits so the totals sum exactly to
   * the sum of the cost rows (ties by Swedish alphabetical service name), then each service's
   * parts written so they sum exactly to its total.
   */
  settle(model: Model, clean: boolean): { total: Map<string, Dec>; parts: Map<string, CostPart[]> } {
    const index = new Map(this.services.map((s, i) => [s.name, i]));
    const raw = this.services.map((): { part: Omit<CostPart, 'amount'>; value: Quotient }[] => []);
    for (const row of model.costs) {
      if (row.target.level !== 'service') continue;
      const at = index.get(row.target.name);
      if (at === undefined) continue;
      raw[at]!.push({ part: { row, driver: null }, value: Rational.fromDec(row.amount) });
    }
    for (const sp of this.list) {
      const driver = sp.group.driver ?? DIRECT_COST_DRIVER;
      const d = sp.amount.d * sp.group.whole;
      sp.group.services.forEach((s, i) => {
        const part: Omit<CostPart, 'amount'> = sp.pool === undefined ? { row: sp.row, driver } : { row: sp.row, driver, pool: sp.pool };
        raw[index.get(s.name) as number]!.push({ part, value: { n: sp.amount.n * (sp.group.weights[i] as bigint), d } });
      });
    }

    // Exact totals, not reduced (only their floors and remainders are needed): a service's
    // share of a group is amount · weight / whole, and Σ weights = whole, so the groups' amounts
    // and the direct rows together are the grand total.
    const directs = this.services.map((s) => Rational.fromDec(this.direct.get(s.name) ?? ZERO));
    let grand = sumRational(directs);
    const exact: Quotient[] = [...directs];
    for (const g of this.groups.values()) {
      if (g.amount.isZero()) continue;
      grand = grand.plus(g.amount);
      const d = g.amount.d * g.whole;
      g.services.forEach((s, i) => {
        const at = index.get(s.name) as number;
        exact[at] = addQuotients(exact[at] as Quotient, { n: g.amount.n * (g.weights[i] as bigint), d });
      });
    }
    if (clean) {
      const rows = sumRational(model.costs.map((c) => Rational.fromDec(c.amount)));
      if (!grand.eq(rows)) throw new Error(`computeFullCost: the services' full costs sum to ${grand}, the cost rows to ${rows}`);
    }
    const digits = unitDigits(model, raw.flat().map((p) => p.value));
    const scaled = grand.n * 10n ** BigInt(digits);
    const grandUnits = scaled / grand.d - (scaled < 0n && scaled % grand.d !== 0n ? 1n : 0n);
    const byName = this.services.map((_, i) => i).sort((a, b) => collator.compare(this.services[a]!.name, this.services[b]!.name));
    const sortedUnits = toUnits(byName.map((i) => exact[i] as Quotient), grandUnits, digits);
    const units = new Array<bigint>(this.services.length);
    byName.forEach((i, k) => (units[i] = sortedUnits[k] as bigint));

    const total = new Map<string, Dec>();
    const parts = new Map<string, CostPart[]>();
    this.services.forEach((s, i) => {
      const own = raw[i]!;
      const partUnits = toUnits(own.map((p) => p.value), units[i] as bigint, digits);
      total.set(s.name, unitsToDec(units[i] as bigint, digits));
      parts.set(s.name, own.map((p, k) => costPart(p.part, unitsToDec(partUnits[k] as bigint, digits))));
    });
    return { total, parts };
  }
}

/**
 * A cost part with its amount. Every part has the same four fields (pool undefined when there is
 * none), so all share one hidden class made by this literal, rather than a spread's classes that
 * V8 lets die between runs and code that saw them be thrown away (shapes.ts).
 */
function costPart(part: Omit<CostPart, 'amount'>, amount: Dec): CostPart {
  return { row: part.row, driver: part.driver, amount, pool: part.pool };
}

const collator = new Intl.Collator('sv', { sensitivity: 'variant' });

function addQuotients(a: Quotient, b: Quotient): Quotient {
  if (a.n === 0n) return b;
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** value · 10^places as a BigInt; value has at most `places` decimals. */
function wholeNumber(value: Dec, places: number): bigint {
  if (places === 0) {
    const n = toNumber(value);
    if (Number.isSafeInteger(n)) return BigInt(n);
  }
  return BigInt(value.times(`1e${places}`).toFixed(0));
}

/**
 * How many decimals the full costs keep: as many as the engine's 40-digit Decimals hold for the
 * largest sum they can form (Σ |parts|), so the parts, the totals and any sum of them are
 * exact Decimals, and nothing is coarser than the 40 digits a plain division would give.
 */
function unitDigits(model: Model, values: readonly Quotient[]): number {
  let bound = 1n;
  for (const v of values) bound += (v.n < 0n ? -v.n : v.n) / v.d + 1n;
  let decimals = 0;
  for (const c of model.costs) decimals = Math.max(decimals, c.amount.decimalPlaces());
  return Math.max(decimals, 39 - bound.toString().length);
}

keepShape(new Spreads([], new Map()));
