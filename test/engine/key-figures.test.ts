import DecimalJs from 'decimal.js';
import type { CellValue, RawTable } from '../../src/engine/cells';
import { normalizeTableName } from '../../src/engine/schema';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, output, run, table } from './helpers';

type Row = Record<string, CellValue>;
type Figure = Record<string, string | number | null>;

/** The Kronor or Procent of one key figure. */
function figure(rows: Figure[], level: string, name: string, label: string): number | null | undefined {
  const row = rows.find((r) => r['Nivå'] === level && r['Namn'] === name && r['Nyckeltal'] === label);
  if (!row) return undefined;
  return (row['Kronor'] ?? row['Procent']) as number | null;
}

// --- the mini workbook, worked by hand in mini.test.ts ---------------------------------------------

describe('Nyckeltal of the mini workbook, by hand', () => {
  // Self-costs Kassa 1 350, Lev 2 600 (200 fakturor), Kundres 1 250 (10 h), Uppdrag 900.
  // Charges A 3 885, B 1 560, C 655; Omsättning 600/300/100, Anställda 30/60/10.
  const wb = miniWorkbook();
  const services = wb.find((t) => t.name === 'Tjänster')!;
  services.headers.push('Fjolårspris');
  services.rows.forEach((r, i) => r.push(i === 1 ? 12.5 : null));
  const result = run(wb);
  const rows = output(result, 'Nyckeltal') as Figure[];

  it('gives each service with volume its cost per unit and the change against Fjolårspris', () => {
    expect(errors(result)).toEqual([]);
    expect(figure(rows, 'Tjänst', 'Lev', 'Kostnad per enhet')).toBe(13);
    expect(rows.find((r) => r['Namn'] === 'Lev')?.['Enhet']).toBe('kr/faktura');
    expect(figure(rows, 'Tjänst', 'Lev', 'Kostnadsförändring mot fjolårspris')).toBeCloseTo(13 / 12.5 - 1, 15);
    expect(figure(rows, 'Tjänst', 'Kundres', 'Kostnad per enhet')).toBe(125);
    expect(figure(rows, 'Tjänst', 'Kundres', 'Kostnadsförändring mot fjolårspris')).toBeUndefined();
    // Kassa (Fast) and Uppdrag (Direkt) have no volume: no cost per unit.
    expect(rows.filter((r) => r['Nivå'] === 'Tjänst').map((r) => r['Namn'])).toEqual(['Lev', 'Lev', 'Kundres']);
  });

  it('gives each customer its total, per employee and as a share of turnover', () => {
    expect(rows.filter((r) => r['Nivå'] === 'Kund').map((r) => [r['Namn'], r['Nyckeltal'], r['Kronor'] ?? r['Procent'], r['Enhet']])).toEqual([
      ['A', 'Avgift totalt', 3885, 'kr'],
      ['A', 'Avgift per anställd', 3885 / 30, 'kr/anställd och år'],
      ['A', 'Avgift som andel av omsättning', 3885 / 600, '%'],
      ['B', 'Avgift totalt', 1560, 'kr'],
      ['B', 'Avgift per anställd', 1560 / 60, 'kr/anställd och år'],
      ['B', 'Avgift som andel av omsättning', 1560 / 300, '%'],
      ['C', 'Avgift totalt', 655, 'kr'],
      ['C', 'Avgift per anställd', 655 / 10, 'kr/anställd och år'],
      ['C', 'Avgift som andel av omsättning', 655 / 100, '%'],
    ]);
  });

  it('gives each area and the whole its revenue, keyed share and surcharge share', () => {
    // Ekonomi: Kassa 1 350 keyed, Lev 2 600 and Kundres 1 250 per unit; Upphandling: Uppdrag 900 direct.
    expect(rows.filter((r) => r['Nivå'] !== 'Tjänst' && r['Nivå'] !== 'Kund').map((r) => [r['Nivå'], r['Verksamhetsområde'], r['Namn'], r['Nyckeltal'], r['Kronor'] ?? r['Procent']])).toEqual([
      ['Verksamhetsområde', 'Ekonomi', 'Ekonomi', 'Intäkt', 5200],
      ['Verksamhetsområde', 'Ekonomi', 'Ekonomi', 'Andel nycklade priser', 1350 / 5200],
      ['Verksamhetsområde', 'Ekonomi', 'Ekonomi', 'Andel avvikelsepåslag', 0],
      ['Verksamhetsområde', 'Upphandling', 'Upphandling', 'Intäkt', 900],
      ['Verksamhetsområde', 'Upphandling', 'Upphandling', 'Andel nycklade priser', 1],
      ['Verksamhetsområde', 'Upphandling', 'Upphandling', 'Andel avvikelsepåslag', 0],
      ['Totalt', null, 'Totalt', 'Intäkt', 6100],
      ['Totalt', null, 'Totalt', 'Andel nycklade priser', 2250 / 6100],
      ['Totalt', null, 'Totalt', 'Andel avvikelsepåslag', 0],
    ]);
  });

  it('leaves out the per-employee and turnover figures when the keys are missing or 0', () => {
    const tables = miniWorkbook().map((t) => (t.name === 'Nycklar' ? table('Nycklar', ['Kund', 'Kundtyp', 'omsättning', 'Invånare'], t.rows.map((r, i) => [r[0] ?? null, r[1] ?? null, i === 2 ? 0 : r[2] ?? null, 5])) : t));
    const figures = output(run(tables), 'Nyckeltal') as Figure[];
    expect(figures.filter((r) => r['Nivå'] === 'Kund').map((r) => `${r['Namn']} ${r['Nyckeltal']}`)).toEqual([
      'A Avgift totalt',
      'A Avgift som andel av omsättning',
      'B Avgift totalt',
      'B Avgift som andel av omsättning',
      'C Avgift totalt',
    ]);
  });
});

