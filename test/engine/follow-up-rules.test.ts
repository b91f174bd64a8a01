import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import { errors, output, run, table } from './helpers';
import { INVOICED_TO_MARCH, SURPLUS, followUpWorkbook as workbook } from './followUpWorkbook';
import { withSetting } from './lastYearTables';

// Issue 16's rules not pinned by follow-up.test.ts and settlement.test.ts, each on
// followUpWorkbook's workbook (its figures in that file) and worked out by hand.

type Row = Record<string, OutputValue>;

const serviceRow = (tables: RawTable[], name: string) => output(run(tables), 'Uppföljning').find((r) => r['Namn'] === name) as Row;
const withRows = (tables: RawTable[], name: string, rows: CellValue[][]) => tables.map((t) => (t.name === name ? { ...t, rows: [...t.rows, ...rows] } : t));

describe('Uppföljning’s budget to date follows Månadsprofil where given', () => {
  // Lev's volume falls 10 % a month January–October (ten rows of 0,1), none in November–December.
  const profile = table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], Array.from({ length: 10 }, (_, m) => ['Lev', m + 1, 0.1]));
  const result = run([...workbook(), profile]);

  it('takes the profile’s share of the closed months for cost and revenue, and the rest for the forecast', () => {
    expect(errors(result)).toEqual([]);
    const lev = output(result, 'Uppföljning').find((r) => r['Namn'] === 'Lev') as Row;
    // Budget to date 3 200 · 0,3 = 960; revenue A 1 200 · 0,3 = 360 and B 2 000 · 0,3 = 600.
    // Forecast cost 950 + 3 200 · 0,7 = 3 190; revenue 700 + (1 200 − 360) + (2 000 − 600) = 2 940.
    expect(['Budget kostnad ack.', 'Budget intäkt ack.', 'Utfall kostnad ack.', 'Utfall intäkt ack.', 'Prognos kostnad', 'Prognos intäkt', 'Prognos resultat'].map((c) => lev[c])).toEqual([960, 960, 950, 700, 3190, 2940, -250]);
  });

  it('and so do the volumes to date', () => {
    // A: 120 · 0,3 = 36 budgeted, 30 done, forecast 30 + 84; B: 60 budgeted, 40 done (−33,3 %), 40 + 140.
    const volumes = output(result, 'Volymuppföljning').map((r) => [r['Kund'], r['Budgetvolym ack.'], r['Utfall ack.'], r['Prognos']]);
    expect(volumes).toEqual([
      ['A', 36, 30, 114],
      ['B', 60, 40, 180],
    ]);
  });
});

describe('Utfall on an area and on a common pool', () => {
  it('spreads each as its budget was, in whole kronor by largest remainder', () => {
    // Ekonomi 600 goes to Kassa and Lev by direct cost 1 200 : 2 400; the pool Lokaler 700 to all
    // three by 1 200 : 2 400 : 600. Actuals: Ekonomi 90 -> 30 / 60; Lokaler 71 -> 20,29 / 40,57 /
    // 10,14: 20 + 40 + 10 and the krona left to Lev (,57): 20 / 41 / 10. On top of Kassa 450,
    // Lev 950 and Uppdrag 200 (follow-up.test.ts).
    let tables = withRows(workbook(), 'Kostnader', [['Ekonomi', 600], ['Lokaler', 700]]);
    tables = withRows(tables, 'Utfall', [['Ekonomi', 2, 90], ['Lokaler', 1, 71]]);
    expect(errors(run(tables))).toEqual([]);
    expect(['Kassa', 'Lev', 'Uppdrag'].map((s) => serviceRow(tables, s)['Utfall kostnad ack.'])).toEqual([500, 1051, 210]);
    expect(serviceRow(tables, 'Totalt')['Utfall kostnad ack.']).toBe(1600 + 90 + 71);
  });
});

