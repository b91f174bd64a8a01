import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import type { Calculation } from '../../src/engine/calc/calculate';
import { rowBlocks, rowCount, type OutputTable, type OutputValue } from '../../src/engine/output';
import { errors, output, run, table } from './helpers';
import { lastYearArbitrary, withRandomLastYear, withSetting } from './lastYearTables';
import { toTables, workbookSpec } from './workbookArbitrary';

// Förändringsanalys: last year's charge against this year's, split into a price, a volume and a
// model/key effect that sum exactly to the change (docs/arbetsbok.md, "Förändringsanalys").

// PROPERTY_RUNS=2000 npx jest test/engine/change-analysis for a longer search.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
type Row = Record<string, OutputValue>;

/** Three customers, four services; every figure below is worked out by hand. */
function handWorkbook() {
  return [
    table('Nycklar', ['Kund', 'Anställda'], [
      ['A', 30],
      ['B', 60],
      ['C', 10],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare', 'Fjolårspris'], [
      ['Kassa', 'Ekonomi', 'Bastjänst', 'Fast', 'Anställda', null, 10],
      ['Lev', 'Ekonomi', 'Bastjänst', 'Styck', null, null, 9.5],
      ['Kundres', 'Ekonomi', 'Bastjänst', 'Tim', null, null, 95.55],
      ['Uppdrag', 'Upphandling', 'Uppdrag', 'Direkt', null, 'A', null],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [
      ['Kassa', 1000],
      ['Lev', 2000],
      ['Kundres', 1000],
      ['Uppdrag', 500],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'], [
      ['A', 'Kassa', 30, 25],
      ['B', 'Kassa', 60, 60],
      ['A', 'Lev', 100, 120],
      ['B', 'Lev', 60, 50],
      ['C', 'Lev', 40, null],
      ['A', 'Kundres', 7, 6.5],
      ['B', 'Kundres', 3, 4.1],
      ['C', 'Kundres', 0, 2],
    ]),
  ];
}

const COLUMNS = ['Kund', 'Tjänst', 'Fjolårsbelopp', 'Belopp', 'Förändring', 'Priseffekt', 'Volymeffekt', 'Modell-/nyckeleffekt'] as const;
const pick = (r: Row) => COLUMNS.map((c) => r[c]);

describe('Förändringsanalys, worked by hand', () => {
  const result = run(handWorkbook());
  const rows = output(result, 'Förändringsanalys');

  it('calculates', () => {
    expect(errors(result)).toEqual([]);
  });

  it('splits each change into price, volume and model/key effects', () => {
    // Kassa (Fast, 1 000 kr keyed by Anställda over A and B, who have Volymer rows):
    //   A 1000·30/90 = 333.33, B 666.67 -> 333 + 667 (the leftover krona to the larger remainder).
    //   No unit price: price effect 0, volume effect = P0·(V1 − V0).
    //   A: L = 10·25 = 250, T = 333, change 83, volume 10·(30 − 25) = 50, model/key 83 − 50 = 33.
    //   B: L = 10·60 = 600, T = 667, change 67, volume 0, model/key 67.
    // Lev (Styck, 2 000 kr over 200 invoices: P1 = 10.00; P0 = 9.50):
    //   A: L = 9.5·120 = 1140, T = 1000, change −140; price (10 − 9.5)·120 = 60,
    //      volume 10·(100 − 120) = −200, model/key −140 − 60 + 200 = 0.
    //   B: L = 9.5·50 = 475, T = 600, change 125; price 0.5·50 = 25, volume 10·10 = 100, model 0.
    //   C: no Fjolårsvolym: L = 0, the whole 400 is model/key effect.
    // Kundres (Tim, 1 000 kr over 10 h: P1 = 100.00; P0 = 95.55):
    //   A: L = ROUND(95.55·6.5 = 621.075) = 621, T = 700, change 79;
    //      price ROUND(4.45·6.5 = 28.925) = 29, volume 100·0.5 = 50, model 0.
    //   B: L = ROUND(95.55·4.1 = 391.755) = 392, T = 300, change −92;
    //      price ROUND(4.45·4.1 = 18.245) = 18, volume 100·(3 − 4.1) = −110, model −92 − 18 + 110 = 0.
    //   C: volume 0 this year, so no charge: L = ROUND(95.55·2 = 191.1) = 191, T = 0, change −191;
    //      price ROUND(4.45·2 = 8.9) = 9, volume 100·(0 − 2) = −200, model −191 − 9 + 200 = 0.
    // Uppdrag (Direkt to A, no Fjolårspris): L = 0, the whole 500 is model/key effect.
    expect(rows.map(pick)).toEqual([
      ['A', 'Kassa', 250, 333, 83, 0, 50, 33],
      ['A', 'Lev', 1140, 1000, -140, 60, -200, 0],
      ['A', 'Kundres', 621, 700, 79, 29, 50, 0],
      ['A', 'Uppdrag', 0, 500, 500, 0, 0, 500],
      ['B', 'Kassa', 600, 667, 67, 0, 0, 67],
      ['B', 'Lev', 475, 600, 125, 25, 100, 0],
      ['B', 'Kundres', 392, 300, -92, 18, -110, 0],
      ['C', 'Lev', 0, 400, 400, 0, 0, 400],
      ['C', 'Kundres', 191, 0, -191, 9, -200, 0],
    ]);
  });

  it('marks the rows without a last-year charge and the customer no longer charged', () => {
    const note = (k: string, s: string) => rows.find((r) => r['Kund'] === k && r['Tjänst'] === s)?.['Anmärkning'];
    expect(note('C', 'Lev')).toBe('Fjolårsvolym saknas');
    expect(note('A', 'Uppdrag')).toBe('Fjolårspris och fjolårsvolym saknas');
    expect(note('C', 'Kundres')).toBe('Debiteras inte i år');
    expect(note('A', 'Lev')).toBeNull();
  });

  it('shows the inputs and the change in %', () => {
    const a = rows.find((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Kundres') as Row;
    expect(a).toMatchObject({ Prismodell: 'Tim', Verksamhetsområde: 'Ekonomi', Fjolårspris: 95.55, Fjolårsvolym: 6.5, Pris: 100, Volym: 7 });
    expect(a['Förändring %']).toBeCloseTo(79 / 621, 15);
    const missing = rows.find((r) => r['Kund'] === 'C' && r['Tjänst'] === 'Lev') as Row;
    expect(missing['Förändring %']).toBeNull();
    // A keyed service has no unit price this year.
    expect(rows.find((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Kassa')?.['Pris']).toBeNull();
  });
});

it('rounds to Beloppsavrundning and still sums exactly', () => {
  // Step 10 kr: Kundres for B, L = 391.755 -> 390, T = 300, change −90; price effect
  // 18.245 -> 20, volume effect −110, model/key effect −90 − 20 + 110 = 0.
  const result = run(withSetting(handWorkbook(), 'Beloppsavrundning', 10));
  expect(errors(result)).toEqual([]);
  const rows = output(result, 'Förändringsanalys');
  const b = rows.find((r) => r['Kund'] === 'B' && r['Tjänst'] === 'Kundres') as Row;
  expect(pick(b)).toEqual(['B', 'Kundres', 390, 300, -90, 20, -110, 0]);
  for (const r of rows) {
    const [, , L, T, change, pe, ve, me] = pick(r) as number[];
    for (const v of [L, T, change, pe, ve, me]) expect(Math.abs((v as number) % 10)).toBe(0);
    expect((pe as number) + (ve as number) + (me as number)).toBe(change);
  }
});

it('has no rows when the workbook has no Fjolårspris at all', () => {
  const tables = handWorkbook().map((t) => (t.name === 'Tjänster' ? { ...t, rows: t.rows.map((r) => [...r.slice(0, 6), null]) } : t));
  const result = run(tables);
  expect(errors(result)).toEqual([]);
  expect(output(result, 'Förändringsanalys')).toEqual([]);
  expect(output(result, 'Övergång').map((r) => r['Fjolår'])).toEqual([0, 0, 0]);
});

describe('Förändringsanalys over random workbooks', () => {
  const arb = fc.record({ spec: workbookSpec(), last: lastYearArbitrary });

  it('splits every change exactly, against Fördelning and last year as written', () => {
    fc.assert(
      fc.property(arb, ({ spec, last }) => {
        const tables = withRandomLastYear(toTables(spec), last);
        const result = run(tables);
        expect(errors(result)).toEqual([]);
        const rows = output(result, 'Förändringsanalys');
        const charged = output(result, 'Fördelning');
        if (!(last.prices.slice(0, spec.services.length).some((p) => p !== null))) {
          expect(rows).toEqual([]);
          return;
        }

        // Every charge appears once, with its Belopp, in the same order (customer, then service).
        const key = (r: Row) => `${String(r['Kund'])}|${String(r['Tjänst'])}`;
        const belopp = new Map(charged.map((r) => [key(r), r['Belopp']]));
        const surcharge = new Map(charged.map((r) => [key(r), r['Avvikelsepåslag']]));
        const seen = new Set(rows.map(key));
        expect(seen.size).toBe(rows.length);
        for (const r of charged) expect(seen.has(key(r))).toBe(true);

        const prices = new Map(spec.services.map((s, i) => [s.name, last.prices[i % last.prices.length] ?? null]));
        const volumeRows = new Map(spec.volumes.map((v, i) => [`${v.customer}|${v.service}`, { volume: v.quarters / 4, last: last.volumes[i % last.volumes.length] ?? null }]));
        for (const r of rows) {
          const [L, T, change, pe, ve, de, me] = (['Fjolårsbelopp', 'Belopp', 'Förändring', 'Priseffekt', 'Volymeffekt', 'Avvikelseeffekt', 'Modell-/nyckeleffekt'] as const).map((c) => r[c] as number) as [number, number, number, number, number, number, number];
          for (const v of [L, T, change, pe, ve, de, me]) expect(Number.isInteger(v)).toBe(true);
          // The decomposition adds up exactly, in whole kronor.
          expect(pe + ve + de + me).toBe(change);
          expect(change).toBe(T - L);
          expect(T).toBe(belopp.get(key(r)) ?? 0);
          // Last year as price × volume holds no deviation charges: the deviation effect is this year's surcharge.
          expect(de).toBe(surcharge.get(key(r)) ?? 0);

          // Last year as written: L = ROUND(Fjolårspris × Fjolårsvolym), or 0 and marked.
          const p0 = prices.get(String(r['Tjänst'])) ?? null;
          const v = volumeRows.get(key(r));
          const v0 = v?.last ?? null;
          if (p0 === null || v0 === null) {
            expect([L, pe, ve, de + me]).toEqual([0, 0, 0, T]);
            expect(String(r['Anmärkning'])).toMatch(/saknas/);
          } else {
            expect(L).toBe(new DecimalJs(p0).times(v0).toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP).toNumber());
            expect(String(r['Anmärkning'] ?? '')).not.toMatch(/saknas/);
            // The effects as documented, worked out again with a separate decimal.js.
            const round = (x: DecimalJs) => x.toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP).toNumber() + 0; // + 0: no −0
            const p1 = r['Pris'] as number | null;
            const v1 = r['Volym'] as number;
            expect(pe).toBe(p1 === null ? 0 : round(new DecimalJs(p1).minus(p0).times(v0)));
            expect(ve).toBe(round(new DecimalJs(p1 ?? p0).times(new DecimalJs(v1).minus(v0))));
            // No price change, no price effect; no volume change, no volume effect.
            if (r['Pris'] === null || r['Pris'] === p0) expect(pe).toBe(0);
            if ((v?.volume ?? 0) === v0) expect(ve).toBe(0);
            // A unit-priced service without surcharges or keyed part: the model/key effect is
            // rounding only (T = ROUND(P1·V1), L = ROUND(P0·V0) and the two rounded effects).
            if ((r['Prismodell'] === 'Styck' || r['Prismodell'] === 'Tim') && spec.deviationTypes.every((t) => t.service !== r['Tjänst'])) {
              expect(Math.abs(me)).toBeLessThanOrEqual(2);
            }
          }
        }
        // Everyone charged this year is in the table; the rest have a last-year charge.
        const totalT = rows.reduce((a, r) => a + (r['Belopp'] as number), 0);
        expect(totalT).toBe(charged.reduce((a, r) => a + (r['Belopp'] as number), 0));
        for (const r of rows) if (!belopp.has(key(r))) expect(r['Fjolårsbelopp']).not.toBe(0);
      }),
      RUNS,
    );
  });

  it("is written block by block, customers in Nycklar order and each customer's services in Tjänster order, as many rows as it declared", () => {
    fc.assert(
      fc.property(arb, ({ spec, last }) => {
        const result = run(withRandomLastYear(toTables(spec), last));
        expect(errors(result)).toEqual([]);
        const model = (result.calculation as Calculation).model;
        const table = result.outputs.find((o) => o.name === 'Förändringsanalys') as OutputTable;
        // As a writer takes it: block by block, the count declared before any row is made.
        const streamed = [...rowBlocks(table)].flat();
        expect(rowCount(table)).toBe(streamed.length);
        const customer = new Map(model.customers.map((c, i) => [c.name, i]));
        const service = new Map(model.services.map((s, i) => [s.name, i]));
        const place = streamed.map((r) => (customer.get(r[0] as string) as number) * service.size + (service.get(r[2] as string) as number));
        for (let i = 1; i < place.length; i++) expect(place[i]).toBeGreaterThan(place[i - 1] as number);
      }),
      RUNS,
    );
  });
});