// --- the example workbook, computed here from its input rows alone ---------------------------------

/** A decimal.js of its own, so nothing here shares the engine's arithmetic. */
const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
type D = DecimalJs;
const d = (v: CellValue | undefined): D => new D(typeof v === 'number' ? v : 0);
const round = (v: D, step: D = new D(1)): D => v.div(step).toDecimalPlaces(0, D.ROUND_HALF_UP).times(step);
const dsum = (xs: D[]): D => xs.reduce((a, b) => a.plus(b), new D(0));

const tables = exampleTables();
function records(name: string): Row[] {
  const t = tables.find((x) => normalizeTableName(x.name) === normalizeTableName(name)) as RawTable;
  return t.rows.map((cells) => Object.fromEntries(t.headers.map((h, i) => [h, cells[i] ?? null])));
}
const customers = records('Nycklar');
const services = records('Tjänster');
const costs = records('Kostnader');
const volumes = records('Volymer');
const types = records('Avvikelsetyper');
const deviations = records('Avvikelser');
const bands = records('Paket');
const settings = records('Inställningar');
const hourly = d(settings.find((s) => s['Parameter'] === 'Timkostnad')?.['Värde']);
const name = (r: Row, col: string) => String(r[col]);

/** Step 1: direct rows, then process, area and pool rows spread by their driver. */
function fullCosts(): Map<string, D> {
  const direct = new Map(services.map((s) => [name(s, 'Tjänst'), new D(0)]));
  for (const c of costs) if (direct.has(name(c, 'Kostnadsobjekt'))) direct.set(name(c, 'Kostnadsobjekt'), direct.get(name(c, 'Kostnadsobjekt'))!.plus(d(c['Belopp'])));
  const full = new Map(direct);
  for (const c of costs) {
    const object = name(c, 'Kostnadsobjekt');
    if (direct.has(object)) continue;
    const byProcess = services.filter((s) => (s['Process'] ?? s['Tjänst']) === object);
    const byArea = services.filter((s) => s['Verksamhetsområde'] === object);
    const members = byProcess.length > 0 ? byProcess : byArea.length > 0 ? byArea : services;
    const driver = c['Fördelas efter'] === null || c['Fördelas efter'] === 'Direkt kostnad' ? null : name(c, 'Fördelas efter');
    const weight = (s: Row) => (driver === null ? direct.get(name(s, 'Tjänst'))! : d(s[driver]));
    const total = dsum(members.map(weight));
    for (const s of members) full.set(name(s, 'Tjänst'), full.get(name(s, 'Tjänst'))!.plus(d(c['Belopp']).times(weight(s)).div(total)));
  }
  return full;
}