describe('Uppföljning’s status and coverage', () => {
  // Kassa alone on its own rows (no Betalning): forecast cost x + 1 200 against revenue 1 600.
  const kassa = (x: number) => serviceRow(workbook([['Kassa', 1, x]]), 'Kassa');

  it('flags a result beyond 2 % of the forecast cost when Tröskel is not given', () => {
    // 370: +30 of 1 570 (1,91 %): OK. 368: +32 of 1 568 (2,04 %): Överdeckning. 432: −32 of 1 632 (1,96 %): OK.
    expect([kassa(370)['Status'], kassa(368)['Status'], kassa(432)['Status'], kassa(434)['Status']]).toEqual(['OK', 'Överdeckning', 'OK', 'Underdeckning']);
  });

  it('gives the forecast coverage, revenue over cost', () => {
    expect(kassa(370)['Prognos täckningsgrad']).toBeCloseTo(1600 / 1570, 12);
  });
});

describe('Prognosmetod Takt for the volumes', () => {
  it('scales each customer’s volume to date to twelve months', () => {
    // A 30 and B 40 in three months: 120 and 160 (−20 % against B's 200).
    const volumes = output(run(withSetting(workbook(), 'Prognosmetod', 'Takt')), 'Volymuppföljning');
    expect(volumes.map((r) => [r['Kund'], r['Prognos']])).toEqual([
      ['A', 120],
      ['B', 160],
    ]);
    expect(volumes[1]?.['Prognos mot budget %']).toBeCloseTo(-0.2, 12);
  });
});

describe('Volymuppföljning’s order', () => {
  it('puts the services whose volumes fall furthest first, and those without a budget volume to date last', () => {
    // Kundres (Styck, after Lev in Tjänster): A budgets 40 a year, 10 to date, did 5: −50 %.
    // Lev: 80 to date, 70 done: −12,5 %. Extra (Styck): B's 10 all budgeted in December (Månadsprofil),
    // none to date, and B did 3.
    let tables = withRows(workbook(), 'Tjänster', [
      ['Kundres', 'Ekonomi', null, 'Bastjänst', 'Styck', null, null],
      ['Extra', 'Ekonomi', null, 'Bastjänst', 'Styck', null, null],
    ]);
    tables = withRows(tables, 'Kostnader', [['Kundres', 400], ['Extra', 100]]);
    tables = withRows(tables, 'Volymer', [['A', 'Kundres', 40], ['B', 'Extra', 10]]);
    tables = withRows(tables, 'Utfallsvolymer', [['A', 'Kundres', 2, 5], ['B', 'Extra', 3, 3]]);
    const result = run([...tables, table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], [['Extra', 12, 1]])]);
    expect(errors(result)).toEqual([]);
    const volumes = output(result, 'Volymuppföljning');
    expect(volumes.map((r) => [r['Tjänst'], r['Kund'], r['Förändring %']])).toEqual([
      ['Kundres', 'A', -0.5],
      ['Lev', 'A', 0],
      ['Lev', 'B', -0.2],
      ['Extra', 'B', null],
    ]);
  });
});

describe('Resultatfond and Slutavräkning once December is closed', () => {
  it('take the year’s actual result, and the lines are no longer preliminary', () => {
    // All twelve months closed on SURPLUS's January–March costs: Kassa 1 600 − 300 = +1 300,
    // Lev 700 − 600 = +100, Uppdrag 600 − 100 = +500; the year +1 900, all returned under Full.
    const result = run(withSetting(withSetting(workbook(SURPLUS), 'Uppföljning t.o.m.', 12), 'Avräkning', 'Full'));
    expect(errors(result)).toEqual([]);
    expect(output(result, 'Resultatfond').map((r) => [r['Post'], r['Belopp']])).toEqual([
      ['Ingående balans', 0],
      ['Årets resultat', 1900],
      ['Fondtak', null],
      ['Avräknas med kunderna', 1900],
      ['Utgående balans', 0],
    ]);
    // Kassa 1 300 by 533 : 1 067 = 433,06 / 866,94 -> 433 / 867.
    const first = output(result, 'Slutavräkning')[0] as Row;
    expect([first['Kund'], first['Tjänst'], first['Belopp'], first['Text']]).toEqual(['A', 'Kassa', -433, 'Slutavräkning Kassa 2021: återbetalning av överskott, er andel 33,31 % av det fakturerade']);
  });
});

