import { plus, ZERO, type Dec } from '../decimal';
import type { DeviationType, Settings, Volume } from '../model';
import type { Customers } from './readCustomers';
import { isRejected, type Services } from './readServices';
import type { Row, TableReader } from './tableReader';
import { NameIndex } from './nameIndex';

const NON_NEGATIVE = { min: 0 } as const;

/** resolve(text), worked out once per distinct text (texts that resolve to nothing too). */
function spellings(resolve: (text: string) => string | undefined): (text: string) => string | undefined {
  // null for a text known to resolve to nothing, so a hit is one lookup
  const known = new Map<string, string | null>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const name = resolve(text);
    known.set(text, name ?? null);
    return name;
  };
}

interface Names {
  customer: string;
  service: string;
}

/**
 * Resolves the Kund and Tjänst cells of a row; reports unknown names (on every row they are on).
 * Each spelling is looked up once, and rows of one customer and service, which usually come
 * together, share one Names object.
 */
function nameResolver(table: TableReader, customers: Customers, services: Services): (row: Row) => Names | null {
  const kund = table.columnIndex('Kund');
  const tjanst = table.columnIndex('Tjänst');
  const customerOf = spellings((text) => customers.byName.get(text)?.name);
  const serviceOf = spellings((text) => services.byName.get(text)?.name);
  let last: Names | null = null;
  return (row) => {
    const customerText = row.textAt(kund, 'Kund', true);
    const serviceText = row.textAt(tjanst, 'Tjänst', true);
    const customer = customerText === null ? undefined : customerOf(customerText);
    const service = serviceText === null ? undefined : serviceOf(serviceText);
    if (customerText !== null && !customer) {
      row.report.error('unknown-customer', row.place('Kund'), `${row.where('Kund')}: kunden "${customerText}" finns inte i tabellen Nycklar.`);
    }
    if (serviceText !== null && !service && !isRejected(services, serviceText)) {
      row.report.error('unknown-service', row.place('Tjänst'), `${row.where('Tjänst')}: tjänsten "${serviceText}" finns inte i tabellen Tjänster.`);
    }
    if (!customer || !service) return null;
    if (last === null || last.customer !== customer || last.service !== service) last = { customer, service };
    return last;
  };
}

/** Volymer: service -> customer -> volume; duplicate pairs are summed with a warning. */
export function readVolumes(table: TableReader, customers: Customers, services: Services): Map<string, Map<string, Volume>> {
  const out = new Map<string, Map<string, Volume>>();
  const customerAndService = nameResolver(table, customers, services);
  const volym = table.columnIndex('Volym');
  const fjolarsvolym = table.columnIndex('Fjolårsvolym');
  table.eachRow((row) => {
    const names = customerAndService(row);
    const volume = row.numberIn(volym, 'Volym', true, NON_NEGATIVE);
    const lastVolume = row.numberIn(fjolarsvolym, 'Fjolårsvolym', false, NON_NEGATIVE);
    if (!names || volume === null) return;
    let perService = out.get(names.service);
    if (!perService) out.set(names.service, (perService = new Map()));
    const earlier = perService.get(names.customer);
    if (earlier) {
      table.report.warning('duplicate-volume', row.place('Volym'), `${row.where('Volym')}: ${names.customer} har redan en volym för ${names.service} på rad ${earlier.row}; volymerna summeras.`);
      earlier.volume = earlier.volume.plus(volume);
      if (lastVolume !== null) earlier.lastVolume = (earlier.lastVolume ?? ZERO).plus(lastVolume);
      return;
    }
    perService.set(names.customer, { volume, lastVolume, row: row.rowNumber });
  });
  return out;
}

