import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';
import { customerStatement } from '../../src/engine/statement';
import { renderMessage } from '../../src/engine/messages/catalog';
import type { OutputValue } from '../../src/engine/output';
import { exampleTables } from '../../src/example';
import { traceCharge } from '../../src/engine/calc/trace';
import { traceText } from '../../src/cli/traceText';
import { errors, miniWorkbook, output, run, table } from './helpers';

type Row = Record<string, OutputValue>;

/** The mini workbook (helpers.ts, worked by hand in mini.test.ts) with Från månad and Till månad. */
function withMonths(months: Record<string, [CellValue, CellValue]>, extra: RawTable[] = []): RawTable[] {
  const wb = miniWorkbook();
  const keys = wb.find((t) => t.name === 'Nycklar') as RawTable;
  keys.headers.push('Från månad', 'Till månad');
  for (const row of keys.rows) row.push(...(months[row[0] as string] ?? [null, null]));
  return [...wb, table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2021]]), ...extra];
}

const lines = (rows: Row[], kund: string, tjanst: string) => rows.filter((r) => r['Kund'] === kund && r['Tjänst'] === tjanst);
const amounts = (rows: Row[]) => rows.map((r) => r['Belopp']);
/** Twelve months: `before` zeros, `high` months of a, then b up to `active` months, then zeros. */
const span = (before: number, high: number, a: number, b: number, active: number) => [...Array(before).fill(0), ...Array(high).fill(a), ...Array(active - high).fill(b), ...Array(12 - before - active).fill(0)];