describe('Utfall, bad input located', () => {
  it('names a month number outside 1–12 and a mistyped cost object, on their cells', () => {
    const result = run(workbook([['Kassa', 13, 5], ['Kasa', 1, 100]]));
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['invalid-month', 'Utfall!B2'],
      ['mistyped-cost-object', 'Utfall!A3'],
    ]);
  });

  it('names a month outside the year and an unknown customer in Fakturerat', () => {
    const invoiced = table('Fakturerat', ['Kund', 'Tjänst', 'Månad', 'Belopp'], [
      ['A', 'Lev', '2020-12', 100],
      ['Ö', 'Lev', 1, 100],
    ]);
    const result = run([...workbook(), invoiced]);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['month-outside-year', 'Fakturerat!C2'],
      ['unknown-customer', 'Fakturerat!A3'],
    ]);
  });
});

describe('Slutavräkning with Fakturerat', () => {
  it('shares each service by what Fakturerat says was invoiced, and by the budget where nothing was', () => {
    // follow-up.test.ts's Fakturerat case: Kassa −452 (nothing invoiced: revenue 1 600 − 402 =
    // 1 198 against 1 650), Lev −201, Uppdrag −30, all charged under Full. Lev by 350 : 400 =
    // 93,8 / 107,2 -> 94 / 107; Uppdrag by 150 : 20 = 26,47 / 3,53 -> 26 / 4; Kassa by the
    // budget's 533 : 1 067 = 150,57 / 301,43 -> 151 / 301.
    const invoiced = table('Fakturerat', ['Kund', 'Tjänst', 'Månad', 'Belopp'], INVOICED_TO_MARCH);
    const result = run(withSetting([...workbook(), invoiced], 'Avräkning', 'Full'));
    expect(errors(result)).toEqual([]);
    expect(output(result, 'Slutavräkning').map((r) => [r['Kund'], r['Tjänst'], r['Belopp']])).toEqual([
      ['A', 'Kassa', 151],
      ['B', 'Kassa', 301],
      ['A', 'Lev', 94],
      ['B', 'Lev', 107],
      ['A', 'Uppdrag', 26],
      ['B', 'Uppdrag', 4],
    ]);
  });
});

describe('Uppföljning t.o.m. left out', () => {
  it('takes the last month with actuals, with a warning asking for the setting', () => {
    // followUpWorkbook's Utfall reaches April (Lev 999): Lev's actual cost 750 + 999 + 200 (Betalning).
    const tables = workbook().map((t) => (t.name === 'Inställningar' ? { ...t, rows: t.rows.filter((r) => r[0] !== 'Uppföljning t.o.m.') } : t));
    const result = run(tables);
    expect(errors(result)).toEqual([]);
    expect(result.problems.filter((p) => p.level === 'warning' && p.code !== 'missing-budget-year').map((p) => [p.code, p.table, p.column])).toEqual([['follow-up-month-guessed', 'Inställningar', 'Värde']]);
    expect(result.problems.find((p) => p.code === 'follow-up-month-guessed')?.message).toContain('t.o.m. april');
    const lev = output(result, 'Uppföljning').find((r) => r['Namn'] === 'Lev') as Row;
    expect([lev['T.o.m.'], lev['Utfall kostnad ack.']]).toEqual(['2021-04', 1949]);
  });
});

describe('Resultatfond under Avräkning Ingen with a cap', () => {
  it('keeps the result in the fund and says how far it goes above the cap', () => {
    // SURPLUS: IB 100 + the year's +249 = 349 against a cap of 200: 149 above it, nothing settled.
    const result = run(withSetting(withSetting(withSetting(workbook(SURPLUS), 'Resultatfond IB', 100), 'Resultatfondstak', 200), 'Avräkning', 'Ingen'));
    const settled = output(result, 'Resultatfond').find((r) => r['Post'] === 'Avräknas med kunderna') as Row;
    expect([settled['Belopp'], settled['Förklaring']]).toEqual([0, 'Avräkning Ingen: årets resultat stannar i fonden, som därmed går 149 kr över fondtaket (Avräkning Över tak återbetalar det).']);
    expect(output(result, 'Slutavräkning')).toEqual([]);
    // Within the cap (1 000) the sentence stays as it was.
    const within = run(withSetting(withSetting(workbook(SURPLUS), 'Resultatfondstak', 1000), 'Avräkning', 'Ingen'));
    expect(output(within, 'Resultatfond').find((r) => r['Post'] === 'Avräknas med kunderna')?.['Förklaring']).toBe('Avräkning Ingen: årets resultat stannar i fonden.');
  });
});