/** Events × standard cost per customer of one service (Händelsekostnad). */
function surcharges(service: string): Map<string, D> {
  const out = new Map<string, D>();
  for (const dev of deviations.filter((x) => x['Tjänst'] === service)) {
    const type = types.find((t) => t['Tjänst'] === service && t['Avvikelse'] === dev['Avvikelse'])!;
    const each = type['Kostnad per styck'] !== null ? d(type['Kostnad per styck']) : d(type['Minuter']).times(hourly).div(60);
    out.set(name(dev, 'Kund'), (out.get(name(dev, 'Kund')) ?? new D(0)).plus(d(dev['Antal']).times(each)));
  }
  // Whole kronor each, so the surcharges need no rounding of their own here.
  for (const v of out.values()) expect(v.isInteger()).toBe(true);
  return out;
}

interface ServiceCharges {
  selfCost: D;
  volume: D;
  keyed: D;
  /** Per customer: the unit or package charge plus the surcharge. */
  perCustomer: Map<string, D>;
  surcharge: D;
}

/** Steps 2–4 for one service, except how the keyed part is split among the customers. */
function charges(s: Row, full: D): ServiceCharges {
  const service = name(s, 'Tjänst');
  const model = name(s, 'Prismodell');
  const selfCost = round(full);
  const rows = volumes.filter((v) => v['Tjänst'] === service);
  const volume = dsum(rows.map((v) => d(v['Volym'])));
  const dev = surcharges(service);
  const devTotal = dsum([...dev.values()]);
  const available = selfCost.minus(devTotal);
  const perCustomer = new Map<string, D>([...dev]);
  const add = (customer: string, amount: D) => perCustomer.set(customer, (perCustomer.get(customer) ?? new D(0)).plus(amount));
  let keyed = new D(0);
  let variable = available;
  if (model === 'Fast' || model === 'Direkt') {
    // An agreed sum (Avtalat belopp) replaces what is left of the self-cost.
    keyed = s['Avtalat belopp'] === null || s['Avtalat belopp'] === undefined ? available : d(s['Avtalat belopp']);
    variable = new D(0);
  } else if (model === 'Blandad') {
    keyed = round(full.minus(devTotal).times(d(s['Fast andel'])));
    variable = available.minus(keyed);
  }
  if (model === 'Styck' || model === 'Tim' || model === 'Blandad') {
    const step = s['Prissteg'] === null ? new D('0.01') : d(s['Prissteg']);
    const price = s['Fastställt pris'] !== null ? d(s['Fastställt pris']) : round(variable.div(volume), step);
    for (const v of rows) add(name(v, 'Kund'), round(price.times(d(v['Volym']))));
  }
  if (model === 'Paket') {
    for (const v of rows.filter((x) => d(x['Volym']).gt(0))) {
      const band = bands.find((b) => b['Tjänst'] === service && d(v['Volym']).gte(d(b['Från volym'])) && (b['Till volym'] === null || d(v['Volym']).lte(d(b['Till volym']))))!;
      add(name(v, 'Kund'), d(band['Pris']));
    }
  }
  return { selfCost, volume, keyed, perCustomer, surcharge: devTotal };
}

/** Whether a customer could share a keyed cost (Fast, Blandad): then its amount needs largest remainder. */
function mayShareKeyed(customer: Row, s: Row): boolean {
  if (s['Prismodell'] === 'Direkt') return s['Betalare'] === customer['Kund'];
  if (s['Prismodell'] !== 'Fast' && s['Prismodell'] !== 'Blandad') return false;
  const rows = volumes.filter((v) => v['Tjänst'] === s['Tjänst']);
  if (rows.length > 0) return rows.some((v) => v['Kund'] === customer['Kund']);
  const allowed = s['Kundtyper'] === null ? null : name(s, 'Kundtyper').split(',').map((t) => t.trim());
  return allowed === null || allowed.includes(name(customer, 'Kundtyp'));
}

