import { ZERO } from '../decimal';
import type { Model } from '../model';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { moneyText } from '../report/swedishNumbers';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { DIRECT_COST_DRIVER, normalizeName } from '../schema';
import type { FullCost } from './fullCost';
import { poolsOf } from './pools';

/**
 * Without Pooler every common pool is a warning, one per pool on its first Kostnader row: a pool
 * spreads its cost over every service, so a name that became one by mistake must be seen. The
 * services it reaches are those given a part of its rows that is not 0, through other pools
 * (Poolutbyte) too.
 */
export function reportUndeclaredPools(model: Model, fullCost: FullCost, problems: ProblemList, locate: Locator): void {
  if (model.pools !== null) return;
  const pools = poolsOf(model.costs);
  if (pools.length === 0) return;
  const reached = new Map<string, Set<string>>(pools.map((p) => [normalizeName(p.name), new Set<string>()]));
  for (const [service, parts] of fullCost.parts) {
    for (const part of parts) {
      if (part.row.target.level !== 'pool' || part.amount.isZero()) continue;
      reached.get(normalizeName(part.row.target.name))?.add(service);
    }
  }
  for (const pool of pools) {
    const key = normalizeName(pool.name);
    const first = pool.rows[0]!.row;
    const amount = pool.rows.reduce((total, r) => total.plus(r.amount), ZERO);
    const drivers = [...new Set(pool.rows.map((r) => r.driver ?? DIRECT_COST_DRIVER))];
    const n = reached.get(key)?.size ?? 0;
    const gives = model.poolFlows.some((f) => normalizeName(f.from) === key && !f.share.isZero());
    const at = locate.place('Kostnader', first, 'Kostnadsobjekt');
    problems.warning(
      'undeclared-pool',
      at,
      msg('commonPoolNotDeclared', { at, pool: pool.name, rows: pool.rows.length, amount: moneyText(amount), services: n, drivers: names(drivers), viaPools: gives }),
    );
  }
}
