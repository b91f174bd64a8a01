import { Dec, ZERO } from '../decimal';
import type { Service } from '../model';
import { PRICING_MODELS, SERVICE_KINDS } from '../schema';
import { cleanName } from '../names';
import { Lookalikes } from './lookalikes';
import { NameIndex } from './nameIndex';
import { definedName, oncePerName } from './nameCells';
import type { TableReader } from './tableReader';
import { PRICE_STEP, QUANTITY, SHARE, UNIT_PRICE } from './ranges';
import { msg } from '../messages/catalog';

export interface Services {
  list: Service[];
  byName: NameIndex<Service>;
  driverNames: string[];
  /**
   * Names of rows left out because of an error already reported on the row (a bad Tjänstetyp,
   * Prismodell or Verksamhetsområde). References to them are not reported again as unknown.
   */
  rejected: NameIndex<number>;
}

/** True when `name` is a service whose row was rejected (its error already reported). */
export function isRejected(services: Services, name: string): boolean {
  return !services.byName.has(name) && services.rejected.has(name);
}

/** Prissteg when the column is empty. */
const DEFAULT_STEP = new Dec('0.01');

/**
 * Tjänster: one row per service; every extra column is a driver (number ≥ 0). Cross-references
 * (keys, payers, Kundtyper) are checked later, when the other tables are known.
 */
export function readServices(table: TableReader): Services {
  const list: Service[] = [];
  const byName = new NameIndex<Service>();
  const rejected = new NameIndex<number>();
  const driverNames = table.extras.map((e) => e.header);
  const lookalikes = { service: new Lookalikes(table, 'Tjänst', 'service'), area: new Lookalikes(table, 'Verksamhetsområde', 'area'), processes: new Lookalikes(table, 'Process', 'process') };
  const areaOnce = oncePerName();
  const processOnce = oncePerName();
  for (const row of table.rows()) {
    const name = definedName(row, 'Tjänst', true);
    const area = definedName(row, 'Verksamhetsområde', true, areaOnce, 'Kundsammanställning');
    const kind = row.choice('Tjänstetyp', SERVICE_KINDS, true);
    const model = row.choice('Prismodell', PRICING_MODELS, true);
    const key = row.text('Nyckel');
    const fixedShare = row.number('Fast andel', false, SHARE);
    const payer = row.text('Betalare');
    const typedStep = row.number('Prissteg', false, PRICE_STEP);
    const priceStep = typedStep ?? DEFAULT_STEP;
    const setPrice = row.number('Fastställt pris', false, UNIT_PRICE);
    const lastPrice = row.number('Fjolårspris', false, UNIT_PRICE);
    const typesText = row.text('Kundtyper');
    const drivers = new Map<string, Dec>();
    for (const extra of table.extras) {
      drivers.set(extra.header, row.numberAt(extra.index, extra.header, false, QUANTITY) ?? ZERO);
    }
    if (name === null) continue;
    if (area === null || kind === null || model === null) {
      rejected.set(name, row.rowNumber);
      continue;
    }
    const earlier = byName.get(name);
    if (earlier) {
      table.report.error('duplicate-service', row.place('Tjänst'), msg('duplicateService', { at: row.place('Tjänst'), name, earlier: earlier.row }));
      continue;
    }
    if ((model === 'Fast' || model === 'Blandad') && key === null) {
      table.report.error('missing-key', row.place('Nyckel'), msg('missingKey', { at: row.place('Nyckel'), name, model }));
    }
    if (model === 'Blandad' && fixedShare === null && row.isEmpty('Fast andel')) {
      table.report.error('missing-fixed-share', row.place('Fast andel'), msg('missingFixedShare', { at: row.place('Fast andel'), name }));
    }
    if (model === 'Direkt' && payer === null) {
      table.report.error('missing-payer', row.place('Betalare'), msg('missingPayer', { at: row.place('Betalare'), name }));
    }
    if (setPrice !== null && !(model === 'Styck' || model === 'Tim' || model === 'Blandad')) {
      table.report.warning('set-price-ignored', row.place('Fastställt pris'), msg('setPriceIgnored', { at: row.place('Fastställt pris'), model }));
    }
    const processName = definedName(row, 'Process', false, processOnce);
    const service: Service = {
      name,
      area,
      process: processName ?? name,
      kind,
      model,
      key,
      fixedShare,
      payer,
      unit: row.text('Enhet'),
      priceStep,
      priceStepGiven: typedStep !== null,
      setPrice: model === 'Styck' || model === 'Tim' || model === 'Blandad' ? setPrice : null,
      lastPrice,
      customerTypes: typesText === null ? null : typesText.split(/[,;]/).map(cleanName).filter((t) => t !== ''),
      description: row.text('Beskrivning'),
      sla: row.text('SLA'),
      drivers,
      row: row.rowNumber,
    };
    list.push(service);
    byName.set(name, service);
    lookalikes.service.add(name, service.row);
    lookalikes.area.add(area, service.row);
    if (processName !== null) lookalikes.processes.add(processName, service.row);
  }
  for (const l of Object.values(lookalikes)) l.report();
  return { list, byName, driverNames, rejected };
}
