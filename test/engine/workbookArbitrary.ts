import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';
import { table } from './helpers';

/**
 * Random but valid workbooks for the property tests, described as plain data (a spec) that is
 * turned into input tables, so a test can also work out what to expect from the spec itself.
 */

export type PricingModel = 'Fast' | 'Styck' | 'Tim' | 'Blandad' | 'Direkt';
export const KEYS = ['Omsättning', 'Anställda'] as const;
export type KeyName = (typeof KEYS)[number];
export const DRIVERS = ['Årsarbetare', 'Timmar'] as const;
export type DriverName = (typeof DRIVERS)[number] | 'Direkt kostnad';
export type Method = 'Händelsekostnad' | 'Nyckelviktning';

export interface CustomerSpec {
  name: string;
  type: string;
  keys: Record<KeyName, number>;
}

export interface ServiceSpec {
  name: string;
  area: string;
  process: string | null;
  kind: string;
  model: PricingModel;
  key: KeyName | null;
  /** Fast andel in hundredths (Blandad only). */
  fixedShareHundredths: number | null;
  payer: string | null;
  /** Prissteg as written, null for the default 0.01. */
  priceStep: string | null;
  drivers: Record<(typeof DRIVERS)[number], number>;
  /** The cost row booked on the service itself, in öre. */
  directOre: number;
}

/** A cost row on a pool, an area or a process, spread over its services by a driver. */
export interface SpreadSpec {
  object: string;
  level: 'pool' | 'area' | 'process';
  amountOre: number;
  driver: DriverName;
  /** Leave Fördelas efter blank (the default, Direkt kostnad). */
  blankDriver: boolean;
}

export interface VolumeSpec {
  customer: string;
  service: string;
  /** Quarter units, so 0.25 h steps are exact: volume = quarters / 4. */
  quarters: number;
}

export interface DeviationTypeSpec {
  service: string;
  name: string;
  costOre: number;
}

export interface DeviationSpec {
  customer: string;
  service: string;
  type: string;
  count: number;
}

export interface WorkbookSpec {
  customers: CustomerSpec[];
  services: ServiceSpec[];
  spreads: SpreadSpec[];
  volumes: VolumeSpec[];
  deviationTypes: DeviationTypeSpec[];
  deviations: DeviationSpec[];
  /** The Avvikelsemetod row, or none (the default, Händelsekostnad). */
  method: Method | null;
  /** The Avvikelsevikt row (with Nyckelviktning only), or none (the default 0.5). */
  weight: string | null;
}

const CUSTOMER_NAMES = ['Östermalm', 'Älvsjö', 'Åby', 'Bromma', 'Kista', 'Skarpnäck', 'Farsta', 'Vällingby', 'Hägersten', 'Enskede', 'Spånga', 'Norrmalm'];
const CUSTOMER_TYPES = ['Stadsdelsförvaltning', 'Fackförvaltning', 'Bolag'];
const SERVICE_NAMES = ['Leverantörsreskontra', 'Kundreskontra', 'Lön bastjänst', 'Äldre direkt', 'E-tjänststöd', 'Upphandling', 'Rekrytering', 'Kassa'];
const AREAS = ['Ekonomi', 'Lön och pension', 'Kontaktcenter'];
const PROCESSES = ['Reskontra', 'Löneprocess', 'Inköp'];
const KINDS = ['Bastjänst', 'Tilläggshantering', 'Tilläggstjänst', 'Uppdrag'];
const DEVIATION_NAMES = ['Påminnelse', 'Makulering', 'Sen inrapportering'];
const POOL = 'Nämnd och administration';

/** Deviation costs stay below this (8 customers × 2 types × 50 events × 250 kr) … */
const MAX_DEVIATION_ORE = 8 * 2 * 50 * 25_000;

export interface WorkbookOptions {
  models?: readonly PricingModel[];
  /** Give some services deviation types and customers deviations: never, maybe, always. */
  deviations?: 'never' | 'maybe' | 'always';
  methods?: readonly (Method | null)[];
}

/** Small or large: small values make ties and exact halves likely, large ones real budgets. */
const smallOrLarge = (small: number, large: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: small }), fc.integer({ min: 0, max: large }));

