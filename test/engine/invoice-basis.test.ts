import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { Calculation } from '../../src/engine/calc/calculate';
import type { OutputValue } from '../../src/engine/output';
import { ProblemList } from '../../src/engine/read/problemList';
import { MAX_SHEET_ROWS, invoiceBasis, invoiceBlocks, invoiceLines } from '../../src/engine/report/invoiceBasis';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, output, run, table } from './helpers';
import { toTables, workbookSpec, type WorkbookSpec } from './workbookArbitrary';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
type Row = Record<string, OutputValue>;

const withYear = (wb: RawTable[], year = 2021): RawTable[] => [...wb, table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', year]])];
const lines = (rows: Row[], kund: string, tjanst: string) => rows.filter((r) => r['Kund'] === kund && r['Tjänst'] === tjanst);
const amounts = (rows: Row[]) => rows.map((r) => r['Belopp']);
const months = (a: number, b: number, split: number) => [...Array(split).fill(a), ...Array(12 - split).fill(b)];

// The mini workbook worked by hand in mini.test.ts: Kassa (Fast, Omsättning 6/3/1) A 810, B 405,
// C 135; Lev 13 kr per faktura, A 100, B 60, C 40; Kundres 125 kr/tim, A 7, B 3; Uppdrag (Direkt) A 900.
describe('Fakturaunderlag of the mini workbook, by hand', () => {
  const result = run(withYear(miniWorkbook()));
  const rows = output(result, 'Fakturaunderlag');

  it('has one line per month for every row of Fördelning, customer by customer in Tjänster order', () => {
    expect(errors(result)).toEqual([]);
    expect(rows).toHaveLength(9 * 12);
    const order = rows.filter((_, i) => i % 12 === 0).map((r) => `${r['Kund']} ${r['Tjänst']}`);
    expect(order).toEqual(['A Kassa', 'A Lev', 'A Kundres', 'A Uppdrag', 'B Kassa', 'B Lev', 'B Kundres', 'C Kassa', 'C Lev']);
    expect(rows.slice(0, 12).map((r) => r['Period'])).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12']);
  });

  it('spreads evenly in whole kronor, the leftover kronor to the first months', () => {
    // 810 / 12 = 67,5: 67 × 12 = 804, six kronor left for January to June.
    expect(amounts(lines(rows, 'A', 'Kassa'))).toEqual(months(68, 67, 6));
    // 1 300 / 12 = 108,33: four kronor left.
    expect(amounts(lines(rows, 'A', 'Lev'))).toEqual(months(109, 108, 4));
    // 875 / 12 = 72,92: eleven kronor left.
    expect(amounts(lines(rows, 'A', 'Kundres'))).toEqual(months(73, 72, 11));
    expect(amounts(lines(rows, 'A', 'Uppdrag'))).toEqual(months(75, 75, 12));
    // 135 / 12 = 11,25: three left.
    expect(amounts(lines(rows, 'C', 'Kassa'))).toEqual(months(12, 11, 3));
  });

  it('writes a Swedish text naming the service, the basis, the price and the month', () => {
    const text = (kund: string, tjanst: string, month = 0) => lines(rows, kund, tjanst)[month]?.['Text'];
    expect(text('A', 'Kassa')).toBe('Kassa, fast avgift efter Omsättning (60 %) 810 kr/år, januari 2021');
    expect(text('C', 'Kassa', 11)).toBe('Kassa, fast avgift efter Omsättning (10 %) 135 kr/år, december 2021');
    expect(text('A', 'Lev')).toBe('Lev, 8,33 faktura à 13 kr, januari 2021');
    expect(text('B', 'Lev', 4)).toBe('Lev, 5 faktura à 13 kr, maj 2021');
    expect(text('A', 'Kundres')).toBe('Kundres, 0,58 tim à 125 kr, januari 2021');
    expect(text('A', 'Uppdrag', 6)).toBe('Uppdrag, direkt kostnad 900 kr/år, juli 2021');
  });
});

describe('Fakturaunderlag with a profile, a mixed price and a surcharge, by hand', () => {
  it('bills the keyed part of Blandad evenly and the unit part as the profile says', () => {
    // Lev Blandad, half keyed by Omsättning: 1 300 kr keyed A 780, B 390, C 130; 1 300 kr over
    // 200 fakturor = 6,50 kr: A 650, B 390, C 260, all in March by the profile.
    const wb = withYear(miniWorkbook());
    const services = wb.find((t) => t.name === 'Tjänster')!;
    services.headers.push('Fast andel');
    services.rows.forEach((r, i) => r.push(i === 1 ? 0.5 : null));
    services.rows[1]![4] = 'Blandad';
    services.rows[1]![5] = 'Omsättning';
    wb.push(table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], [['Lev', 3, 1]]));
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const a = lines(output(result, 'Fakturaunderlag'), 'A', 'Lev');
    expect(amounts(a)).toEqual([65, 65, 65 + 650, 65, 65, 65, 65, 65, 65, 65, 65, 65]);
    expect(a[2]?.['Text']).toBe('Lev, fast avgift efter Omsättning (60 %) 780 kr/år + 100 faktura à 6,50 kr, mars 2021');
    expect(a[0]?.['Text']).toBe('Lev, fast avgift efter Omsättning (60 %) 780 kr/år + 0 faktura à 6,50 kr, januari 2021');
  });

  it('bills a deviation surcharge evenly and names it', () => {
    // 12 reminders à 10 kr = 120 kr carved out of Lev's 2 600: (2 600 − 120) / 200 = 12,40 kr.
    // A: 100 × 12,40 = 1 240 (103,33 a month: 104 January–April) + 120 (10 a month).
    const wb = withYear(miniWorkbook());
    wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'Lev', 10]]));
    wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Lev', 'Påminnelse', 12]]));
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const a = lines(output(result, 'Fakturaunderlag'), 'A', 'Lev');
    expect(amounts(a)).toEqual(months(114, 113, 4));
    expect(a[0]?.['Text']).toBe('Lev, 8,33 faktura à 12,40 kr + avvikelsepåslag 120 kr/år, januari 2021');
  });

  it('bills a package evenly, naming its band, in the example workbook', () => {
    const rows = output(run(exampleTables()), 'Fakturaunderlag');
    const parking = lines(rows, 'Stockholm Parkering', 'Ekonomipaket bolag');
    expect(amounts(parking)).toEqual(months(10_000, 10_000, 12));
    expect(parking[11]?.['Text']).toBe('Ekonomipaket bolag, paket 0–10 000 à 120 000 kr/år, december 2021');
  });
});

