import type { Dec } from '../decimal';
import type { CostRow, Model, PoolFlow } from '../model';
import { Rational } from '../rational';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { normalizeName } from '../schema';
import { inverse } from './inverse';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';

/** A common pool: the Kostnader rows on one name that is not a service, process or area. */
export interface Pool {
  /** Spelt as its first row in Kostnader. */
  name: string;
  /** Its rows, in Kostnader order. */
  rows: CostRow[];
}

/**
 * How the pools' own costs reach the services once the pools have served each other
 * (Poolutbyte). With T the pools' totals and D their own rows, T_p = D_p + Σ_q a_qp · T_q, where
 * a_qp is the share of q's total that q gives to p. So T = M · D with M = (I − Aᵀ)⁻¹, and pool p
 * passes keep_p · T_p = Σ_r exit[p][r] · D_r on to the services.
 */
export interface PoolNetwork {
  /** In the order of their first row in Kostnader. */
  pools: Pool[];
  /** keep[p]: the share of pool p's total that goes to the services (1 − what it gives to pools). */
  keep: Rational[];
  /** exit[p][r]: the share of pool r's own cost that reaches the services through pool p. */
  exit: Rational[][];
  /** total[p][r]: the share of pool r's own cost that passes through pool p (M above). */
  total: Rational[][];
}

const collator = new Intl.Collator('sv', { sensitivity: 'variant' });

/** The common pools of Kostnader, in the order of their first row. */
export function poolsOf(costs: readonly CostRow[]): Pool[] {
  const byKey = new Map<string, Pool>();
  for (const row of costs) {
    if (row.target.level !== 'pool') continue;
    const key = normalizeName(row.target.name);
    let pool = byKey.get(key);
    if (!pool) byKey.set(key, (pool = { name: row.target.name, rows: [] }));
    pool.rows.push(row);
  }
  return [...byKey.values()];
}

/**
 * Solves the pools' exchange exactly under the workbook's Poolmetod: Ömsesidig (the reciprocal
 * method, every flow as written) or Stegvis (step-down: the pools one after another, flows to a
 * pool already spread ignored with a warning). Null, with an error naming the pools, when the
 * reciprocal system has no solution: pools whose costs only go round among themselves.
 */
export function poolNetwork(model: Model, problems: ProblemList, locate: Locator): PoolNetwork | null {
  const pools = poolsOf(model.costs);
  const n = pools.length;
  const index = new Map(pools.map((p, i) => [normalizeName(p.name), i]));
  const used: (PoolFlow & { giver: number; receiver: number })[] = [];
  for (const f of model.poolFlows) {
    const giver = index.get(normalizeName(f.from));
    const receiver = index.get(normalizeName(f.to));
    if (giver === undefined || receiver === undefined) throw new Error(`poolNetwork: unknown pool in Poolutbyte row ${f.row}`);
    if (!f.share.isZero()) used.push({ ...f, giver, receiver });
  }
  const flows = model.settings.poolMethod === 'Stegvis' ? stepDown(pools, used, problems, locate) : used;

  const shares: Rational[][] = pools.map(() => pools.map(() => Rational.ZERO));
  for (const f of flows) (shares[f.giver] as Rational[])[f.receiver] = Rational.fromDec(f.share);
  const keep = shares.map((row) => row.reduce((left, s) => left.minus(s), Rational.ONE));

  const closed = closedPools(n, flows, keep);
  if (closed.size > 0) {
    reportCycles(pools, flows, closed, problems, locate);
    return null;
  }
  const system = pools.map((_, p) => pools.map((_, q) => (p === q ? Rational.ONE : Rational.ZERO).minus((shares[q] as Rational[])[p] as Rational)));
  const total = inverse(system);
  if (total === null) throw new Error('poolNetwork: the pools reach the services, yet the system is singular');
  const exit = total.map((row, p) => row.map((m) => m.times(keep[p] as Rational)));
  return { pools, keep, exit, total };
}

/**
 * Step-down: the pool that gives the largest share of its total to other pools is spread
 * first, then the next (ties in Swedish alphabetical order). A pool gives only to pools later in
 * that order; a flow to an earlier pool is dropped, with a warning, and its share goes to the
 * services with the rest. The order does not depend on the order of any table's rows.
 */
function stepDown<F extends PoolFlow & { giver: number; receiver: number }>(pools: Pool[], flows: F[], problems: ProblemList, locate: Locator): F[] {
  const given = pools.map(() => Rational.ZERO);
  for (const f of flows) given[f.giver] = (given[f.giver] as Rational).plus(Rational.fromDec(f.share));
  const order = pools.map((_, i) => i).sort((a, b) => (given[b] as Rational).compare(given[a] as Rational) || collator.compare(pools[a]!.name, pools[b]!.name));
  const rank = new Map(order.map((p, i) => [p, i]));
  const sequence = names(order.map((p, i) => `${i + 1}. ${pools[p]!.name}`));
  const kept: F[] = [];
  for (const f of flows) {
    if ((rank.get(f.receiver) as number) > (rank.get(f.giver) as number)) {
      kept.push(f);
      continue;
    }
    const at = locate.place('Poolutbyte', f.row, 'Till pool');
    problems.warning('pool-flow-ignored', at, msg('poolFlowIgnored', { at, order: sequence, from: f.from, to: f.to, share: percent(f.share) }));
  }
  return kept;
}

/**
 * Pools whose costs can never reach a service: they give everything away (keep 0), and only to
 * pools of the same kind. (I − Aᵀ) is invertible exactly when every pool reaches one that keeps a
 * share (the theory of absorbing Markov chains), so these pools are the whole of the problem.
 */
function closedPools(n: number, flows: readonly { giver: number; receiver: number }[], keep: Rational[]): Set<number> {
  const reaches = new Set<number>();
  for (let p = 0; p < n; p++) if ((keep[p] as Rational).sign() > 0) reaches.add(p);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of flows) {
      if (reaches.has(f.receiver) && !reaches.has(f.giver)) {
        reaches.add(f.giver);
        changed = true;
      }
    }
  }
  const closed = new Set<number>();
  for (let p = 0; p < n; p++) if (!reaches.has(p)) closed.add(p);
  return closed;
}

/** One error per group of closed pools linked by flows, on the group's first Poolutbyte row. */
function reportCycles(pools: Pool[], flows: readonly (PoolFlow & { giver: number; receiver: number })[], closed: Set<number>, problems: ProblemList, locate: Locator): void {
  const parent = new Map([...closed].map((p) => [p, p]));
  const find = (p: number): number => {
    while (parent.get(p) !== p) p = parent.get(p) as number;
    return p;
  };
  const inside = flows.filter((f) => closed.has(f.giver) && closed.has(f.receiver));
  for (const f of inside) parent.set(find(f.giver), find(f.receiver));
  const groups = new Map<number, number[]>();
  for (const p of [...closed].sort((a, b) => a - b)) {
    const root = find(p);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  for (const members of groups.values()) {
    const rows = inside.filter((f) => members.includes(f.giver)).map((f) => f.row).sort((a, b) => a - b);
    const first = rows[0] ?? 1;
    const closedNames = members.map((p) => pools[p]!.name).sort(collator.compare);
    problems.error('pool-cycle', locate.place('Poolutbyte', first, 'Andel'), msg('poolCycle', { rows: names(rows), pools: names(closedNames) }));
  }
}

function percent(share: Dec): string {
  return `${share.times(100).toString().replace('.', ',')} %`;
}
