import type { CostRow, PoolDeclaration } from '../model';
import { DIRECT_COST_DRIVER, normalizeName } from '../schema';
import type { CostObjects } from './costObjects';
import { allNames, sameWhenFolded } from './mistypedNames';
import { msg } from '../messages/catalog';
import { NameIndex } from './nameIndex';
import type { Services } from './readServices';
import type { TableReader } from './tableReader';

/** The pools Pooler declares, by name. */
export interface PoolDeclarations {
  list: PoolDeclaration[];
  byName: NameIndex<PoolDeclaration>;
}

/**
 * Pooler: Pool | Fördelas efter | Beskrivning. Null when the table is absent or has no rows (the
 * template's empty table declares nothing). A pool must not be a service, process or area, not
 * even but for case, spaces or accents; a name a few typing mistakes from one is accepted, since
 * declaring it is deliberate, with a warning.
 */
export function readPools(table: TableReader, services: Services, objects: CostObjects): PoolDeclarations | null {
  // Without its Pool column (a missing-column error) it declares nothing either.
  if (!table.present || !table.hasRows() || !table.has('Pool')) return null;
  const drivers = new NameIndex<string>();
  for (const d of services.driverNames) drivers.set(d, d);
  const list: PoolDeclaration[] = [];
  const byName = new NameIndex<PoolDeclaration>();
  for (const row of table.rows()) {
    const name = row.text('Pool', true);
    const driverText = row.text('Fördelas efter');
    const description = row.text('Beskrivning');
    if (name === null) continue;
    const earlier = byName.get(name);
    if (earlier) {
      table.report.error('duplicate-pool', row.place('Pool'), msg('duplicatePool', { at: row.place('Pool'), name, earlier: earlier.row }));
      continue;
    }
    const level = objects.kindOf(name);
    if (level !== null) {
      table.report.error('pool-is-not-a-pool', row.place('Pool'), msg('poolIsInServices', { at: row.place('Pool'), name, level }));
      continue;
    }
    const near = objects.suggest(name);
    if (near.length > 0 && near.some((n) => sameWhenFolded(n, name))) {
      table.report.error('pool-is-not-a-pool', row.place('Pool'), msg('poolSameAsService', { at: row.place('Pool'), name, near: allNames(near) }));
      continue;
    } else if (near.length > 0) {
      table.report.warning('pool-like-service', row.place('Pool'), msg('poolLikeService', { at: row.place('Pool'), name, near: allNames(near) }));
    }
    let driver: string | null | undefined;
    if (driverText !== null) {
      driver = normalizeName(driverText) === normalizeName(DIRECT_COST_DRIVER) ? null : drivers.get(driverText);
      if (driver === undefined) {
        // Still declared: its rows in Kostnader are not reported again as undeclared.
        table.report.error('unknown-driver', row.place('Fördelas efter'), msg('unknownDriver', { at: row.place('Fördelas efter'), text: driverText, drivers: allNames(services.driverNames), direct: DIRECT_COST_DRIVER }));
      }
    }
    const pool: PoolDeclaration = { name, driver, description, row: row.rowNumber };
    list.push(pool);
    byName.set(name, pool);
  }
  return { list, byName };
}

/** A declared pool with no row in Kostnader declares nothing that is spread: a warning on its row. */
export function reportPoolsWithoutCosts(table: TableReader, pools: PoolDeclarations | null, costs: readonly CostRow[]): void {
  if (pools === null) return;
  const booked = new Set(costs.filter((c) => c.target.level === 'pool').map((c) => normalizeName(c.target.name)));
  for (const pool of pools.list) {
    if (booked.has(normalizeName(pool.name))) continue;
    const place = table.place(pool.row, 'Pool');
    table.report.warning('pool-without-costs', place, msg('poolWithoutCosts', { at: place, name: pool.name }));
  }
}