export function workbookSpec(options: WorkbookOptions = {}): fc.Arbitrary<WorkbookSpec> {
  const models = options.models ?? (['Fast', 'Styck', 'Tim', 'Blandad', 'Direkt'] as const);
  const deviations = options.deviations ?? 'maybe';
  const methods = options.methods ?? [null, 'Händelsekostnad', 'Nyckelviktning'];

  const serviceRaw = fc.record({
    area: fc.constantFrom(...AREAS),
    process: fc.option(fc.constantFrom(...PROCESSES), { nil: null }),
    kind: fc.constantFrom(...KINDS),
    model: fc.constantFrom(...models),
    key: fc.constantFrom(...KEYS),
    fixedShareHundredths: fc.integer({ min: 0, max: 100 }),
    payer: fc.nat(),
    priceStep: fc.constantFrom(null, null, '0.01', '0.05', '0.1', '1', '10'),
    fte: smallOrLarge(3, 20),
    hours: smallOrLarge(3, 3000),
    directOre: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
    deviationTypes:
      deviations === 'never'
        ? fc.constant<{ name: string; costOre: number }[]>([])
        : fc.uniqueArray(fc.record({ name: fc.constantFrom(...DEVIATION_NAMES), costOre: fc.integer({ min: 1, max: 25_000 }) }), {
            minLength: deviations === 'always' ? 1 : 0,
            maxLength: 2,
            selector: (t) => t.name,
          }),
    // per customer: a volume (in quarters) or none; and per customer and type: a count or none
    volumes: fc.array(fc.option(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 400_000 })), { nil: null }), { minLength: 8, maxLength: 8 }),
    counts: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { minLength: 2, maxLength: 2 }), { minLength: 8, maxLength: 8 }),
  });

  const spreadRaw = fc.record({
    amountOre: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
    driver: fc.nat(),
    blankDriver: fc.boolean(),
    pick: fc.nat(),
  });

  return fc
    .record({
      customerNames: fc.shuffledSubarray(CUSTOMER_NAMES, { minLength: 1, maxLength: 8 }),
      customerTypes: fc.array(fc.constantFrom(...CUSTOMER_TYPES), { minLength: 8, maxLength: 8 }),
      keys: fc.array(fc.tuple(smallOrLarge(10, 10_000_000), smallOrLarge(10, 10_000_000)), { minLength: 8, maxLength: 8 }),
      serviceNames: fc.shuffledSubarray(SERVICE_NAMES, { minLength: 1, maxLength: 6 }),
      services: fc.array(serviceRaw, { minLength: 6, maxLength: 6 }),
      pool: spreadRaw,
      area: fc.option(spreadRaw, { nil: null }),
      process: fc.option(spreadRaw, { nil: null }),
      method: fc.constantFrom(...methods),
      weight: fc.constantFrom(null, '0', '0.25', '0.5', '1'),
    })
    .map((r): WorkbookSpec => {
      const customers: CustomerSpec[] = r.customerNames.map((name, i) => ({
        name,
        type: r.customerTypes[i] ?? 'Bolag',
        keys: { Omsättning: r.keys[i]?.[0] ?? 0, Anställda: r.keys[i]?.[1] ?? 0 },
      }));
      for (const k of KEYS) if (customers.every((c) => c.keys[k] === 0)) customers[0]!.keys[k] = 1;

      const services: ServiceSpec[] = [];
      const volumes: VolumeSpec[] = [];
      const deviationTypes: DeviationTypeSpec[] = [];
      const deviationRows: DeviationSpec[] = [];
      r.serviceNames.forEach((name, i) => {
        const s = r.services[i]!;
        const keyed = s.model === 'Fast' || s.model === 'Blandad';
        const hasDeviations = s.deviationTypes.length > 0;
        services.push({
          name,
          area: s.area,
          process: s.process,
          kind: s.kind,
          model: s.model,
          key: keyed ? s.key : null,
          fixedShareHundredths: s.model === 'Blandad' ? s.fixedShareHundredths : null,
          payer: s.model === 'Direkt' ? customers[s.payer % customers.length]!.name : null,
          priceStep: s.priceStep,
          drivers: { Årsarbetare: s.fte, Timmar: s.hours },
          // … and a service with deviations costs more than they can, so none is an error.
          directOre: s.directOre + (hasDeviations ? MAX_DEVIATION_ORE : 0),
        });
        if (s.model === 'Styck' || s.model === 'Tim' || s.model === 'Blandad') {
          const rows = customers.flatMap((c, j) => {
            const q = s.volumes[j];
            return q === null || q === undefined ? [] : [{ customer: c.name, service: name, quarters: s.model === 'Styck' ? q * 4 : q }];
          });
          if (rows.length === 0) rows.push({ customer: customers[0]!.name, service: name, quarters: 4 });
          // A Blandad service's keyed part is shared by its customers with volume and a key > 0.
          if (s.model === 'Blandad' && !rows.some((v) => (customers.find((c) => c.name === v.customer)?.keys[s.key] ?? 0) > 0)) {
            const best = [...customers].sort((a, b) => b.keys[s.key] - a.keys[s.key])[0]!;
            rows.push({ customer: best.name, service: name, quarters: 4 });
          }
          volumes.push(...rows);
          // The unit part is worth at least the price step per unit (plus the roundings), so the
          // price never rounds to 0, which is an error (issue 12).
          const unitShare = s.model === 'Blandad' ? (100 - s.fixedShareHundredths) / 100 : 1;
          if (unitShare > 0) {
            const units = rows.reduce((a, v) => a + v.quarters, 0) / 4;
            const need = Math.ceil((Math.round(Number(s.priceStep ?? '0.01') * 100) * units + 300) / unitShare) + (hasDeviations ? MAX_DEVIATION_ORE : 0);
            const service = services[services.length - 1]!;
            service.directOre = Math.max(service.directOre, need);
          }
        }
        s.deviationTypes.forEach((t, ti) => {
          deviationTypes.push({ service: name, name: t.name, costOre: t.costOre });
          customers.forEach((c, j) => {
            const count = s.counts[j]?.[ti];
            if (count !== null && count !== undefined) deviationRows.push({ customer: c.name, service: name, type: t.name, count });
          });
        });
      });

      const spreads: SpreadSpec[] = [];
      const addSpread = (raw: typeof r.pool, level: SpreadSpec['level'], object: string): void => {
        const targets = servicesOf({ level, object }, services);
        const usable = (['Årsarbetare', 'Timmar', 'Direkt kostnad'] as const).filter((d) => targets.reduce((a, s) => a + driverWeight(s, d), 0) > 0);
        if (usable.length === 0) return;
        const driver = usable[raw.driver % usable.length]!;
        spreads.push({ object, level, amountOre: raw.amountOre, driver, blankDriver: driver === 'Direkt kostnad' && raw.blankDriver });
      };
      addSpread(r.pool, 'pool', POOL);
      if (r.area) {
        const areas = [...new Set(services.map((s) => s.area))];
        addSpread(r.area, 'area', areas[r.area.pick % areas.length]!);
      }
      const processes = [...new Set(services.flatMap((s) => (s.process === null ? [] : [s.process])))];
      if (r.process && processes.length > 0) addSpread(r.process, 'process', processes[r.process.pick % processes.length]!);

      return {
        customers,
        services,
        spreads,
        volumes,
        deviationTypes,
        deviations: deviationRows,
        method: r.method,
        weight: r.method === 'Nyckelviktning' ? r.weight : null,
      };
    });
}

