import { plus, ZERO, type Dec } from '../decimal';
import type { Customer, DeviationType, Service, Settings, Volume } from '../model';
import { keepShape } from '../shapes';
import type { Customers } from './readCustomers';
import { isRejected, type Services } from './readServices';
import { EMPTY_READER, type Row, type TableReader } from './tableReader';
import { NameIndex } from './nameIndex';
import { MINUTES, QUANTITY, UNIT_PRICE } from './ranges';
import { LookIndex, Lookalikes, lookalikeHint } from './lookalikes';
import { cleanName } from '../names';
import { definedName, onlyInvisible } from './nameCells';
import { normalizeName } from '../schema';
import { msg } from '../messages/catalog';


/** A name's spellings in a table, each looked up once in a NameIndex (texts that name nothing too). */
class Spellings {
  // null for a text known to name nothing, so a hit is one lookup
  private readonly known = new Map<string, string | null>();

  constructor(private readonly index: NameIndex<{ name: string }>) {}

  name(text: string): string | undefined {
    const hit = this.known.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const name = this.index.get(text)?.name;
    this.known.set(text, name ?? null);
    return name;
  }
}

interface Looks {
  customer: LookIndex;
  service: LookIndex;
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
export class NameResolver {
  private readonly kund: number | undefined;
  private readonly tjanst: number | undefined;
  private readonly customerOf: Spellings;
  private readonly serviceOf: Spellings;
  private last: Names | null = null;

  constructor(
    table: TableReader,
    customers: NameIndex<Customer>,
    services: NameIndex<Service>,
    /** Tjänster rows left out for an error already reported (Services.rejected). */
    private readonly rejected: NameIndex<number>,
    /** The defined names an unknown one may look like (lookalikes.ts). */
    private readonly looks: Looks,
  ) {
    this.kund = table.columnIndex('Kund');
    this.tjanst = table.columnIndex('Tjänst');
    this.customerOf = new Spellings(customers);
    this.serviceOf = new Spellings(services);
  }