// By hand. Kassa (Fast, 1 350 kr) by Omsättning: A 600 all year, B 300 January–September (Till
// månad 9), C 100 July–December (Från månad 7). Weights key × months: A 7 200, B 2 700, C 600,
// total 10 500. A 1 350 × 7 200 / 10 500 = 925,71; B 347,14; C 77,14: floors 925 + 347 + 77 =
// 1 349, the leftover krona to the largest remainder (A): A 926, B 347, C 77. Pris per
// nyckelenhet (per Omsättning and whole year) 1 350 × 12 / 10 500 = 1,542857…
// Lev (Styck, 13 kr) and Kundres (Tim, 125 kr) bill the volumes: B Lev 60 × 13 = 780, B Kundres
// 3 × 125 = 375, C Lev 40 × 13 = 520; Uppdrag (Direkt) A 900.
describe('customers who join or leave during the year, by hand', () => {
  const result = run(withMonths({ B: [null, 9], C: [7, null] }));

  it('shares a keyed fee by key × active months, summing exactly to the cost', () => {
    expect(errors(result)).toEqual([]);
    const kassa = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Kassa');
    expect(kassa.map((r) => [r['Kund'], r['Belopp'], r['Underlag']])).toEqual([['A', 926, 600], ['B', 347, 300], ['C', 77, 100]]);
    expect(kassa.map((r) => r['Andel'] as number).map((x) => Math.round(x * 1e6))).toEqual([685714, 257143, 57143]);
    const price = output(result, 'Prislista').find((r) => r['Tjänst'] === 'Kassa');
    expect(price?.['Pris per nyckelenhet']).toBeCloseTo(1350 * 12 / 10500, 12);
    expect(price?.['Intäkt']).toBe(1350);
    expect(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']])).toEqual([['A', 926 + 1300 + 875 + 900], ['B', 347 + 780 + 375], ['C', 77 + 520]]);
  });

  it('bills only the active months in Fakturaunderlag, each charge summing to its Belopp', () => {
    const rows = output(result, 'Fakturaunderlag');
    expect(rows).toHaveLength(9 * 12);
    // A 926 / 12 = 77,17: two kronor left, January and February.
    expect(amounts(lines(rows, 'A', 'Kassa'))).toEqual(span(0, 2, 78, 77, 12));
    // B 347 over January–September: 38 × 9 = 342, five left for January–May.
    expect(amounts(lines(rows, 'B', 'Kassa'))).toEqual(span(0, 5, 39, 38, 9));
    // B 780 / 9 = 86,67: six left; 375 / 9 = 41,67: six left.
    expect(amounts(lines(rows, 'B', 'Lev'))).toEqual(span(0, 6, 87, 86, 9));
    expect(amounts(lines(rows, 'B', 'Kundres'))).toEqual(span(0, 6, 42, 41, 9));
    // C 77 over July–December: 12 × 6 = 72, five left for July–November; Lev 520 / 6 = 86,67: four left.
    expect(amounts(lines(rows, 'C', 'Kassa'))).toEqual(span(6, 5, 13, 12, 6));
    expect(amounts(lines(rows, 'C', 'Lev'))).toEqual(span(6, 4, 87, 86, 6));
  });

  it('says in the invoice text which months the customer is billed for', () => {
    const rows = output(result, 'Fakturaunderlag');
    const text = (kund: string, tjanst: string, month: number) => lines(rows, kund, tjanst)[month]?.['Text'];
    expect(text('C', 'Kassa', 0)).toBe('Kassa, ingen avgift (kund juli–december), januari 2021');
    expect(text('C', 'Kassa', 6)).toBe('Kassa, fast avgift efter Omsättning (5,71 %) 77 kr för juli–december, juli 2021');
    expect(text('C', 'Lev', 11)).toBe('Lev, 6,67 faktura à 13 kr, december 2021');
    expect(text('B', 'Kundres', 9)).toBe('Kundres, ingen avgift (kund januari–september), oktober 2021');
    expect(text('A', 'Kassa', 0)).toBe('Kassa, fast avgift efter Omsättning (68,57 %) 926 kr/år, januari 2021');
  });

  it("says the customer's months in its statement", () => {
    const c = customerStatement(result.calculation!, 'C');
    expect(c.period).toBe('Budgetår 2021, kund juli–december (1 juli–31 december 2021)');
    expect(c.activeMonths).toEqual({ from: 6, to: 11 });
    expect(c.texts.summary.replace(/\u00a0/g, ' ')).toBe('Ni betalar 597 kr för juli–december 2021 för 2 tjänster.');
    expect(c.texts.method.at(-1)).toBe('Ni är kund juli–december (6 av 12 månader): en fast avgift räknas på ert värde av nyckeln gånger de 6 månaderna, era volymer gäller de 6 månaderna, och ni faktureras bara för dem.');
    const b = customerStatement(result.calculation!, 'B');
    expect(b.period).toBe('Budgetår 2021, kund januari–september (1 januari–30 september 2021)');
    const a = customerStatement(result.calculation!, 'A');
    expect(a.period).toBe('Budgetår 2021 (1 januari–31 december 2021)');
    expect(a.activeMonths).toBeNull();
    expect(a.texts.method.some((t) => t.startsWith('Ni är kund'))).toBe(false);
  });

  it('traces the keyed part as key × months, Underlag the key value', () => {
    const spårning = output(result, 'Spårning').filter((r) => r['Kund'] === 'C' && r['Tjänst'] === 'Kassa' && r['Del'] === 'Fast del');
    expect(spårning.map((r) => r['Underlag'])).toEqual(spårning.map(() => 100));
    expect(spårning.reduce((s, r) => s + (r['Belopp'] as number), 0)).toBe(77);
    const calc = result.calculation!;
    const text = traceText(calc, [traceCharge(calc, 'C', 'Kassa')!]).replace(/\u00a0/g, ' ');
    expect(text).toContain('Fast del: nyckel Omsättning, 100 × 6 månader = 600 av 10 500 = 5,71 %');
  });

  it('follows the profile within the active months', () => {
    // Lev: half in March, half in December. B (January–September) has only March: all 780 there;
    // C (July–December) only December: all 520 there, 40 fakturor.
    const profiled = run(withMonths({ B: [null, 9], C: [7, null] }, [table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], [['Lev', 3, 0.5], ['Lev', 12, 0.5]])]));
    expect(errors(profiled)).toEqual([]);
    const rows = output(profiled, 'Fakturaunderlag');
    expect(amounts(lines(rows, 'B', 'Lev'))).toEqual(span(2, 1, 780, 0, 1));
    expect(amounts(lines(rows, 'C', 'Lev'))).toEqual(span(11, 1, 520, 0, 1));
    expect(lines(rows, 'C', 'Lev')[11]?.['Text']).toBe('Lev, 40 faktura à 13 kr, december 2021');
    expect(lines(rows, 'C', 'Lev')[8]?.['Text']).toBe('Lev, 0 faktura à 13 kr, september 2021');
  });

  it('prices exactly as before when every customer is active the whole year', () => {
    const plain = run(miniWorkbook());
    const blank = run(withMonths({ A: [1, 12], B: [null, null], C: ['januari', 'december'] }));
    expect(errors(blank)).toEqual([]);
    expect(output(blank, 'Fördelning')).toEqual(output(plain, 'Fördelning'));
  });
});