describe('Fakturaunderlag beyond one Excel sheet', () => {
  it('is written with headers only and a warning saying how to get it', () => {
    // 87 380 rows of Fördelning are 1 048 560 lines, one of them too many.
    const charges = new Array(Math.floor(MAX_SHEET_ROWS / 12) + 1).fill({});
    const calc = { services: [{ charges }] } as unknown as Calculation;
    const problems = new ProblemList();
    const t = invoiceBasis(calc, problems);
    expect(t.rows).toEqual([]);
    expect(t.columns.map((c) => c.header)).toEqual(['Kund', 'Tjänst', 'Period', 'Belopp', 'Text']);
    expect(problems.items).toEqual([expect.objectContaining({ level: 'warning', code: 'invoice-basis-too-large', message: expect.stringMatching(/1 048 584 rader.*intaktsmodell invoice/) })]);
  });
});

// --- properties ----------------------------------------------------------------------------------

/** A random workbook with a Månadsprofil for some of its unit-priced services, and maybe Budgetår. */
const profiled = workbookSpec().chain((spec) => {
  const unitPriced = spec.services.filter((s) => s.model === 'Styck' || s.model === 'Tim' || s.model === 'Blandad');
  const weights = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
    fc.array(fc.constantFrom(0, 0, 1), { minLength: 12, maxLength: 12 }),
  ).filter((w) => w.some((x) => x > 0));
  return fc.record({
    spec: fc.constant(spec),
    profiles: fc.tuple(...unitPriced.map((s) => fc.option(weights.map((w) => ({ service: s.name, weights: w })), { nil: null }))),
    year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
  });
});

function tablesOf(spec: WorkbookSpec, profiles: ({ service: string; weights: number[] } | null)[], year: number | null): RawTable[] {
  const tables = toTables(spec);
  const rows: CellValue[][] = [];
  for (const p of profiles) {
    if (p === null) continue;
    const total = p.weights.reduce((a, b) => a + b, 0);
    // Shares as a user's formulas leave them (=w/total): doubles that need not sum to exactly 1.
    p.weights.forEach((w, m) => rows.push([p.service, m + 1, w / total]));
  }
  if (rows.length > 0) tables.push(table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], rows));
  if (year !== null) {
    const settings = tables.find((t) => t.name === 'Inställningar');
    if (settings) settings.rows.push(['Budgetår', year]);
    else tables.push(table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', year]]));
  }
  return tables;
}