/** Avvikelsetyper: service -> deviation name -> standard cost per event. */
export function readDeviationTypes(table: TableReader, services: Services, settings: Settings): Map<string, Map<string, DeviationType>> {
  const out = new Map<string, Map<string, DeviationType>>();
  const seen = new Map<string, NameIndex<DeviationType>>();
  for (const row of table.rows()) {
    const name = row.text('Avvikelse', true);
    const serviceText = row.text('Tjänst', true);
    const service = serviceText === null ? undefined : services.byName.get(serviceText);
    if (serviceText !== null && !service && !isRejected(services, serviceText)) {
      table.report.error('unknown-service', row.place('Tjänst'), `${row.where('Tjänst')}: tjänsten "${serviceText}" finns inte i tabellen Tjänster.`);
    }
    const perEvent = row.number('Kostnad per styck', false, { min: 0 });
    const minutes = row.number('Minuter', false, { min: 0 });
    if (name === null || !service) continue;
    let unitCost: Dec | null = null;
    if (perEvent !== null) {
      unitCost = perEvent;
      if (minutes !== null) {
        table.report.warning('cost-and-minutes', row.place('Minuter'), `${row.where('Minuter')}: både Kostnad per styck och Minuter är ifyllda; Kostnad per styck används.`);
      }
    } else if (minutes !== null) {
      if (settings.hourlyCost === null) {
        table.report.error('missing-hourly-cost', row.place('Minuter'), `${row.where('Minuter')}: avvikelsen anges i minuter men inställningen Timkostnad saknas i tabellen Inställningar.`);
        continue;
      }
      unitCost = minutes.times(settings.hourlyCost).div(60);
    } else if (row.isEmpty('Kostnad per styck') && row.isEmpty('Minuter')) {
      table.report.error('missing-value', row.place('Kostnad per styck'), `${row.where('Kostnad per styck')}: ange Kostnad per styck eller Minuter för avvikelsen "${name}".`);
      continue;
    } else {
      continue;
    }
    let index = seen.get(service.name);
    if (!index) seen.set(service.name, (index = new NameIndex()));
    const earlier = index.get(name);
    if (earlier) {
      table.report.error('duplicate-deviation-type', row.place('Avvikelse'), `${row.where('Avvikelse')}: avvikelsen "${name}" för ${service.name} finns redan på rad ${earlier.row}.`);
      continue;
    }
    const type: DeviationType = { service: service.name, name, unitCost, description: row.text('Beskrivning'), row: row.rowNumber };
    index.set(name, type);
    let perService = out.get(service.name);
    if (!perService) out.set(service.name, (perService = new Map()));
    perService.set(name, type);
  }
  return out;
}

/** Avvikelser: service -> customer -> deviation name -> count (repeated rows summed). */
export function readDeviations(
  table: TableReader,
  customers: Customers,
  services: Services,
  types: Map<string, Map<string, DeviationType>>,
): Map<string, Map<string, Map<string, Dec>>> {
  const out = new Map<string, Map<string, Map<string, Dec>>>();
  const indexes = new Map<string, NameIndex<DeviationType>>();
  const typeIndex = (service: string): NameIndex<DeviationType> | undefined => {
    let index = indexes.get(service);
    const perType = types.get(service);
    if (!index && perType) {
      index = new NameIndex<DeviationType>();
      for (const t of perType.values()) index.set(t.name, t);
      indexes.set(service, index);
    }
    return index;
  };
  const customerAndService = nameResolver(table, customers, services);
  // The maps of the row before, reused while the rows stay on one service and customer.
  let service = '';
  let perService: Map<string, Map<string, Dec>> | undefined;
  let serviceTypes: NameIndex<DeviationType> | undefined;
  let customer = '';
  let perCustomer: Map<string, Dec> | undefined;
  const avvikelse = table.columnIndex('Avvikelse');
  const antal = table.columnIndex('Antal');
  table.eachRow((row) => {
    const names = customerAndService(row);
    const typeText = row.textAt(avvikelse, 'Avvikelse', true);
    const count = row.numberIn(antal, 'Antal', true, NON_NEGATIVE);
    if (!names || typeText === null || count === null) return;
    if (names.service !== service || perService === undefined) {
      service = names.service;
      serviceTypes = typeIndex(service);
      perService = out.get(service);
      perCustomer = undefined;
    }
    const type = serviceTypes?.get(typeText);
    if (!type) {
      table.report.error('unknown-deviation', row.place('Avvikelse'), `${row.where('Avvikelse')}: avvikelsen "${typeText}" finns inte för tjänsten ${names.service} i tabellen Avvikelsetyper.`);
      return;
    }
    if (!perService) out.set(service, (perService = new Map()));
    if (names.customer !== customer || perCustomer === undefined) {
      customer = names.customer;
      perCustomer = perService.get(customer);
      if (!perCustomer) perService.set(customer, (perCustomer = new Map()));
    }
    // Decimals are immutable: the first count is kept as read (small whole counts are shared
    // instances), so a million rows do not make a million new ones.
    const before = perCustomer.get(type.name);
    perCustomer.set(type.name, before === undefined ? count : plus(before, count));
  });
  return out;
}