describe('Prognosmetod Takt per cost object', () => {
  it('scales each object’s actuals to twelve months, then spreads the forecast as its budget was', () => {
    // July closed (7 months). Betalning 100 -> 100 · 12/7 = 171,43 -> 171, spread 1 : 2 = 57 / 114;
    // Kassa's own 10 -> 17,14 -> 17. Kassa 17 + 57 = 74, Lev 114, Totalt 171 + 17 = 188: Σ each
    // object's rounded forecast (scaling Lev's spread actual 67 instead would give 115).
    const tables = withSetting(withSetting(workbook([['Betalning', 1, 100], ['Kassa', 1, 10]]), 'Uppföljning t.o.m.', 7), 'Prognosmetod', 'Takt');
    expect(errors(run(tables))).toEqual([]);
    expect(['Kassa', 'Lev', 'Uppdrag', 'Totalt'].map((s) => [serviceRow(tables, s)['Utfall kostnad ack.'], serviceRow(tables, s)['Prognos kostnad']])).toEqual([
      [43, 74],
      [67, 114],
      [0, 0],
      [110, 188],
    ]);
  });
});

describe('Slutavräkning of a service nobody was invoiced or charged for', () => {
  // Noll: a Fast service with a budget of 0 kr, so nobody is charged or invoiced for it; its
  // actual cost is all result, and there is no customer to settle it with.
  const withNoll = (actualRows: CellValue[][]) =>
    withRows(withRows(workbook([...SURPLUS, ...actualRows]), 'Tjänster', [['Noll', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Anställda', null]]), 'Kostnader', [['Noll', 0]]);
  const fund = (rows: Row[]) => rows.map((r) => [r['Post'], r['Belopp']]);
  const sumOf = (rows: Row[]) => rows.reduce((a, r) => a + (r['Belopp'] as number), 0);

  it('leaves its result in the fund under Full and says so, so every krona settled is on a line', () => {
    // Kassa +100, Lev +99, Uppdrag +50 returned (249); Noll −100 stays: the fund 0 + 149 − 249 = −100.
    const result = run(withSetting(withNoll([['Noll', 2, 100]]), 'Avräkning', 'Full'));
    expect(errors(result)).toEqual([]);
    expect(fund(output(result, 'Resultatfond'))).toEqual([
      ['Ingående balans', 0],
      ['Årets resultat (prognos)', 149],
      ['Fondtak', null],
      ['Avräknas med kunderna', 249],
      ['Utgående balans', -100],
    ]);
    expect(output(result, 'Resultatfond')[3]?.['Förklaring']).toBe(
      'Avräkning Full: hela resultatet återbetalas till kunderna (Slutavräkning). Tjänsten Noll har ingen kund som fakturerats eller debiterats för den; dess resultat stannar i fonden.',
    );
    expect(sumOf(output(result, 'Slutavräkning'))).toBe(-249);
    expect(output(result, 'Slutavräkning').some((r) => r['Tjänst'] === 'Noll')).toBe(false);
  });

  it('gives the excess over the cap to the services that have customers under Över tak', () => {
    // Noll's actual cost −100 (a correction) makes a surplus of +100 nobody paid for. The year
    // 249 + 100 = 349; IB 100 − cap 200: 249 returned, all on Kassa, Lev and Uppdrag by 100 : 99 : 50.
    const tables = [['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']].reduce((t, [p, v]) => withSetting(t, p as string, v as CellValue), withNoll([['Noll', 2, -100]]));
    const result = run(tables);
    expect(errors(result)).toEqual([]);
    expect(fund(output(result, 'Resultatfond')).slice(1)).toEqual([
      ['Årets resultat (prognos)', 349],
      ['Fondtak', 200],
      ['Avräknas med kunderna', 249],
      ['Utgående balans', 200],
    ]);
    const byService = new Map<string, number>();
    for (const r of output(result, 'Slutavräkning')) byService.set(r['Tjänst'] as string, (byService.get(r['Tjänst'] as string) ?? 0) + (r['Belopp'] as number));
    expect([...byService]).toEqual([
      ['Kassa', -100],
      ['Lev', -99],
      ['Uppdrag', -50],
    ]);
  });
});

describe('the follow-up and the settlement over random actuals, Fakturerat and a service nobody pays for', () => {
  const month = fc.integer({ min: 1, max: 12 });
  const arb = fc.record({
    costs: fc.array(fc.tuple(fc.constantFrom('Kassa', 'Lev', 'Uppdrag', 'Betalning', 'Noll'), month, fc.integer({ min: -500, max: 3000 })), { maxLength: 20 }),
    volumes: fc.array(fc.tuple(fc.constantFrom('A', 'B'), month, fc.integer({ min: 0, max: 80 })), { maxLength: 20 }),
    invoiced: fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.constantFrom('Kassa', 'Lev', 'Uppdrag'), month, fc.integer({ min: -300, max: 2000 })), { maxLength: 15 }),
    closed: fc.integer({ min: 1, max: 12 }),
    forecast: fc.constantFrom('Budget resten av året', 'Takt'),
    method: fc.constantFrom('Full', 'Över tak', 'Ingen'),
    opening: fc.integer({ min: -2000, max: 2000 }),
    cap: fc.integer({ min: 0, max: 3000 }),
  });

  it('settles on the lines exactly what Resultatfond says, and forecasts the actuals once December is closed', () => {
    fc.assert(
      fc.property(arb, ({ costs, volumes, invoiced, closed, forecast, method, opening, cap }) => {
        let tables = withRows(withRows(workbook(costs), 'Tjänster', [['Noll', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Anställda', null]]), 'Kostnader', [['Noll', 0]]);
        tables = tables.map((t) => (t.name === 'Utfallsvolymer' ? { ...t, rows: volumes.map(([c, m, v]) => [c, 'Lev', m, v]) } : t));
        tables = [...tables, table('Fakturerat', ['Kund', 'Tjänst', 'Månad', 'Belopp'], invoiced)];
        const settings: [string, CellValue][] = [['Uppföljning t.o.m.', closed], ['Prognosmetod', forecast], ['Avräkning', method], ['Resultatfond IB', opening], ['Resultatfondstak', cap]];
        for (const [p, v] of settings) tables = withSetting(tables, p, v);
        const result = run(tables);
        expect(errors(result)).toEqual([]);
        const f = new Map(output(result, 'Resultatfond').map((r) => [r['Post'], r['Belopp'] as number]));
        const yearResult = (f.get('Årets resultat (prognos)') ?? f.get('Årets resultat')) as number;
        const settled = f.get('Avräknas med kunderna') as number;
        const lines = output(result, 'Slutavräkning');
        expect(lines.reduce((a, r) => a + (r['Belopp'] as number), 0)).toBe(0 - settled);
        expect(f.get('Utgående balans')).toBe(opening + yearResult - settled);
        const services = output(result, 'Uppföljning').filter((r) => r['Nivå'] === 'Tjänst');
        for (const s of services) {
          const own = lines.filter((r) => r['Tjänst'] === s['Namn']).reduce((a, r) => a + (r['Belopp'] as number), 0);
          // Under Full a service's lines are its whole result, or none when nobody is there to settle with (Noll).
          if (method === 'Full') expect([0, 0 - (s['Prognos resultat'] as number)]).toContain(own);
          if (method === 'Ingen') expect(own).toBe(0);
        }
        expect(lines.some((r) => r['Tjänst'] === 'Noll')).toBe(false);
        if (closed === 12) {
          for (const r of output(result, 'Uppföljning')) {
            expect(r['Prognos kostnad']).toBe(r['Utfall kostnad ack.']);
            expect(r['Prognos intäkt']).toBe(r['Utfall intäkt ack.']);
          }
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });
});
