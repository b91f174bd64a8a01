import type { CostRow, CostTarget, Service } from '../model';
import { DIRECT_COST_DRIVER, normalizeName } from '../schema';
import type { TableReader } from './tableReader';
import { isRejected, type Services } from './readServices';
import { nameList } from '../nameList';
import { AMOUNT } from './ranges';

/**
 * Kostnader: each row is resolved to a service, a process, an area or (any other name) a common
 * pool, in that order; a name that fits several levels is resolved to the first with a warning.
 */
export function readCosts(table: TableReader, services: Services): CostRow[] {
  const processes = new Set(services.list.map((s) => normalizeName(s.process)));
  const areas = new Set(services.list.map((s) => normalizeName(s.area)));
  const drivers = new Map(services.driverNames.map((d) => [normalizeName(d), d]));
  const out: CostRow[] = [];
  for (const row of table.rows()) {
    const object = row.text('Kostnadsobjekt', true);
    const amount = row.number('Belopp', true, AMOUNT);
    const driverText = row.text('Fördelas efter');
    if (object === null || amount === null) continue;
    if (amount.isNegative()) {
      table.report.warning('negative-cost', row.place('Belopp'), `${row.where('Belopp')}: beloppet är negativt och minskar kostnaden för "${object}".`);
    }
    const service = services.byName.get(object);
    const key = normalizeName(object);
    // A row on a service whose Tjänster row was rejected: that error stops the run already, and
    // the row must not silently become a common pool.
    if (!service && isRejected(services, object)) continue;
    let target: CostTarget;
    if (service) {
      target = { level: 'service', name: service.name };
      const also = [processes.has(key) && service.process !== service.name ? 'en process' : null, areas.has(key) ? 'ett verksamhetsområde' : null].filter(Boolean);
      if (also.length > 0) {
        table.report.warning('ambiguous-cost-object', row.place('Kostnadsobjekt'), `${row.where('Kostnadsobjekt')}: "${object}" är både en tjänst och ${also.join(' och ')}; raden bokas på tjänsten.`);
      }
    } else if (processes.has(key)) {
      target = { level: 'process', name: canonical(services.list, (s) => s.process, key) };
      if (areas.has(key)) {
        table.report.warning('ambiguous-cost-object', row.place('Kostnadsobjekt'), `${row.where('Kostnadsobjekt')}: "${object}" är både en process och ett verksamhetsområde; raden fördelas på processens tjänster.`);
      }
    } else if (areas.has(key)) {
      target = { level: 'area', name: canonical(services.list, (s) => s.area, key) };
    } else {
      target = { level: 'pool', name: object };
    }
    let driver: string | null = null;
    if (driverText !== null && normalizeName(driverText) !== normalizeName(DIRECT_COST_DRIVER)) {
      const found = drivers.get(normalizeName(driverText));
      if (!found) {
        table.report.error('unknown-driver', row.place('Fördelas efter'), `${row.where('Fördelas efter')}: "${driverText}" är varken en drivarkolumn i Tjänster${services.driverNames.length ? ` (${nameList(services.driverNames)})` : ''} eller "${DIRECT_COST_DRIVER}".`);
        continue;
      }
      driver = found;
      if (target.level === 'service') {
        table.report.warning('driver-ignored', row.place('Fördelas efter'), `${row.where('Fördelas efter')}: raden bokas direkt på tjänsten "${target.name}", så drivaren används inte.`);
      }
    }
    out.push({ object, target, costType: row.text('Kostnadsslag'), amount, driver, row: row.rowNumber });
  }
  return out;
}

function canonical(services: Service[], pick: (s: Service) => string, key: string): string {
  return pick(services.find((s) => normalizeName(pick(s)) === key) as Service);
}
