import type { Calculation } from '../../src/engine/calc/calculate';
import type { CellValue, RawTable } from '../../src/engine/cells';
import { rolloverTables } from '../../src/engine/rollover';
import { errors, run } from './helpers';
import { SURPLUS, followUpWorkbook } from './followUpWorkbook';
import { withSetting } from './lastYearTables';

// The roll to next year (docs/arbetsbok.md, "The roll to next year"), worked by hand on the
// workbook of test/engine/settlement.test.ts: March closed, Över tak returning 149.

function thisYear(): RawTable[] {
  return [['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']].reduce(
    (t, [p, v]) => withSetting(t, p as string, v as CellValue),
    followUpWorkbook(SURPLUS),
  );
}

const rowsOf = (tables: RawTable[], name: string) => tables.find((t) => t.name === name)!;

describe('rolloverTables', () => {
  const tables = thisYear();
  const result = run(tables);
  const next = rolloverTables(tables, result.calculation as Calculation);

  it('moves Budgetår on, carries the fund’s closing balance and leaves the closed month behind', () => {
    const settings = rowsOf(next, 'Inställningar').rows.map((r) => [r[0], r[1]]);
    // The fund closes at its cap, 200 (settlement.test.ts).
    expect(settings).toEqual([
      ['Budgetår', 2022],
      ['Resultatfond IB', 200],
      ['Resultatfondstak', 200],
      ['Avräkning', 'Över tak'],
    ]);
  });

  it('takes this year’s prices, forecast volumes and charges as last year’s', () => {
    const services = rowsOf(next, 'Tjänster');
    const price = services.headers.indexOf('Fjolårspris');
    // Lev is priced at 10,00; Kassa (Fast) and Uppdrag (Direkt) have no unit price.
    expect(services.rows.map((r) => [r[0], r[price]])).toEqual([['Kassa', null], ['Lev', 10], ['Uppdrag', null]]);
    // A did 30 of its 30 budgeted; B 40 of 50: forecasts 30 + 90 = 120 and 40 + 150 = 190.
    expect(rowsOf(next, 'Volymer').rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([['A', 'Lev', 120, 120], ['B', 'Lev', 200, 190]]);
    // This year's charges less the settlement's credits (Kassa 20, 40; Lev 25, 34; Uppdrag 30).
    expect(rowsOf(next, 'Fjolårsbelopp').rows).toEqual([
      ['A', 'Kassa', 513, null],
      ['B', 'Kassa', 1027, null],
      ['A', 'Lev', 1175, null],
      ['B', 'Lev', 1966, null],
      ['A', 'Uppdrag', 570, null],
    ]);
  });

  it('moves months that name this year to next year', () => {
    const withProfile = [...tables, { name: 'Månadsprofil', sheet: 'Månadsprofil', headers: ['Tjänst', 'Månad', 'Andel'], rows: [['Lev', '2021-03', 0.5], ['Lev', 9, 0.5]] as CellValue[][] }];
    const rolled = rolloverTables(withProfile, run(withProfile).calculation as Calculation);
    expect(rowsOf(rolled, 'Månadsprofil').rows).toEqual([['Lev', '2022-03', 0.5], ['Lev', 9, 0.5]]);
  });

  it('empties the actuals, changes nothing in the input, and next year calculates', () => {
    expect(rowsOf(next, 'Utfall').rows).toEqual([]);
    expect(rowsOf(next, 'Utfallsvolymer').rows).toEqual([]);
    expect(rowsOf(tables, 'Utfall').rows).toHaveLength(SURPLUS.length);
    expect(rowsOf(tables, 'Inställningar').rows[0]).toEqual(['Budgetår', 2021]);
    const nextYear = run(next);
    expect(errors(nextYear)).toEqual([]);
    expect(nextYear.outputs.find((o) => o.name === 'Uppföljning')?.rows).toEqual([]);
  });
});
