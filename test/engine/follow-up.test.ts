import fc from 'fast-check';
import type { RawTable } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import { errors, output, run, table } from './helpers';
import { followUpWorkbook as workbook, INVOICED_TO_MARCH } from './followUpWorkbook';
import { withSetting } from './lastYearTables';

// Uppföljning and Volymuppföljning (docs/arbetsbok.md, "Follow-up during the year"). Every
// figure below is worked out by hand from the rows of the workbook.

type Row = Record<string, OutputValue>;

const FIGURES = ['Budget kostnad helår', 'Budget kostnad ack.', 'Budget intäkt ack.', 'Utfall kostnad ack.', 'Utfall intäkt ack.', 'Resultat ack.', 'Prognos kostnad', 'Prognos intäkt', 'Prognos resultat', 'Status'] as const;
const figures = (rows: Row[], name: string) => {
  const r = rows.find((x) => x['Namn'] === name) as Row;
  return FIGURES.map((c) => r[c]);
};

describe('Uppföljning, Budget resten av året, worked by hand', () => {
  const result = run(workbook());
  const rows = output(result, 'Uppföljning');

  it('calculates, and leaves April out with one warning', () => {
    expect(errors(result)).toEqual([]);
    const later = result.problems.filter((p) => p.code === 'after-closed-month');
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ table: 'Utfall', row: 9, column: 'Månad' });
  });

  it('follows each service: the budget for January–March, the actuals and the forecast', () => {
    // Kassa: budget 1 600 · 3/12 = 400; revenue Jan–Mar of 533 (45 each, 5 leftover kronor to
    //   Jan–May) and 1 067 (89 each, Jan–Nov): 135 + 267 = 402, billed the same in fact.
    //   Actual cost 350 + 100 (Betalning) = 450. Forecast 450 + 1 600 · 9/12 = 1 650 against
    //   402 + (533 − 135) + (1 067 − 267) = 1 600: −50, 3,0 % of 1 650 > 2 %: Underdeckning.
    expect(figures(rows, 'Kassa')).toEqual([1600, 400, 402, 450, 402, -48, 1650, 1600, -50, 'Underdeckning']);
    // Lev: budget 800; revenue Jan–Mar of 1 200 (100 each) and 2 000 (167 Jan–Aug): 300 + 501.
    //   Actual revenue 10,00 × (10 + 10 + 10) + 10,00 × (15 + 15 + 10) = 300 + 400 = 700.
    //   Actual cost 750 + 200 = 950. Forecast 950 + 2 400 = 3 350 against
    //   700 + (1 200 − 300) + (2 000 − 501) = 3 099: −251, Underdeckning.
    expect(figures(rows, 'Lev')).toEqual([3200, 800, 801, 950, 700, -250, 3350, 3099, -251, 'Underdeckning']);
    // Uppdrag: 600 · 3/12 = 150 both ways; actual cost 200; forecast 200 + 450 = 650 against 600.
    expect(figures(rows, 'Uppdrag')).toEqual([600, 150, 150, 200, 150, -50, 650, 600, -50, 'Underdeckning']);
  });

  it('sums the services per process, area and in total', () => {
    expect(figures(rows, 'Betalning')).toEqual([4800, 1200, 1203, 1400, 1102, -298, 5000, 4699, -301, 'Underdeckning']);
    expect(rows.filter((r) => r['Nivå'] === 'Verksamhetsområde').map((r) => r['Namn'])).toEqual(['Ekonomi', 'Upphandling']);
    expect(figures(rows, 'Totalt')).toEqual([5400, 1350, 1353, 1600, 1252, -348, 5650, 5299, -351, 'Underdeckning']);
    expect(rows.every((r) => r['T.o.m.'] === '2021-03')).toBe(true);
  });

  it('follows the volumes per customer', () => {
    const volumes = output(result, 'Volymuppföljning');
    // A: 120 a year, 30 to date as budgeted; B: 200, 50 budgeted, 40 actual (−20 %), forecast 40 + 150 = 190 (−5 %).
    expect(volumes.map((r) => [r['Tjänst'], r['Kund'], r['Budgetvolym helår'], r['Budgetvolym ack.'], r['Utfall ack.'], r['Prognos']])).toEqual([
      ['Lev', 'A', 120, 30, 30, 120],
      ['Lev', 'B', 200, 50, 40, 190],
    ]);
    expect(volumes[1]?.['Förändring %']).toBeCloseTo(-0.2, 15);
    expect(volumes[1]?.['Prognos mot budget %']).toBeCloseTo(-0.05, 15);
  });
});

describe('Uppföljning with actual deviations', () => {
  it('bills the deviations as they happen, at their standard cost, under Händelsekostnad', () => {
    const tables = [
      ...workbook(),
      table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Felaktig', 'Lev', 20]]),
      table('Utfallsavvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Månad', 'Antal'], [
        ['A', 'Lev', 'Felaktig', 2, 3],
        ['A', 'Lev', 'felaktig', 5, 4],
      ]),
    ];
    const rows = output(run(tables), 'Uppföljning');
    // February: 3 × 20 = 60 more than the volumes' 700; May is not closed. Forecast 3 099 + 60.
    expect(figures(rows, 'Lev')).toEqual([3200, 800, 801, 950, 760, -190, 3350, 3159, -191, 'Underdeckning']);
  });
});