describe('Nyckeltal of the example workbook, against figures computed from its input rows', () => {
  const result = run(tables);
  const rows = output(result, 'Nyckeltal') as Figure[];
  const full = fullCosts();
  const byService = new Map(services.map((s) => [name(s, 'Tjänst'), charges(s, full.get(name(s, 'Tjänst'))!)]));
  /** Double results of a decimal computation agree to the last few bits. */
  const near = (actual: number | null | undefined, expected: D) => {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - expected.toNumber())).toBeLessThanOrEqual(Math.abs(expected.toNumber()) * 1e-14);
  };

  it('calculates cleanly', () => {
    expect(errors(result)).toEqual([]);
  });

  it('has every service’s cost per unit (Självkostnad ÷ Volym) and its change against Fjolårspris', () => {
    let checked = 0;
    for (const s of services) {
      const c = byService.get(name(s, 'Tjänst'))!;
      if (!c.volume.gt(0)) {
        expect(figure(rows, 'Tjänst', name(s, 'Tjänst'), 'Kostnad per enhet')).toBeUndefined();
        continue;
      }
      const perUnit = c.selfCost.div(c.volume);
      near(figure(rows, 'Tjänst', name(s, 'Tjänst'), 'Kostnad per enhet'), perUnit);
      if (s['Fjolårspris'] !== null) near(figure(rows, 'Tjänst', name(s, 'Tjänst'), 'Kostnadsförändring mot fjolårspris'), perUnit.div(d(s['Fjolårspris'])).minus(1));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(30);
    // The report's imbalance (6.3): Leverantörsreskontra's cost per invoice (15,71 kr, its
    // reminders included) is below last year's 16,10 kr.
    expect(figure(rows, 'Tjänst', 'Leverantörsreskontra', 'Kostnad per enhet')).toBeCloseTo(23_399_733 / 1_489_800, 10);
  });

  it('has every area’s revenue, the share of keyed prices and the share of deviation surcharges', () => {
    const areas = [...new Set(services.map((s) => name(s, 'Verksamhetsområde')))];
    const sums = (list: Row[]) => {
      const cs = list.map((s) => byService.get(name(s, 'Tjänst'))!);
      const keyed = dsum(cs.map((c) => c.keyed));
      const revenue = keyed.plus(dsum(cs.flatMap((c) => [...c.perCustomer.values()])));
      return { revenue, keyed, surcharge: dsum(cs.map((c) => c.surcharge)) };
    };
    for (const [level, label, list] of [...areas.map((a) => ['Verksamhetsområde', a, services.filter((s) => s['Verksamhetsområde'] === a)] as const), ['Totalt', 'Totalt', services] as const]) {
      const v = sums(list);
      expect(figure(rows, level, label, 'Intäkt')).toBe(v.revenue.toNumber());
      near(figure(rows, level, label, 'Andel nycklade priser'), v.keyed.div(v.revenue));
      near(figure(rows, level, label, 'Andel avvikelsepåslag'), v.surcharge.div(v.revenue));
    }
    // The report's Figure 18: Lön och pension has no keyed prices.
    expect(figure(rows, 'Verksamhetsområde', 'Lön och pension', 'Andel nycklade priser')).toBe(0);
  });

  it('has each company’s total charge, per employee and as a share of its turnover', () => {
    const companies = customers.filter((c) => c['Kundtyp'] === 'Bolag');
    expect(companies).toHaveLength(8);
    for (const company of companies) {
      // Companies share no keyed cost, so their charges are unit prices, packages and surcharges.
      for (const s of services) expect([company['Kund'], s['Tjänst'], mayShareKeyed(company, s)]).toEqual([company['Kund'], s['Tjänst'], false]);
      const total = dsum([...byService.values()].map((c) => c.perCustomer.get(name(company, 'Kund')) ?? new D(0)));
      expect(total.gt(0)).toBe(true);
      expect(figure(rows, 'Kund', name(company, 'Kund'), 'Avgift totalt')).toBe(total.toNumber());
      near(figure(rows, 'Kund', name(company, 'Kund'), 'Avgift per anställd'), total.div(d(company['Anställda'])));
      const ofTurnover = figure(rows, 'Kund', name(company, 'Kund'), 'Avgift som andel av omsättning');
      near(ofTurnover, total.div(d(company['Omsättning'])));
      // The report (chapter 10): the administrative charge is often below 1 % of the turnover.
      expect(ofTurnover).toBeLessThan(0.01);
    }
  });
});