  names(row: Row): Names | null {
    const customerText = row.textAt(this.kund, 'Kund', true);
    const serviceText = row.textAt(this.tjanst, 'Tjänst', true);
    const customer = customerText === null ? undefined : this.customerOf.name(customerText);
    const service = serviceText === null ? undefined : this.serviceOf.name(serviceText);
    if (customerText !== null && !customer) {
      if (cleanName(customerText) === '') onlyInvisible(row, 'Kund');
      else row.report.error('unknown-customer', row.place('Kund'), msg('unknownCustomer', { at: row.place('Kund'), name: customerText, hint: lookalikeHint(customerText, this.looks.customer.similar(customerText)) }));
    }
    if (serviceText !== null && !service && !this.rejected.has(serviceText)) {
      if (cleanName(serviceText) === '') onlyInvisible(row, 'Tjänst');
      else row.report.error('unknown-service', row.place('Tjänst'), msg('unknownService', { at: row.place('Tjänst'), name: serviceText, hint: lookalikeHint(serviceText, this.looks.service.similar(serviceText)) }));
    }
    if (!customer || !service) return null;
    const last = this.last;
    if (last !== null && last.customer === customer && last.service === service) return last;
    return (this.last = { customer, service });
  }
}

/** The lookalike indexes of Nycklar's and Tjänster's names, for the hints of unknown names. */
export function looksOf(customers: Customers, services: Services): Looks {
  return { customer: new LookIndex(() => customers.list.map((c) => c.name)), service: new LookIndex(() => services.list.map((s) => s.name)) };
}

keepShape(new Spellings(new NameIndex()));
keepShape(new NameResolver(EMPTY_READER, new NameIndex(), new NameIndex(), new NameIndex(), { customer: new LookIndex(() => []), service: new LookIndex(() => []) }));

/** Volymer: service -> customer -> volume; duplicate pairs are summed with a warning. */
export function readVolumes(table: TableReader, customers: Customers, services: Services): Map<string, Map<string, Volume>> {
  const out = new Map<string, Map<string, Volume>>();
  const resolver = new NameResolver(table, customers.byName, services.byName, services.rejected, looksOf(customers, services));
  const volym = table.columnIndex('Volym');
  const fjolarsvolym = table.columnIndex('Fjolårsvolym');
  for (let i = 0; i < table.rowCount; i++) {
    const row = table.rowAt(i);
    if (row === null) continue;
    const names = resolver.names(row);
    const volume = row.numberIn(volym, 'Volym', true, QUANTITY);
    const lastVolume = row.numberIn(fjolarsvolym, 'Fjolårsvolym', false, QUANTITY);
    if (!names || volume === null) continue;
    let perService = out.get(names.service);
    if (!perService) out.set(names.service, (perService = new Map()));
    const earlier = perService.get(names.customer);
    if (earlier) {
      table.report.warning('duplicate-volume', row.place('Volym'), msg('duplicateVolume', { at: row.place('Volym'), customer: names.customer, service: names.service, earlier: earlier.row }));
      earlier.volume = earlier.volume.plus(volume);
      if (lastVolume !== null) earlier.lastVolume = (earlier.lastVolume ?? ZERO).plus(lastVolume);
      continue;
    }
    perService.set(names.customer, { volume, lastVolume, row: row.rowNumber });
  }
  return out;
}

/** Avvikelsetyper: service -> deviation name -> standard cost per event. */
export function readDeviationTypes(table: TableReader, services: Services, settings: Settings, rejected = new Set<string>()): Map<string, Map<string, DeviationType>> {
  const out = new Map<string, Map<string, DeviationType>>();
  const seen = new Map<string, NameIndex<DeviationType>>();
  const serviceLooks = new LookIndex(() => services.list.map((s) => s.name));
  const lookalikes = new Map<string, Lookalikes>();
  for (const row of table.rows()) {
    const name = definedName(row, 'Avvikelse', true, undefined, 'Avvikelsepivot');
    const serviceText = row.text('Tjänst', true);
    const service = serviceText === null ? undefined : services.byName.get(serviceText);
    if (serviceText !== null && !service && !isRejected(services, serviceText)) {
      table.report.error('unknown-service', row.place('Tjänst'), msg('unknownService', { at: row.place('Tjänst'), name: serviceText, hint: lookalikeHint(serviceText, serviceLooks.similar(serviceText)) }));
    }
    const perEvent = row.number('Kostnad per styck', false, UNIT_PRICE);
    const minutes = row.number('Minuter', false, MINUTES);
    if (name === null || !service) continue;
    let unitCost: Dec | null = null;
    if (perEvent !== null) {
      unitCost = perEvent;
      if (minutes !== null) {
        table.report.warning('cost-and-minutes', row.place('Minuter'), msg('costAndMinutes', { at: row.place('Minuter') }));
      }
    } else if (minutes !== null) {
      if (settings.hourlyCost === null) {
        // A Timkostnad given but unusable is reported once, in Inställningar; the type is left out.
        if (!settings.unusable.includes('Timkostnad')) {
          table.report.error('missing-hourly-cost', row.place('Minuter'), msg('missingHourlyCost', { at: row.place('Minuter') }));
        }
        rejected.add(typeKey(service.name, name));
        continue;
      }
      unitCost = minutes.times(settings.hourlyCost).div(60);
    } else if (row.isEmpty('Kostnad per styck') && row.isEmpty('Minuter')) {
      table.report.error('missing-value', row.place('Kostnad per styck'), msg('missingDeviationCost', { at: row.place('Kostnad per styck'), name }));
      rejected.add(typeKey(service.name, name));
      continue;
    } else {
      // The cost cell's own error is reported; Avvikelser's rows of this type are not reported again as unknown.
      rejected.add(typeKey(service.name, name));
      continue;
    }
    let index = seen.get(service.name);
    if (!index) seen.set(service.name, (index = new NameIndex()));
    const earlier = index.get(name);
    if (earlier) {
      table.report.error('duplicate-deviation-type', row.place('Avvikelse'), msg('duplicateDeviationType', { at: row.place('Avvikelse'), name, service: service.name, earlier: earlier.row }));
      continue;
    }
    const type: DeviationType = { service: service.name, name, unitCost, description: row.text('Beskrivning'), row: row.rowNumber };
    index.set(name, type);
    let similar = lookalikes.get(service.name);
    if (!similar) lookalikes.set(service.name, (similar = new Lookalikes(table, 'Avvikelse', 'deviation')));
    similar.add(name, type.row);
    let perService = out.get(service.name);
    if (!perService) out.set(service.name, (perService = new Map()));
    perService.set(name, type);
  }
  for (const l of lookalikes.values()) l.report();
  return out;
}

/** Avvikelser: service -> customer -> deviation name -> count (repeated rows summed). */
export function readDeviations(
  table: TableReader,
  customers: Customers,
  services: Services,
  types: Map<string, Map<string, DeviationType>>,
  /** Types left out of Avvikelsetyper for an error already reported there (typeKey): not reported again. */
  rejected: ReadonlySet<string> = new Set(),
): Map<string, Map<string, Map<string, Dec>>> {
  const out = new Map<string, Map<string, Map<string, Dec>>>();
  const indexes = new Map<string, NameIndex<DeviationType>>();
  const resolver = new NameResolver(table, customers.byName, services.byName, services.rejected, looksOf(customers, services));
  // The maps of the row before, reused while the rows stay on one service and customer.
  let service = '';
  let perService: Map<string, Map<string, Dec>> | undefined;
  let serviceTypes: NameIndex<DeviationType> | undefined;
  let customer = '';
  let perCustomer: Map<string, Dec> | undefined;
  const avvikelse = table.columnIndex('Avvikelse');
  const antal = table.columnIndex('Antal');
  for (let i = 0; i < table.rowCount; i++) {
    const row = table.rowAt(i);
    if (row === null) continue;
    const names = resolver.names(row);
    const typeText = row.textAt(avvikelse, 'Avvikelse', true);
    const count = row.numberIn(antal, 'Antal', true, QUANTITY);
    if (!names || typeText === null || count === null) continue;
    if (names.service !== service || perService === undefined) {
      service = names.service;
      serviceTypes = typeIndex(indexes, types, service);
      perService = out.get(service);
      perCustomer = undefined;
    }
    const type = serviceTypes?.get(typeText);
    if (!type) {
      // A type left out for an error already reported in Avvikelsetyper is not reported again here.
      if (rejected.has(typeKey(service, typeText))) continue;
      table.report.error('unknown-deviation', row.place('Avvikelse'), msg('unknownDeviation', { at: row.place('Avvikelse'), name: typeText, service: names.service }));
      continue;
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
  }
  return out;
}

/** A deviation type of a service as readDeviationTypes' `rejected` holds it. */
export function typeKey(service: string, type: string): string {
  return `${normalizeName(service)}\u0000${normalizeName(type)}`;
}

/** The service's deviation types by name (case- and space-insensitively), made on first use. */
export function typeIndex(indexes: Map<string, NameIndex<DeviationType>>, types: Map<string, Map<string, DeviationType>>, service: string): NameIndex<DeviationType> | undefined {
  let index = indexes.get(service);
  const perType = types.get(service);
  if (!index && perType) {
    index = new NameIndex<DeviationType>();
    for (const t of perType.values()) index.set(t.name, t);
    indexes.set(service, index);
  }
  return index;
}