describe('bad months, located', () => {
  const problem = (tables: RawTable[], code: string) => run(tables).problems.find((p) => p.code === code);

  it('a month outside 1–12', () => {
    const p = problem(withMonths({ C: [13, null] }), 'invalid-active-month');
    expect(p).toMatchObject({ level: 'error', table: 'Nycklar', row: 3, column: 'Från månad', cell: 'Nycklar!E4' });
    expect(p?.message).toBe('Nycklar rad 3, kolumn Från månad (Nycklar!E4): "13" är ingen månad. Skriv månadens nummer 1–12 (4 för april), år och månad (2027-04) eller månadens namn (april); tom cell betyder januari.');
    expect(renderMessage(p!.text, 'en')).toBe('Nycklar row 3, column Från månad (Nycklar!E4): "13" is not a month. Write the month\'s number 1–12 (4 for April), year and month (2027-04) or the month\'s Swedish name (april); an empty cell means January.');
    expect(problem(withMonths({ B: [null, 0] }), 'invalid-active-month')).toMatchObject({ row: 2, column: 'Till månad', cell: 'Nycklar!F3' });
    expect(problem(withMonths({ B: [null, 4.5] }), 'invalid-active-month')).toMatchObject({ row: 2, column: 'Till månad' });
  });

  it('Från after Till', () => {
    const result = run(withMonths({ B: [10, 3] }));
    expect(result.problems.filter((p) => p.level === 'error')).toHaveLength(1);
    const p = result.problems.find((x) => x.code === 'active-months-reversed');
    expect(p).toMatchObject({ level: 'error', table: 'Nycklar', row: 2, column: 'Från månad', cell: 'Nycklar!E3' });
    expect(p?.message).toBe('Nycklar rad 2, kolumn Från månad (Nycklar!E3): kunden "B" börjar i oktober men slutar redan i mars (Till månad, Nycklar!F3). Från månad ska vara samma månad som Till månad eller tidigare.');
    expect(renderMessage(p!.text, 'en')).toBe('Nycklar row 2, column Från månad (Nycklar!E3): the customer "B" starts in October but already ends in March (Till månad, Nycklar!F3). Från månad must be the same month as Till månad or earlier.');
  });

  it('a month of another year than Budgetår', () => {
    const p = problem(withMonths({ C: ['2020-07', null] }), 'active-month-outside-year');
    expect(p).toMatchObject({ table: 'Nycklar', row: 3, column: 'Från månad', cell: 'Nycklar!E4' });
    expect(p?.message).toBe('Nycklar rad 3, kolumn Från månad (Nycklar!E4): "2020-07" ligger i 2020, inte i budgetåret 2021 (Inställningar). Från månad och Till månad anger månader i budgetåret.');
  });

  it('a column Startmånad is not silently a key', () => {
    const wb = miniWorkbook();
    const keys = wb.find((t) => t.name === 'Nycklar') as RawTable;
    keys.headers.push('Startmånad');
    keys.rows.forEach((r, i) => r.push(i === 2 ? 7 : null));
    const result = run(wb);
    expect(result.ok).toBe(false);
    const p = result.problems.find((x) => x.code === 'month-column-as-key');
    expect(p).toMatchObject({ level: 'error', table: 'Nycklar', row: null, column: 'Startmånad', cell: 'Nycklar!E1' });
    expect(p?.message).toBe('Nycklar kolumn Startmånad (Nycklar!E1): kolumnen "Startmånad" skulle läsas som en fördelningsnyckel, men namnet ser ut att ange när kunden börjar eller slutar. En kund som är kund bara en del av året anges med kolumnerna Från månad och Till månad (1–12). Menade du Från månad? Byt namn på kolumnen.');
    expect(renderMessage(p!.text, 'en')).toContain('Did you mean Från månad?');
  });

  it.each([
    ['Slutmånad', 'Till månad'],
    ['Från mån', 'Från månad'],
    ['Till manad', 'Till månad'],
    ['Slutdatum', 'Till månad'],
    ['Start', 'Från månad'],
    ['Månad till', 'Till månad'],
  ])('%s is taken for %s', (header, meant) => {
    const wb = miniWorkbook();
    (wb[0] as RawTable).headers.push(header);
    const p = run(wb).problems.find((x) => x.code === 'month-column-as-key');
    expect(p?.message).toContain(`Menade du ${meant}?`);
  });

  it.each(['Invånare', 'Månadslöner', 'Antal månader', 'Inkomst'])('%s stays a key', (header) => {
    const wb = miniWorkbook();
    (wb[0] as RawTable).headers.push(header);
    expect(run(wb).problems.find((x) => x.code === 'month-column-as-key')).toBeUndefined();
  });

  it('a volume the profile puts outside the active months', () => {
    const result = run(withMonths({ C: [7, null] }, [table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], [['Lev', 3, 1]])]));
    const p = result.problems.find((x) => x.code === 'volume-outside-active-months');
    expect(p).toMatchObject({ level: 'error', table: 'Volymer', row: 3, column: 'Volym', cell: 'Volymer!C4' });
    expect(p?.message).toBe('Volymer rad 3, kolumn Volym (Volymer!C4): C är kund juli–december, men Månadsprofil ger Lev ingen volym de månaderna, så volymen 40 faktura kan inte faktureras. Ändra Månadsprofil, kundens Från månad och Till månad eller volymen.');
  });
});

