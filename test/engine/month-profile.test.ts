import type { CellValue, RawTable } from '../../src/engine/cells';
import { parseMonth } from '../../src/engine/read/month';
import { errors, miniWorkbook, output, run, table } from './helpers';

describe('parseMonth: what a Månad cell may hold', () => {
  it.each([
    ['1', 0, null],
    ['12', 11, null],
    [' 3 ', 2, null],
    ['2021-03', 2, 2021],
    ['2021-3', 2, 2021],
    ['202111', 10, 2021],
    ['2021-03-01', 2, 2021],
    ['2021-03-15T00:00:00', 2, 2021],
    ['44228', 1, 2021], // the Excel serial of 2021-02-01, as office-js passes a date cell
    ['januari', 0, null],
    ['Mars', 2, null],
    ['maj', 4, null],
    ['okt', 9, null],
    ['Dec.', 11, null],
  ])('reads "%s" as month index %d of year %s', (text, month, year) => {
    expect(parseMonth(text)).toMatchObject({ kind: 'month', month, year });
  });

  it.each(['0', '13', '2021-13', '2021-00', '3.5', '1,5', 'ma', 'marsch', 'sept', '', '366', '-1', '2021/03'])('rejects "%s"', (text) => {
    expect(parseMonth(text)).toEqual({ kind: 'invalid' });
  });

  it('names the date an Excel serial stands for', () => {
    expect(parseMonth('44228')).toEqual({ kind: 'month', month: 1, year: 2021, date: '2021-02-01' });
  });
});

/** The mini workbook (mini.test.ts) with Budgetår 2021 and these Månadsprofil rows. */
function withProfile(rows: CellValue[][], budgetYear: number | null = 2021): RawTable[] {
  const wb = miniWorkbook();
  if (budgetYear !== null) wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', budgetYear]]));
  wb.push(table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], rows));
  return wb;
}

const even = (service: string, month: (m: number) => CellValue = (m) => m): CellValue[][] =>
  Array.from({ length: 12 }, (_, i) => [service, month(i + 1), 1 / 12]);

function problemsOf(tables: RawTable[]) {
  return run(tables).problems.map((p) => ({ level: p.level, code: p.code, table: p.table, row: p.row, column: p.column, cell: p.cell, message: p.message }));
}

describe('Månadsprofil is read and validated', () => {
  it('accepts twelve cells of =1/12, whose sum at 15 digits is not exactly 1', () => {
    const result = run(withProfile(even('Lev')));
    expect(errors(result)).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('accepts months as numbers, text, dates and names, and leaves out months with no row', () => {
    const result = run(withProfile([
      ['Lev', 1, 0.25],
      ['Lev', '2021-02', 0.25],
      ['Lev', '2021-03-01', 0.25],
      ['lev', 'december', 0.25],
    ]));
    expect(errors(result)).toEqual([]);
    const lev = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Lev');
    // A: 100 fakturor à 13 kr = 1 300 kr, a quarter in each of four months.
    expect(lev.map((r) => r['Belopp'])).toEqual([325, 325, 325, 0, 0, 0, 0, 0, 0, 0, 0, 325]);
  });

  it.each<[string, CellValue[][], { code: string; row: number; column: string; cell: string; message: RegExp }]>([
    ['an unknown service', [['Lön', 1, 1]], { code: 'unknown-service', row: 1, column: 'Tjänst', cell: 'Månadsprofil!A2', message: /tjänsten "Lön" finns inte/ }],
    ['a month that is none', [['Lev', 'trettonde', 1]], { code: 'invalid-month', row: 1, column: 'Månad', cell: 'Månadsprofil!B2', message: /"trettonde" är ingen månad/ }],
    ['month 13', [['Lev', 13, 1]], { code: 'invalid-month', row: 1, column: 'Månad', cell: 'Månadsprofil!B2', message: /"13" är ingen månad/ }],
    ['a month of another year', [['Lev', '2020-03', 1]], { code: 'month-outside-year', row: 1, column: 'Månad', cell: 'Månadsprofil!B2', message: /"2020-03" ligger inte i budgetåret 2021/ }],
    ['a date serial of another year', [['Lev', 43891, 1]], { code: 'month-outside-year', row: 1, column: 'Månad', cell: 'Månadsprofil!B2', message: /43891 \(Excel-datumet 2020-03-01\) ligger inte i budgetåret 2021/ }],
    ['a month twice', [['Lev', 3, 0.5], ['Lev', 'mars', 0.5]], { code: 'duplicate-month', row: 2, column: 'Månad', cell: 'Månadsprofil!B3', message: /Lev har redan en andel för mars på rad 1/ }],
    ['a negative share', [['Lev', 3, -0.5], ['Lev', 4, 1]], { code: 'out-of-range', row: 1, column: 'Andel', cell: 'Månadsprofil!C2', message: /-0,5 får inte vara mindre än 0/ }],
    ['shares summing to 0,9', [['Lev', 3, 0.4], ['Lev', 4, 0.5]], { code: 'shares-not-one', row: 1, column: 'Andel', cell: 'Månadsprofil!C2', message: /andelarna för Lev summerar till 0,9, inte 1/ }],
    ['a missing share', [['Lev', 3, null]], { code: 'missing-value', row: 1, column: 'Andel', cell: 'Månadsprofil!C2', message: /är tom men måste fyllas i/ }],
  ])('reports %s with table, row, column and cell', (_name, rows, expected) => {
    const result = run(withProfile(rows));
    expect(result.ok).toBe(false);
    const found = problemsOf(withProfile(rows)).filter((p) => p.level === 'error');
    expect(found).toEqual([expect.objectContaining({ ...expected, table: 'Månadsprofil', message: expect.stringMatching(expected.message) })]);
  });

  it('warns that a keyed service is billed evenly whatever its profile says', () => {
    const found = problemsOf(withProfile([['Kassa', 1, 1]]));
    expect(found).toEqual([
      expect.objectContaining({ level: 'warning', code: 'profile-not-used', table: 'Månadsprofil', row: 1, column: 'Tjänst', cell: 'Månadsprofil!A2', message: expect.stringMatching(/Kassa har prismodellen Fast/) }),
    ]);
  });

  it('without Budgetår takes the year from the profile, with a warning', () => {
    const result = run(withProfile([['Lev', '2026-01', 0.5], ['Lev', '2026-07', 0.5]], null));
    expect(errors(result)).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ level: 'warning', code: 'missing-budget-year', table: 'Inställningar', message: expect.stringMatching(/året 2026 från Månadsprofil rad 1/) })]);
    expect(new Set(output(result, 'Fakturaunderlag').map((r) => String(r['Period']).slice(0, 5)))).toEqual(new Set(['2026-']));
  });

  it('without Budgetår wants one year in the whole profile', () => {
    const found = problemsOf(withProfile([['Lev', '2026-01', 0.5], ['Lev', '2027-07', 0.5]], null)).filter((p) => p.level === 'error');
    expect(found).toEqual([expect.objectContaining({ code: 'month-outside-year', row: 2, cell: 'Månadsprofil!B3', message: expect.stringMatching(/ligger i 2027, men rad 1 anger året 2026/) })]);
  });

  it('without Budgetår and without years writes periods without a year, with a warning', () => {
    const result = run(miniWorkbook());
    expect(result.problems).toEqual([expect.objectContaining({ level: 'warning', code: 'missing-budget-year', table: 'Inställningar', message: expect.stringMatching(/perioder anges utan år \(01–12\)/) })]);
    expect(output(result, 'Fakturaunderlag').slice(0, 12).map((r) => r['Period'])).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });
});
