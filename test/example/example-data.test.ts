import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, RawTable } from '../../src/engine/cells';
import {
  DIRECT_COST_DRIVER,
  LAST_YEAR_VOLUME_KEY,
  SETTINGS,
  TABLES,
  TABLE_ORDER,
  normalizeTableName,
  type TableName,
} from '../../src/engine/schema';
import { exampleTables } from '../../src/example';

// Checks the example data on its own terms, with no engine: the contract's shape, references
// between tables, and the report's figures recomputed here by a small full-cost calculation.

type Row = Record<string, CellValue>;

const tables = exampleTables();

function find(name: TableName): RawTable {
  const found = tables.find((t) => normalizeTableName(t.name) === normalizeTableName(TABLES[name].name));
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function records(name: TableName): Row[] {
  const t = find(name);
  return t.rows.map((cells) => Object.fromEntries(t.headers.map((h, i) => [h, cells[i] ?? null])));
}

const text = (v: CellValue | undefined): string => {
  if (typeof v !== 'string') throw new Error(`expected text, got ${JSON.stringify(v)}`);
  return v;
};
const num = (v: CellValue | undefined): number => {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const MSEK = 1_000_000;

const customers = records('Nycklar');
const services = records('Tjänster');
const costs = records('Kostnader');
const volumes = records('Volymer');
const deviationTypes = records('Avvikelsetyper');
const deviations = records('Avvikelser');
const composites = records('Sammansatta nycklar');
const bands = records('Paket');
const settings = records('Inställningar');
const scenarios = records('Scenarier');

const customerNames = new Set(customers.map((c) => text(c.Kund)));
const serviceByName = new Map(services.map((s) => [text(s.Tjänst), s]));
const areas = new Set(services.map((s) => text(s.Verksamhetsområde)));
const keyColumns = find('Nycklar').headers.filter((h) => !TABLES.Nycklar.columns.some((c) => c.header === h));
const compositeNames = new Set(composites.map((c) => text(c.Nyckel)));
const setting = (name: string): CellValue => settings.find((s) => s.Parameter === name)?.Värde ?? null;

const processOf = (s: Row): string => (s.Process === null ? text(s.Tjänst) : text(s.Process));
const servicesIn = (area: string): Row[] => services.filter((s) => s.Verksamhetsområde === area);
const volumesOf = (service: string): Row[] => volumes.filter((v) => v.Tjänst === service);
const totalVolume = (service: string): number => sum(volumesOf(service).map((v) => num(v.Volym)));

/** Full cost per service: direct rows, then process, area and pool rows spread by their driver. */
function fullCosts(): Map<string, number> {
  const direct = new Map(services.map((s) => [text(s.Tjänst), 0]));
  for (const c of costs) {
    const object = text(c.Kostnadsobjekt);
    if (direct.has(object)) direct.set(object, direct.get(object)! + num(c.Belopp));
  }
  const full = new Map(direct);
  for (const c of costs) {
    const object = text(c.Kostnadsobjekt);
    if (direct.has(object)) continue;
    const byProcess = services.filter((s) => processOf(s) === object);
    const byArea = services.filter((s) => s.Verksamhetsområde === object);
    const members = byProcess.length > 0 ? byProcess : byArea.length > 0 ? byArea : services;
    const driver = c['Fördelas efter'] === null ? DIRECT_COST_DRIVER : text(c['Fördelas efter']);
    const weight = (s: Row): number => (driver === DIRECT_COST_DRIVER ? direct.get(text(s.Tjänst))! : num(s[driver]));
    const total = sum(members.map(weight));
    for (const s of members) full.set(text(s.Tjänst), full.get(text(s.Tjänst))! + (num(c.Belopp) * weight(s)) / total);
  }
  return full;
}
const full = fullCosts();

/** The deviation cost carved out of a service: events × standard cost. */
function deviationCost(service: string): number {
  const hourly = num(setting('Timkostnad'));
  return sum(
    deviations
      .filter((d) => d.Tjänst === service)
      .map((d) => {
        const type = deviationTypes.find((t) => t.Tjänst === service && t.Avvikelse === d.Avvikelse)!;
        const each = type['Kostnad per styck'] !== null ? num(type['Kostnad per styck']) : (num(type.Minuter) * hourly) / 60;
        return num(d.Antal) * each;
      }),
  );
}

/** The self-cost unit price the engine should arrive at (before rounding to the price step). */
const unitPrice = (service: string): number => (full.get(service)! - deviationCost(service)) / totalVolume(service);

describe('the example tables follow the contract', () => {
  it('has one table per input table, in the contract order, on a sheet of its name', () => {
    expect(tables.map((t) => normalizeTableName(t.name))).toEqual(TABLE_ORDER.map((n) => normalizeTableName(n)));
    for (const t of tables) {
      expect(t.name).not.toMatch(/\s/);
      expect(t.sheet).toBe(TABLE_ORDER.find((n) => normalizeTableName(n) === normalizeTableName(t.name)));
      expect(t.origin).toBeUndefined();
    }
  });

  it('uses only known headers, every required one, and numeric key and driver columns', () => {
    for (const name of TABLE_ORDER) {
      const spec = TABLES[name];
      const t = find(name);
      const known: string[] = spec.columns.map((c) => c.header);
      expect(new Set(t.headers).size).toBe(t.headers.length);
      for (const c of spec.columns.filter((c) => 'required' in c && c.required)) expect(t.headers).toContain(c.header);
      const extras = t.headers.filter((h) => !known.includes(h));
      if (!('extraColumns' in spec)) expect(extras).toEqual([]);
      for (const row of records(name)) {
        for (const h of extras) expect(num(row[h])).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('fills required cells and keeps numbers, enums and money in shape', () => {
    for (const name of TABLE_ORDER) {
      const t = find(name);
      for (const [i, row] of records(name).entries()) {
        expect(t.rows[i]).toHaveLength(t.headers.length);
        for (const column of TABLES[name].columns) {
          const value = row[column.header] ?? null;
          if ('required' in column && column.required) expect(value).not.toBeNull();
          if (value === null) continue;
          if (column.type === 'number') expect(Number.isFinite(num(value))).toBe(true);
          if (column.type === 'enum' && 'values' in column) expect(column.values).toContain(value);
        }
        for (const money of ['Belopp', 'Pris', 'Fastställt pris', 'Fjolårspris', 'Kostnad per styck']) {
          const value = row[money] ?? null;
          if (value !== null) expect(Math.round(num(value) * 100)).toBeCloseTo(num(value) * 100, 6);
        }
      }
    }
    for (const c of costs) expect(Number.isInteger(num(c.Belopp))).toBe(true);
  });

  it('has unique customers and services', () => {
    expect(customerNames.size).toBe(customers.length);
    expect(serviceByName.size).toBe(services.length);
    expect(customers.length).toBeGreaterThanOrEqual(28);
  });

  it('refers only to customers, services and deviation types that exist', () => {
    for (const v of [...volumes, ...deviations]) {
      expect(customerNames).toContain(text(v.Kund));
      expect(serviceByName.has(text(v.Tjänst))).toBe(true);
    }
    for (const t of deviationTypes) expect(serviceByName.has(text(t.Tjänst))).toBe(true);
    for (const d of deviations) {
      expect(deviationTypes.some((t) => t.Tjänst === d.Tjänst && t.Avvikelse === d.Avvikelse)).toBe(true);
      // a customer causes deviations only in a service it uses
      expect(volumesOf(text(d.Tjänst)).some((v) => v.Kund === d.Kund)).toBe(true);
    }
    const pairs = volumes.map((v) => `${text(v.Kund)}|${text(v.Tjänst)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const events = deviations.map((d) => `${text(d.Kund)}|${text(d.Tjänst)}|${text(d.Avvikelse)}`);
    expect(new Set(events).size).toBe(events.length);
    // no name means two things: a process is neither a service nor an area
    for (const s of services.filter((s) => s.Process !== null)) {
      expect(serviceByName.has(text(s.Process))).toBe(false);
      expect(areas.has(text(s.Process))).toBe(false);
    }
    for (const c of costs) {
      const object = text(c.Kostnadsobjekt);
      const isService = serviceByName.has(object);
      expect(isService && areas.has(object)).toBe(false);
      if (!isService) expect(c['Fördelas efter']).not.toBeNull();
      const driver = c['Fördelas efter'];
      if (driver !== null && driver !== DIRECT_COST_DRIVER) expect(find('Tjänster').headers).toContain(driver);
    }
  });

  it('gives every service its model\'s inputs', () => {
    for (const s of services) {
      const name = text(s.Tjänst);
      const model = text(s.Prismodell);
      expect(num(s.Årsarbetare)).toBeGreaterThan(0);
      if (model === 'Fast' || model === 'Blandad') {
        const key = text(s.Nyckel);
        expect(keyColumns.includes(key) || compositeNames.has(key) || key === LAST_YEAR_VOLUME_KEY).toBe(true);
      }
      if (model === 'Blandad') expect(num(s['Fast andel'])).toBeGreaterThan(0);
      if (model === 'Blandad') expect(num(s['Fast andel'])).toBeLessThan(1);
      if (model === 'Direkt') expect(customerNames).toContain(text(s.Betalare));
      if (['Styck', 'Tim', 'Blandad', 'Paket'].includes(model)) expect(totalVolume(name)).toBeGreaterThan(0);
      if (model === 'Paket') expect(bands.some((b) => b.Tjänst === name)).toBe(true);
      if (s['Fastställt pris'] !== null) expect(['Styck', 'Tim', 'Blandad']).toContain(model);
    }
  });

  it('gives every sharer of a keyed cost a positive key, today and in the scenarios', () => {
    const keyValue = (customer: Row, key: string, service: string): number => {
      if (key === LAST_YEAR_VOLUME_KEY) {
        const v = volumesOf(service).find((r) => r.Kund === customer.Kund);
        return v ? num(v.Fjolårsvolym) : 0;
      }
      if (compositeNames.has(key)) {
        return sum(composites.filter((c) => c.Nyckel === key).map((c) => num(c.Vikt) * num(customer[text(c.Delnyckel)])));
      }
      return num(customer[key]);
    };
    const sharers = (s: Row): Row[] => {
      const users = volumesOf(text(s.Tjänst)).map((v) => v.Kund);
      if (users.length > 0) return customers.filter((c) => users.includes(c.Kund));
      const types = s.Kundtyper === null ? null : text(s.Kundtyper).split(',').map((t) => t.trim());
      return customers.filter((c) => types === null || types.includes(text(c.Kundtyp)));
    };
    const keyed: Array<[Row, string]> = services
      .filter((s) => s.Prismodell === 'Fast' || s.Prismodell === 'Blandad')
      .map((s) => [s, text(s.Nyckel)]);
    for (const o of scenarios.filter((o) => o.Nyckel !== null)) {
      const targets = serviceByName.has(text(o.Tjänst)) ? [serviceByName.get(text(o.Tjänst))!] : servicesIn(text(o.Tjänst));
      for (const s of targets) keyed.push([s, text(o.Nyckel)]);
    }
    for (const [s, key] of keyed) {
      const group = sharers(s);
      expect(group.length).toBeGreaterThan(0);
      for (const c of group) expect(keyValue(c, key, text(s.Tjänst))).toBeGreaterThan(0);
    }
    for (const s of services.filter((s) => s.Kundtyper !== null)) {
      for (const t of text(s.Kundtyper).split(',')) expect(customers.some((c) => c.Kundtyp === t.trim())).toBe(true);
    }
  });

  it('has composite keys whose weights sum to 1 over existing keys', () => {
    expect(compositeNames.size).toBeGreaterThan(0);
    for (const name of compositeNames) {
      const parts = composites.filter((c) => c.Nyckel === name);
      for (const p of parts) expect(keyColumns).toContain(p.Delnyckel);
      expect(sum(parts.map((p) => num(p.Vikt)))).toBeCloseTo(1, 10);
    }
    expect(services.some((s) => compositeNames.has(String(s.Nyckel)))).toBe(true);
  });

  it('has contiguous package bands from 0, open at the top, and no volume on a boundary', () => {
    const packaged = new Set(bands.map((b) => text(b.Tjänst)));
    expect(packaged.size).toBeGreaterThan(0);
    for (const service of packaged) {
      expect(serviceByName.get(service)?.Prismodell).toBe('Paket');
      const own = bands.filter((b) => b.Tjänst === service).sort((a, b) => num(a['Från volym']) - num(b['Från volym']));
      expect(num(own[0]!['Från volym'])).toBe(0);
      expect(own[own.length - 1]!['Till volym']).toBeNull();
      for (let i = 1; i < own.length; i++) {
        expect(own[i]!['Från volym']).toBe(own[i - 1]!['Till volym']);
        expect(num(own[i]!.Pris)).toBeGreaterThan(num(own[i - 1]!.Pris));
      }
      const boundaries = own.map((b) => num(b['Från volym']));
      for (const v of volumesOf(service)) expect(boundaries).not.toContain(num(v.Volym));
    }
  });

  it('has the known settings', () => {
    expect(settings.map((s) => s.Parameter).sort()).toEqual([...SETTINGS].sort());
    expect(setting('Budgetår')).toBe(2021);
    expect(setting('Pristak')).toBe(0.015);
    expect(setting('Avvikelsemetod')).toBe('Händelsekostnad');
  });

  it('has four scenarios overriding services or areas with known models, keys, customer types and volume factors', () => {
    expect(new Set(scenarios.map((s) => s.Scenario)).size).toBe(4);
    for (const o of scenarios) {
      const target = text(o.Tjänst);
      expect(serviceByName.has(target) || areas.has(target)).toBe(true);
      if (o.Nyckel !== null) expect(keyColumns).toContain(o.Nyckel);
      if (o['Fast andel'] !== null) expect(num(o['Fast andel'])).toBeLessThanOrEqual(1);
    }
    const recommendation = scenarios.filter((s) => s.Scenario === 'Fasta priser (rekommendation)');
    const override = (service: string) => recommendation.find((s) => s.Tjänst === service);
    for (const service of ['Leverantörsreskontra', 'Kundreskontra', 'Hyresadministration']) {
      expect(override(service)).toMatchObject({ Prismodell: 'Fast', Nyckel: 'Omsättning' });
    }
    expect(override('Lön bastjänst')).toMatchObject({ Prismodell: 'Fast', Nyckel: 'Anställda' });
    // 8.6: Äldre direkt for all 13 districts; 8.2: Kontaktcenter's volumes falling.
    expect(scenarios.filter((s) => s.Scenario === 'Äldre direkt obligatorisk')).toMatchObject([{ Tjänst: 'Äldre direkt', Kundtyper: 'Stadsdelsförvaltning', Volymfaktor: null }]);
    expect(scenarios.filter((s) => s.Scenario === 'Vikande volymer')).toMatchObject([{ Tjänst: 'Kontaktcenter', Kundtyper: null, Volymfaktor: 0.95 }]);
  });
});

describe('the example reproduces the report', () => {
  it('has the 13 district administrations, 7 of them using Äldre direkt', () => {
    const districts = customers.filter((c) => c.Kundtyp === 'Stadsdelsförvaltning').map((c) => text(c.Kund));
    expect(districts).toHaveLength(13);
    for (const d of districts) expect(d).toMatch(/ stadsdelsförvaltning$/);
    expect(districts).toContain('Enskede-Årsta-Vantör stadsdelsförvaltning');
    const users = new Set(volumesOf('Äldre direkt').map((v) => text(v.Kund)));
    expect(users.size).toBe(7);
    for (const u of users) expect(districts).toContain(u);
    for (const c of customers.filter((c) => c.Kundtyp !== 'Stadsdelsförvaltning')) expect(c.Invånare).toBe(0);
    expect(customers.filter((c) => c.Kundtyp === 'SLK').map((c) => c.Kund)).toEqual(['Stadsledningskontoret']);
  });

  it('costs each area what the report says it earns, and SF about 259 MSEK', () => {
    const report: Record<string, number> = {
      Ekonomi: 79.3, // 6.1
      'Lön och pension': 34.7 + 16.6 + 1.3, // 7.3, Figure 18
      Kontaktcenter: 19.0 + 11.8 + 21.4, // Figure 20
      'Upphandling och inköp': 47, // 9.1
      Lokalplanering: 11.8, // 9.2
      Rekrytering: 14, // 9.3
    };
    expect([...areas].sort()).toEqual(Object.keys(report).sort());
    for (const [area, msek] of Object.entries(report)) {
      const cost = sum(servicesIn(area).map((s) => full.get(text(s.Tjänst))!));
      expect(Math.abs(cost / (msek * MSEK) - 1)).toBeLessThan(0.02);
    }
    const total = sum(costs.map((c) => num(c.Belopp)));
    expect(total).toBeCloseTo(sum([...full.values()]), 0);
    expect(Math.abs(total / (259.2 * MSEK) - 1)).toBeLessThan(0.02);
  });

  it('spreads the common pool by FTE: Ekonomi 95, Lön 65, KC 82, Upphandling 52, 13 and 15', () => {
    const fte = (area: string) => sum(servicesIn(area).map((s) => num(s.Årsarbetare)));
    expect(fte('Ekonomi')).toBeCloseTo(95.34, 6);
    expect(fte('Lön och pension')).toBe(65);
    expect(fte('Kontaktcenter')).toBe(82);
    expect(fte('Upphandling och inköp')).toBe(52);
    expect(fte('Lokalplanering')).toBe(13);
    expect(fte('Rekrytering')).toBe(15);
    expect(costs.some((c) => c.Kostnadsobjekt === 'Nämnd och administration' && c.Kostnadsslag === 'Lokaler')).toBe(true);
    expect(costs.some((c) => c.Kostnadsobjekt === 'Nämnd och administration' && c.Kostnadsslag === 'IT')).toBe(true);
  });

  it('prices Lön bastjänst at 53.50 kr per employee and month, on employees × 12', () => {
    for (const v of volumesOf('Lön bastjänst')) {
      expect(v.Volym).toBe(num(customers.find((c) => c.Kund === v.Kund)!.Anställda) * 12);
    }
    expect(Math.abs(full.get('Lön bastjänst')! / totalVolume('Lön bastjänst') / 53.5 - 1)).toBeLessThan(0.005);
    expect(Math.abs(unitPrice('Lön bastjänst') / 53.5 - 1)).toBeLessThan(0.005);
    expect(Math.abs(unitPrice('E-tjänstsupport') / 100 - 1)).toBeLessThan(0.005);
  });

  it('splits the areas\' revenue as the report\'s price structures', () => {
    const split = (area: string) => {
      let keyed = 0;
      let unit = 0;
      let addOns = 0;
      for (const s of servicesIn(area)) {
        const cost = full.get(text(s.Tjänst))!;
        if (s.Tjänstetyp === 'Tilläggstjänst') addOns += cost;
        else if (s.Prismodell === 'Fast' || s.Prismodell === 'Direkt') keyed += cost;
        else if (s.Prismodell === 'Blandad') {
          const share = num(s['Fast andel']) * (cost - deviationCost(text(s.Tjänst)));
          keyed += share;
          unit += cost - share;
        } else unit += cost;
      }
      return [keyed, unit, addOns].map((x) => x / MSEK);
    };
    const near = (actual: number[], expected: number[]) =>
      actual.forEach((a, i) => expect(Math.abs(a - expected[i]!)).toBeLessThan(Math.max(0.05, 0.02 * expected[i]!)));
    near(split('Ekonomi'), [21.3, 50.4, 7.6]); // 6.1
    near(split('Lön och pension'), [0, 51.3, 1.3]); // Figure 18
    near(split('Kontaktcenter'), [19.0, 11.8, 21.4]); // Figure 20
    expect(full.get('Leverantörsreskontra')! / MSEK).toBeCloseTo(23.4, 2);
    const lon = (name: string) => full.get(name)! / MSEK;
    expect(lon('Tilläggshantering lön') + lon('Hedersbelöningar')).toBeCloseTo(16.6, 2);
    expect(lon('Hedersbelöningar')).toBeCloseTo(3.6, 2);
  });

  it('has the report\'s decided prices and commissions', () => {
    const decided = (name: string) => serviceByName.get(name)!['Fastställt pris'];
    expect(decided('Upphandlingstjänster')).toBe(860);
    expect(decided('Avtalsdatabas')).toBe(450);
    expect(decided('Anslutning av lokala avtal')).toBe(530);
    expect(decided('Utbildning e-handel och inköp')).toBe(1000);
    expect(decided('Lokalplaneringsstöd')).toBe(900);
    expect(decided('Rekrytering medarbetare')).toBe(24_000);
    expect(decided('Chefsrekrytering')).toBe(34_000);
    const central = serviceByName.get('Central upphandling och avtalsförvaltning')!;
    expect(central).toMatchObject({ Prismodell: 'Direkt', Tjänstetyp: 'Uppdrag', Betalare: 'Stadsledningskontoret' });
    expect(full.get('Central upphandling och avtalsförvaltning')! / MSEK).toBeCloseTo(23, 2);
    expect(full.get('E-handel')! / MSEK).toBeCloseTo(9, 2);
    const assignments = sum(servicesIn('Rekrytering').map((s) => totalVolume(text(s.Tjänst))));
    expect(Math.abs(assignments - 600)).toBeLessThanOrEqual(10);
    const model = (name: string) => serviceByName.get(name)!.Prismodell;
    expect(['Äldre direkt', 'Funktionshinder', 'Förskola/skola'].map(model)).toEqual(['Blandad', 'Blandad', 'Blandad']);
    expect(model('Stockholm Direkt')).toBe('Fast');
    expect(services.some((s) => s.Nyckel === LAST_YEAR_VOLUME_KEY && s.Prismodell === 'Fast')).toBe(true);
  });

  it('keeps deviations well below their service\'s cost, for many customers', () => {
    const withDeviations = new Set(deviations.map((d) => text(d.Tjänst)));
    expect([...withDeviations].sort()).toEqual(['Kundreskontra', 'Leverantörsreskontra', 'Tilläggshantering lön']);
    for (const service of withDeviations) {
      expect(deviationCost(service)).toBeGreaterThan(0);
      expect(deviationCost(service)).toBeLessThan(0.4 * full.get(service)!);
    }
    expect(new Set(deviations.map((d) => d.Kund)).size).toBeGreaterThanOrEqual(20);
    expect(deviationTypes.some((t) => t.Minuter !== null)).toBe(true);
    expect(num(setting('Timkostnad'))).toBeGreaterThan(0);
  });

  it('shows the report\'s imbalance: Leverantörsreskontra falls, Kundreskontra and Hyresadministration rise past the cap', () => {
    const change = (name: string) => unitPrice(name) / num(serviceByName.get(name)!.Fjolårspris) - 1;
    const cap = num(setting('Pristak'));
    expect(change('Leverantörsreskontra')).toBeLessThan(0);
    expect(change('Kundreskontra')).toBeGreaterThan(cap);
    expect(change('Hyresadministration')).toBeGreaterThan(cap);
    expect(Math.abs(change('Lön bastjänst'))).toBeLessThan(0.005);
  });
});

describe('the example module', () => {
  it('is pure: the same tables on every call, and no imports outside the project', () => {
    expect(exampleTables()).toEqual(tables);
    const dir = join(__dirname, '../../src/example');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      for (const [, from] of source.matchAll(/from '([^']+)'/g)) expect(from).toMatch(/^\.\.?\//);
    }
  });
});