const sumOf = (rows: Row[]) => rows.reduce((a, r) => a + Number(r['Belopp']), 0);

describe('Fakturaunderlag over random workbooks', () => {
  it('every customer’s and every service’s twelve months sum exactly to its year', () => {
    fc.assert(
      fc.property(profiled, ({ spec, profiles, year }) => {
        const result = run(tablesOf(spec, profiles, year));
        expect(errors(result)).toEqual([]);
        const invoice = output(result, 'Fakturaunderlag');
        const allocation = output(result, 'Fördelning');
        expect(invoice).toHaveLength(allocation.length * 12);
        const byPair = new Map<string, Row[]>();
        for (const r of invoice) {
          const key = `${r['Kund']}|${r['Tjänst']}`;
          byPair.set(key, [...(byPair.get(key) ?? []), r]);
          expect(Number.isInteger(r['Belopp'])).toBe(true);
        }
        for (const f of allocation) {
          const twelve = byPair.get(`${f['Kund']}|${f['Tjänst']}`) ?? [];
          expect(twelve.map((r) => String(r['Period']).slice(-2))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
          if (year !== null) expect(twelve.every((r) => String(r['Period']).startsWith(`${year}-`))).toBe(true);
          expect([f['Kund'], f['Tjänst'], sumOf(twelve)]).toEqual([f['Kund'], f['Tjänst'], f['Belopp']]);
        }
        for (const c of output(result, 'Kundsammanställning')) {
          expect([c['Kund'], sumOf(invoice.filter((r) => r['Kund'] === c['Kund']))]).toEqual([c['Kund'], c['Totalt']]);
        }
        for (const s of output(result, 'Prislista')) {
          expect([s['Tjänst'], sumOf(invoice.filter((r) => r['Tjänst'] === s['Tjänst']))]).toEqual([s['Tjänst'], s['Intäkt']]);
        }
        // The streamed lines (the command line's way past one sheet) are the table's rows, and
        // blocks of any size hold whole charges: twelve lines each, none split between blocks.
        const calc = result.calculation as Calculation;
        const table = invoiceBasis(calc, new ProblemList());
        expect(table.stream?.count).toBe(invoice.length);
        expect([...invoiceLines(calc)]).toEqual(table.rows);
        const size = 1 + (invoice.length % 40);
        const blocks = [...invoiceBlocks(calc, size)];
        expect(blocks.flat()).toEqual(table.rows);
        blocks.forEach((block, i) => {
          expect(block.length % 12).toBe(0);
          if (i < blocks.length - 1) expect(block.length).toBeGreaterThanOrEqual(size);
          if (i < blocks.length - 1) expect(block.length).toBeLessThan(size + 12);
        });
      }),
      RUNS,
    );
  });

  it('without a profile the months differ by at most two kronor, earlier months never less', () => {
    fc.assert(
      fc.property(workbookSpec(), (spec) => {
        const invoice = output(run(toTables(spec)), 'Fakturaunderlag');
        for (let i = 0; i < invoice.length; i += 12) {
          const twelve = invoice.slice(i, i + 12).map((r) => Number(r['Belopp']));
          // Two parts (keyed or surcharge, and units) each add at most one krona to the first months.
          expect(Math.max(...twelve) - Math.min(...twelve)).toBeLessThanOrEqual(2);
          for (let m = 1; m < 12; m++) expect(twelve[m]).toBeLessThanOrEqual(twelve[m - 1] as number);
        }
      }),
      RUNS,
    );
  });

  it('a month the profile gives no share bills no units (only an even surcharge or keyed part)', () => {
    fc.assert(
      fc.property(profiled, ({ spec, profiles, year }) => {
        const result = run(tablesOf(spec, profiles, year));
        const invoice = output(result, 'Fakturaunderlag');
        const allocation = output(result, 'Fördelning');
        for (const p of profiles) {
          if (p === null) continue;
          const service = spec.services.find((s) => s.name === p.service);
          if (service?.model === 'Blandad') continue;
          for (const f of allocation.filter((r) => r['Tjänst'] === p.service && r['Avvikelsepåslag'] === 0)) {
            const twelve = invoice.filter((r) => r['Kund'] === f['Kund'] && r['Tjänst'] === p.service);
            p.weights.forEach((w, m) => {
              if (w === 0) expect(twelve[m]?.['Belopp']).toBe(0);
            });
          }
        }
      }),
      RUNS,
    );
  });
});