export function servicesOf(spread: Pick<SpreadSpec, 'level' | 'object'>, services: ServiceSpec[]): ServiceSpec[] {
  switch (spread.level) {
    case 'pool':
      return services;
    case 'area':
      return services.filter((s) => s.area === spread.object);
    case 'process':
      return services.filter((s) => s.process === spread.object);
  }
}

export function driverWeight(s: ServiceSpec, driver: DriverName): number {
  return driver === 'Direkt kostnad' ? s.directOre : s.drivers[driver];
}

const kr = (ore: number): number => ore / 100;

/** The spec as the input tables a user would write. */
export function toTables(spec: WorkbookSpec): RawTable[] {
  const tables: RawTable[] = [
    table(
      'Nycklar',
      ['Kund', 'Kundtyp', ...KEYS],
      spec.customers.map((c) => [c.name, c.type, ...KEYS.map((k) => c.keys[k])]),
    ),
    table(
      'Tjänster',
      ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel', 'Betalare', 'Prissteg', ...DRIVERS],
      spec.services.map((s): CellValue[] => [
        s.name,
        s.area,
        s.process,
        s.kind,
        s.model,
        s.key,
        s.fixedShareHundredths === null ? null : s.fixedShareHundredths / 100,
        s.payer,
        s.priceStep === null ? null : Number(s.priceStep),
        ...DRIVERS.map((d) => s.drivers[d]),
      ]),
    ),
    table('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter'], [
      ...spec.services.map((s): CellValue[] => [s.name, 'Personal', kr(s.directOre), null]),
      ...spec.spreads.map((p): CellValue[] => [p.object, p.level === 'pool' ? 'Lokaler' : 'IT', kr(p.amountOre), p.blankDriver ? null : p.driver]),
    ]),
  ];
  if (spec.volumes.length > 0) {
    tables.push(table('Volymer', ['Kund', 'Tjänst', 'Volym'], spec.volumes.map((v) => [v.customer, v.service, v.quarters / 4])));
  }
  if (spec.deviationTypes.length > 0) {
    tables.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], spec.deviationTypes.map((t) => [t.name, t.service, kr(t.costOre)])));
    tables.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], spec.deviations.map((d) => [d.customer, d.service, d.type, d.count])));
  }
  const settings: CellValue[][] = [];
  if (spec.method !== null) settings.push(['Avvikelsemetod', spec.method]);
  if (spec.weight !== null) settings.push(['Avvikelsevikt', Number(spec.weight)]);
  if (settings.length > 0) tables.push(table('Inställningar', ['Parameter', 'Värde'], settings));
  return tables;
}
