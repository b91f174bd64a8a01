import type { CostRow, CostTarget, Service } from '../model';
import { DIRECT_COST_DRIVER, normalizeName } from '../schema';
import type { ProblemList } from './problemList';
import type { Row, TableReader } from './tableReader';
import type { CostObjects } from './costObjects';
import { MistypedNames, allNames } from './mistypedNames';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import type { ServiceLevel } from '../messages/read';
import type { PoolDeclarations } from './readPools';
import { isRejected, type Services } from './readServices';
import { AMOUNT } from './ranges';

/**
 * Kostnader: each row is resolved to a service, a process, an area or (any other name) a common
 * pool, in that order; a name that fits several levels is resolved to the first with a warning.
 * A pool must be deliberate: with Pooler (pools not null) it must be declared there; without,
 * a name a few typing mistakes from a service, process or area is an error (MistypedNames).
 * A pool row that leaves Fördelas efter blank takes its pool's driver from Pooler.
 */
export function readCosts(table: TableReader, services: Services, objects: CostObjects, pools: PoolDeclarations | null): CostRow[] {
  const { processes, areas } = objects;
  const declared = pools === null ? null : new MistypedNames(pools.list.map((p) => p.name));
  const drivers = new Map(services.driverNames.map((d) => [normalizeName(d), d]));
  const out: CostRow[] = [];
  for (const row of table.rows()) {
    const object = row.text('Kostnadsobjekt', true);
    const amount = row.number('Belopp', true, AMOUNT);
    const driverText = row.text('Fördelas efter');
    if (object === null || amount === null) continue;
    if (amount.isNegative()) {
      table.report.warning('negative-cost', row.place('Belopp'), msg('negativeCost', { at: row.place('Belopp'), object }));
    }
    const service = services.byName.get(object);
    const key = normalizeName(object);
    // A row on a service whose Tjänster row was rejected: that error stops the run already, and
    // the row must not silently become a common pool.
    if (!service && isRejected(services, object)) continue;
    let target: CostTarget;
    if (service) {
      target = { level: 'service', name: service.name };
      const also: ServiceLevel[] = [];
      if (processes.has(key) && service.process !== service.name) also.push('process');
      if (areas.has(key)) also.push('area');
      if (also.length > 0) {
        table.report.warning('ambiguous-cost-object', row.place('Kostnadsobjekt'), msg('serviceIsAlso', { at: row.place('Kostnadsobjekt'), object, also }));
      }
    } else if (processes.has(key)) {
      target = { level: 'process', name: canonical(services.list, (s) => s.process, key) };
      if (areas.has(key)) {
        table.report.warning('ambiguous-cost-object', row.place('Kostnadsobjekt'), msg('processIsAlsoArea', { at: row.place('Kostnadsobjekt'), object }));
      }
    } else if (areas.has(key)) {
      target = { level: 'area', name: canonical(services.list, (s) => s.area, key) };
    } else {
      const pool = pools?.byName.get(object);
      if (!pool && !reportUndeclared(table.report, row, object, objects, pools, declared)) continue;
      target = { level: 'pool', name: pool?.name ?? object };
    }
    let driver: string | null = null;
    const pool = target.level === 'pool' ? pools?.byName.get(target.name) : undefined;
    if (driverText === null && pool?.driver !== undefined) {
      driver = pool.driver;
    } else if (driverText !== null && normalizeName(driverText) !== normalizeName(DIRECT_COST_DRIVER)) {
      const found = drivers.get(normalizeName(driverText));
      if (!found) {
        table.report.error('unknown-driver', row.place('Fördelas efter'), msg('unknownDriver', { at: row.place('Fördelas efter'), text: driverText, drivers: names(services.driverNames), direct: DIRECT_COST_DRIVER }));
        continue;
      }
      driver = found;
      if (target.level === 'service') {
        table.report.warning('driver-ignored', row.place('Fördelas efter'), msg('driverIgnored', { at: row.place('Fördelas efter'), service: target.name }));
      }
    }
    out.push({ object, target, costType: row.text('Kostnadsslag'), amount, driver, row: row.rowNumber });
  }
  return out;
}

/**
 * A pool row whose name is not declared: with Pooler an error; without, an error only when the
 * name looks like a service, process or area mistyped. False when the row is rejected.
 */
function reportUndeclared(problems: ProblemList, row: Row, object: string, objects: CostObjects, pools: PoolDeclarations | null, declared: MistypedNames | null): boolean {
  const near = [...objects.suggest(object), ...(declared?.suggest(object) ?? [])];
  if (pools === null && near.length === 0) return true;
  if (!objects.complete) return false;
  const at = row.place('Kostnadsobjekt');
  if (near.length > 0) {
    problems.error('mistyped-cost-object', at, msg('mistypedCostObject', { at, object, pooler: pools !== null, near: allNames(near) }));
  } else {
    // Here Pooler is there: without it a name like no service is a pool (returned above).
    problems.error('undeclared-pool', at, msg('undeclaredPool', { at, object, pools: names((pools?.list ?? []).map((p) => p.name)) }));
  }
  return false;
}

function canonical(services: Service[], pick: (s: Service) => string, key: string): string {
  return pick(services.find((s) => normalizeName(pick(s)) === key) as Service);
}