describe('Uppföljning with Fakturerat', () => {
  it('takes what was invoiced as the actual revenue', () => {
    const tables = [
      ...workbook(),
      table('Fakturerat', ['Kund', 'Tjänst', 'Månad', 'Belopp'], [
        ...INVOICED_TO_MARCH,
        ['A', 'Lev', 4, 999],
      ]),
    ];
    const rows = output(run(tables), 'Uppföljning');
    // Lev: 350 + 400 = 750 invoiced (not 700 from the volumes); forecast 750 + 2 399 = 3 149, −201.
    expect(figures(rows, 'Lev')).toEqual([3200, 800, 801, 950, 750, -200, 3350, 3149, -201, 'Underdeckning']);
    // Uppdrag: A 150 and B 20 invoiced: 170; forecast 170 + 450 = 620 against 650.
    expect(figures(rows, 'Uppdrag')).toEqual([600, 150, 150, 200, 170, -30, 650, 620, -30, 'Underdeckning']);
    // Kassa has no Fakturerat rows: nothing was invoiced for it.
    expect(figures(rows, 'Kassa').slice(4, 5)).toEqual([0]);
  });
});

describe('Uppföljning at Takt', () => {
  it('scales the actuals to twelve months and keeps the fixed fees for the year', () => {
    const rows = output(run(withSetting(workbook(), 'Prognosmetod', 'Takt')), 'Uppföljning');
    // Kassa: cost 450 · 12/3 = 1 800; revenue the fixed fees 533 + 1 067 = 1 600.
    // Lev: cost 950 · 4 = 3 800; revenue 10,00 · 30 · 4 + 10,00 · 40 · 4 = 2 800.
    // Uppdrag: 200 · 4 = 800 against 600.
    expect([figures(rows, 'Kassa'), figures(rows, 'Lev'), figures(rows, 'Uppdrag')].map((f) => f.slice(6, 9))).toEqual([
      [1800, 1600, -200],
      [3800, 2800, -1000],
      [800, 600, -200],
    ]);
  });

  it('flags nothing within Tröskel', () => {
    const rows = output(run(withSetting(workbook(), 'Tröskel', 0.1)), 'Uppföljning');
    // Kassa −50 of 1 650 (3,0 %), Lev −251 of 3 350 (7,5 %): within 10 %; Uppdrag −50 of 650 (7,7 %).
    expect(rows.filter((r) => r['Nivå'] === 'Tjänst').map((r) => r['Status'])).toEqual(['OK', 'OK', 'OK']);
  });
});

describe('Uppföljning, bad input', () => {
  const located = (tables: RawTable[]) => {
    const result = run(tables);
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    return result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.table, p.row, p.column, p.cell]);
  };

  it('names the month outside the year and the unknown customer, and writes nothing', () => {
    const tables = workbook([['Kassa', '2022-01', 100]]).map((t) => (t.name === 'Utfallsvolymer' ? { ...t, rows: [['Ö', 'Lev', 1, 5]] } : t));
    expect(located(tables)).toEqual([
      ['month-outside-year', 'Utfall', 1, 'Månad', 'Utfall!B2'],
      ['unknown-customer', 'Utfallsvolymer', 1, 'Kund', 'Utfallsvolymer!A2'],
    ]);
  });

  it('names actuals on an object the budget does not spread', () => {
    expect(located(workbook([['Kassa', 1, 100], ['Ny pool', 2, 50]]))).toEqual([['actual-cost-not-spread', 'Utfall', 2, 'Kostnadsobjekt', 'Utfall!A3']]);
  });

  it('names an Uppföljning t.o.m. outside Budgetår', () => {
    const tables = withSetting(workbook(), 'Uppföljning t.o.m.', '2020-05');
    expect(located(tables)).toEqual([['month-outside-year', 'Inställningar', 2, 'Värde', 'Inställningar!B3']]);
  });
});

describe('Uppföljning over random actuals', () => {
  const month = fc.integer({ min: 1, max: 12 });
  const actuals = fc.record({
    costs: fc.array(fc.tuple(fc.constantFrom('Kassa', 'Lev', 'Uppdrag', 'Betalning'), month, fc.integer({ min: -500, max: 5000 })), { maxLength: 30 }),
    volumes: fc.array(fc.tuple(fc.constantFrom('A', 'B'), month, fc.integer({ min: 0, max: 80 })), { maxLength: 30 }),
    method: fc.constantFrom('Budget resten av året', 'Takt'),
  });

  it('forecasts the actuals themselves when all twelve months are closed, and the totals add up', () => {
    fc.assert(
      fc.property(actuals, ({ costs, volumes, method }) => {
        const tables = withSetting(withSetting(workbook(costs), 'Uppföljning t.o.m.', 12), 'Prognosmetod', method).map((t) =>
          t.name === 'Utfallsvolymer' ? { ...t, rows: volumes.map(([c, m, v]) => [c, 'Lev', m, v]) } : t,
        );
        const result = run(tables);
        expect(errors(result)).toEqual([]);
        const rows = output(result, 'Uppföljning');
        for (const r of rows) {
          expect(r['Prognos kostnad']).toBe(r['Utfall kostnad ack.']);
          expect(r['Prognos intäkt']).toBe(r['Utfall intäkt ack.']);
        }
        // Every krona booked is on some service: the total is Σ of each object's rounded actuals.
        const booked = new Map<string, number>();
        for (const [o, , a] of costs) booked.set(o, (booked.get(o) ?? 0) + a);
        const total = rows.find((r) => r['Nivå'] === 'Totalt') as Row;
        expect(total['Utfall kostnad ack.']).toBe([...booked.values()].reduce((a, b) => a + b, 0));
        // Revenue: the fixed fees of the year (533 + 1 067 + 600) and 10,00 per invoice.
        const invoices = volumes.reduce((a, [, , v]) => a + v, 0);
        expect(total['Utfall intäkt ack.']).toBe(2200 + 10 * invoices);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });
});