describe('the keyed allocation with active months (property)', () => {
  it('sums exactly to the cost, gives nothing outside the months, and scales with months', () => {
    const customer = fc.record({ key: fc.integer({ min: 0, max: 1_000_000 }), from: fc.integer({ min: 1, max: 12 }), length: fc.integer({ min: 0, max: 11 }) });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 6 }).filter((cs) => cs.some((c) => c.key > 0)), fc.integer({ min: 1, max: 10_000_000 }), (cs, cost) => {
        const rows = cs.map((c, i) => [`K${i}`, c.key, c.from, Math.min(12, c.from + c.length)] as CellValue[]);
        const wb: RawTable[] = [
          table('Nycklar', ['Kund', 'Nyckel', 'Från månad', 'Till månad'], rows),
          table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel'], [['T', 'O', 'Bastjänst', 'Fast', 'Nyckel']]),
          table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['T', cost]]),
          table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2027]]),
        ];
        const result = run(wb);
        expect(errors(result)).toEqual([]);
        const charged = output(result, 'Fördelning');
        expect(charged.reduce((s, r) => s + (r['Belopp'] as number), 0)).toBe(cost);
        const weights = cs.map((c) => c.key * (Math.min(12, c.from + c.length) - c.from + 1));
        const total = weights.reduce((a, b) => a + b, 0);
        for (const r of charged) {
          const i = Number(String(r['Kund']).slice(1));
          // Largest remainder: within one krona of the exact share by key × months.
          expect(Math.abs((r['Belopp'] as number) - (cost * (weights[i] as number)) / total)).toBeLessThan(1);
        }
        const invoice = output(result, 'Fakturaunderlag');
        for (const r of invoice) {
          const c = cs[Number(String(r['Kund']).slice(1))]!;
          const month = Number(String(r['Period']).slice(5));
          if (month < c.from || month > Math.min(12, c.from + c.length)) expect(r['Belopp']).toBe(0);
        }
        for (const r of charged) {
          const billed = invoice.filter((x) => x['Kund'] === r['Kund']).reduce((s, x) => s + (x['Belopp'] as number), 0);
          expect(billed).toBe(r['Belopp']);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });

  it('bills every charge of Fast, Blandad and Styck services exactly within the months, with or without a profile', () => {
    const customer = fc.record({ key: fc.integer({ min: 0, max: 5000 }), volume: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }), from: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), to: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }) });
    const valid = (cs: { key: number; volume: number | null; from: number | null; to: number | null }[]) =>
      cs.some((c) => c.key > 0) && cs.some((c) => c.volume !== null && c.key > 0) && cs.every((c) => (c.from ?? 1) <= (c.to ?? 12));
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 6 }).filter(valid),
        fc.option(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }), { nil: null }),
        // At least 100 000 kr over at most 30 000 units: no unit price rounds to 0.
        fc.integer({ min: 100_000, max: 10_000_000 }),
        // Nyckelviktning with some customers' deviations on F, or none.
        fc.option(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 }), { nil: null }),
        (cs, profile, cost, events) => {
          const wb: RawTable[] = [
            table('Nycklar', ['Kund', 'Nyckel', 'Från månad', 'Till månad'], cs.map((c, i) => [`K${i}`, c.key, c.from, c.to])),
            table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel'], [
              ['F', 'O', 'Bastjänst', 'Fast', 'Nyckel', null],
              ['B', 'O', 'Bastjänst', 'Blandad', 'Nyckel', 0.4],
              ['S', 'O', 'Bastjänst', 'Styck', null, null],
            ]),
            table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['F', cost], ['B', cost], ['S', cost]]),
            table('Volymer', ['Kund', 'Tjänst', 'Volym'], cs.flatMap((c, i) => (c.volume === null ? [] : [[`K${i}`, 'B', c.volume], [`K${i}`, 'S', c.volume]]))),
            table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2027], ...(events === null ? [] : [['Avvikelsemetod', 'Nyckelviktning']])]),
            ...(events === null ? [] : [
              table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Fel', 'F', 10]]),
              table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], cs.flatMap((_, i) => ((events[i] ?? 0) > 0 ? [[`K${i}`, 'F', 'Fel', events[i] as number]] : []))),
            ]),
            ...(profile === null ? [] : [table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], ['B', 'S'].flatMap((t) => profile.map((w, m) => [t, m + 1, w / profile.reduce((a, b) => a + b, 0)])))]),
          ];
          const result = run(wb);
          expect(errors(result)).toEqual([]);
          const charged = output(result, 'Fördelning');
          expect(charged.filter((r) => r['Tjänst'] === 'F').reduce((a, r) => a + (r['Belopp'] as number), 0)).toBe(cost);
          const invoice = output(result, 'Fakturaunderlag');
          expect(invoice).toHaveLength(charged.length * 12);
          charged.forEach((r) => {
            const c = cs[Number(String(r['Kund']).slice(1))]!;
            const mine = lines(invoice, r['Kund'] as string, r['Tjänst'] as string);
            expect(mine).toHaveLength(12);
            expect(mine.reduce((a, x) => a + (x['Belopp'] as number), 0)).toBe(r['Belopp']);
            mine.forEach((x, m) => {
              if (m + 1 < (c.from ?? 1) || m + 1 > (c.to ?? 12)) expect(x['Belopp']).toBe(0);
            });
          });
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('the example workbook: Stockholms Hamn joins in April', () => {
  const result = run(exampleTables());

  it('bills the package and the hours April to December, by hand', () => {
    expect(errors(result)).toEqual([]);
    const rows = output(result, 'Fakturaunderlag');
    // 120 000 kr over nine months: 13 333 × 9 = 119 997, three kronor left for April–June.
    expect(amounts(lines(rows, 'Stockholms Hamn', 'Ekonomipaket bolag'))).toEqual(span(3, 3, 13_334, 13_333, 9));
    // 200 400 kr over nine months: 22 266 × 9 = 200 394, six left for April–September.
    expect(amounts(lines(rows, 'Stockholms Hamn', 'Övriga tilläggstjänster KC'))).toEqual(span(3, 6, 22_267, 22_266, 9));
    expect(lines(rows, 'Stockholms Hamn', 'Ekonomipaket bolag')[0]?.['Text']).toBe('Ekonomipaket bolag, ingen avgift (kund april–december), januari 2021');
    expect(customerStatement(result.calculation!, 'Stockholms Hamn').period).toBe('Budgetår 2021, kund april–december (1 april–31 december 2021)');
  });

  it('moves no other figure: Fördelning is the same with Hamn all year', () => {
    const tables = exampleTables();
    const keys = tables.find((t) => t.name === 'Nycklar') as RawTable;
    const from = keys.headers.indexOf('Från månad');
    for (const row of keys.rows) row[from] = null;
    expect(output(run(tables), 'Fördelning')).toEqual(output(result, 'Fördelning'));
  });
});
