import type { CellValue, RawTable } from '../../src/engine/cells';
import type { Problem } from '../../src/engine/problems';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, run, table } from './helpers';

// Columns that mean nothing are warnings, one per column at its header cell (issue 12); and the
// messages that were unclear: a column every row needs, reported once; amounts rounded.

function get(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** Adds a column with a value on every row. */
function addColumn(tables: RawTable[], name: string, header: string, value: (row: number) => CellValue): void {
  const t = get(tables, name);
  t.headers.push(header);
  t.rows.forEach((r, i) => r.push(value(i + 1)));
}

function warnings(tables: RawTable[]): Pick<Problem, 'code' | 'table' | 'row' | 'column' | 'cell' | 'message'>[] {
  return run(tables)
    .problems.filter((p) => p.level === 'warning' && p.code !== 'missing-budget-year')
    .map(({ code, table: t, row, column, cell, message }) => ({ code, table: t, row, column, cell, message }));
}

describe('columns that mean nothing', () => {
  it('an extra column of Scenarier, at its header cell', () => {
    const wb = miniWorkbook();
    wb.push(table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Kommentar'], [['S', 'Kassa', 'Direkt', 'prövas']]));
    get(wb, 'Tjänster').rows[0]![6] = 'A'; // Kassa gets a Betalare, so the scenario prices
    expect(warnings(wb)).toEqual([
      {
        code: 'unused-column',
        table: 'Scenarier',
        row: null,
        column: 'Kommentar',
        cell: 'Scenarier!D1',
        message: 'Tabellen Scenarier har kolumnen "Kommentar" (Scenarier!D1), som inte hör till tabellen och inte används. Tabellens kolumner är Scenario, Tjänst, Prismodell, Nyckel, Fast andel, Kundtyper, Volymfaktor.',
      },
    ]);
  });

  it('names the column a misspelt header probably is (its values are lost otherwise)', () => {
    const wb = miniWorkbook();
    wb.push(table('Scenarier', ['Scenario', 'Tjänst', 'Nyckel', 'Fast andl'], [['S', 'Kassa', 'Anställda', 0.5]]));
    expect(warnings(wb)).toEqual([expect.objectContaining({ cell: 'Scenarier!D1', message: expect.stringMatching(/"Fast andl" \(Scenarier!D1\), som inte hör till tabellen och inte används\. Menade du Fast andel\?$/) })]);
  });

  it('one warning per column, in Kostnader and Volymer too', () => {
    const wb = miniWorkbook();
    addColumn(wb, 'Kostnader', 'Kommentar', () => 'x');
    addColumn(wb, 'Kostnader', 'Konto', (r) => 4000 + r);
    addColumn(wb, 'Volymer', 'Anteckning', () => null);
    expect(warnings(wb).map((w) => [w.table, w.column, w.cell])).toEqual([
      ['Kostnader', 'Kommentar', 'Kostnader!E1'],
      ['Kostnader', 'Konto', 'Kostnader!F1'],
      ['Volymer', 'Anteckning', 'Volymer!D1'],
    ]);
  });

  it('a key column of Nycklar that no service uses', () => {
    const wb = miniWorkbook();
    addColumn(wb, 'Nycklar', 'Invånare', (r) => r * 1000);
    expect(warnings(wb)).toEqual([
      {
        code: 'unused-column',
        table: 'Nycklar',
        row: null,
        column: 'Invånare',
        cell: 'Nycklar!E1',
        message: 'Nycklar kolumn Invånare (Nycklar!E1): nyckeln används inte. Ingen tjänst har den som Nyckel (i Tjänster, Sammansatta nycklar eller Scenarier), så den påverkar inget pris.',
      },
    ]);
  });

  it('but not a key used only in Scenarier or as a Delnyckel, nor Anställda (Nyckeltal divides by it)', () => {
    // Mini's Anställda is no service's key, yet it is not reported.
    const scenario = miniWorkbook();
    addColumn(scenario, 'Nycklar', 'Invånare', (r) => r * 1000);
    scenario.push(table('Scenarier', ['Scenario', 'Tjänst', 'Nyckel'], [['S', 'Kassa', 'Invånare']]));
    expect(warnings(scenario)).toEqual([]);
    const composite = miniWorkbook();
    addColumn(composite, 'Nycklar', 'Invånare', (r) => r * 1000);
    composite.push(table('Sammansatta nycklar', ['Nyckel', 'Delnyckel', 'Vikt'], [['Mix', 'Invånare', 0.5], ['Mix', 'Omsättning', 0.5]]));
    expect(warnings(composite)).toEqual([]);
  });

  it('a driver column of Tjänster that no cost row is spread by, with the contract column it looks like', () => {
    const wb = miniWorkbook();
    addColumn(wb, 'Tjänster', 'Kvm', (r) => r * 10);
    addColumn(wb, 'Tjänster', 'Fjolårspirs', () => null);
    expect(warnings(wb).map((w) => [w.column, w.cell, w.message])).toEqual([
      ['Kvm', 'Tjänster!J1', 'Tjänster kolumn Kvm (Tjänster!J1): drivaren används inte. Ingen rad i Kostnader eller Pooler fördelas efter den, så den påverkar inget pris.'],
      ['Fjolårspirs', 'Tjänster!K1', 'Tjänster kolumn Fjolårspirs (Tjänster!K1): drivaren används inte. Ingen rad i Kostnader eller Pooler fördelas efter den, så den påverkar inget pris. Menade du Fjolårspris?'],
    ]);
  });

  it('a driver used only as a pool’s driver in Pooler is used', () => {
    const wb = miniWorkbook();
    addColumn(wb, 'Tjänster', 'Kvm', (r) => r * 10);
    get(wb, 'Kostnader').rows[4]![3] = null; // the pool row takes its pool's driver
    get(wb, 'Pooler').rows[0]![1] = 'Kvm';
    expect(warnings(wb)).toEqual([expect.objectContaining({ column: 'Årsarbetare', cell: 'Tjänster!I1' })]);
  });

  it('the example has none', () => {
    expect(run(exampleTables()).problems).toEqual([]);
  });
});

describe('messages that were unclear', () => {
  it('Inställningar without its Värde column: one error for the column, not one per row', () => {
    const wb = miniWorkbook();
    wb.push(table('Inställningar', ['Parameter'], [['Budgetår'], ['Pristak'], ['Beloppsavrundning']]));
    expect(run(wb).problems.filter((p) => p.level === 'error')).toEqual([
      { level: 'error', code: 'missing-column', table: 'Inställningar', row: null, column: 'Värde', cell: null, message: 'Tabellen Inställningar saknar kolumnen "Värde", som behövs från rad 1. Lägg till kolumnen och fyll i den.', text: { id: 'missingColumnFromRow', args: { table: 'Inställningar', column: 'Värde', row: 1 } } },
    ]);
  });

  it('the example without Värde: that one error, and no deviation type or event reported for the missing Timkostnad', () => {
    // Before: 10 "Värde är tom", 4 types in minutes without Timkostnad, and their 100 Avvikelser rows.
    const tables = exampleTables();
    const settings = get(tables, 'Inställningar');
    const i = settings.headers.indexOf('Värde');
    settings.headers.splice(i, 1);
    for (const r of settings.rows) r.splice(i, 1);
    expect(run(tables).problems.filter((p) => p.level === 'error').map((p) => [p.code, p.table, p.column])).toEqual([['missing-column', 'Inställningar', 'Värde']]);
  });

  it('an unusable Timkostnad is one error, in Inställningar', () => {
    const tables = exampleTables();
    const settings = get(tables, 'Inställningar');
    const row = settings.rows.find((r) => r[0] === 'Timkostnad') as CellValue[];
    row[settings.headers.indexOf('Värde')] = 'en halv';
    expect(run(tables).problems.filter((p) => p.level === 'error').map((p) => [p.code, p.table, p.column])).toEqual([['not-a-number', 'Inställningar', 'Värde']]);
  });

  it('a surcharge above the cost names both amounts in kronor, rounded to öre', () => {
    // Uppdrag's Årsarbetare 3 instead of 4: the pool's 1 000 kr over 2 + 3 + 1 + 3 = 9 gives Lev
    // 3 000/9 = 333,333…; with its 2 000 and Ekonomi's 600 · 2 000/4 000 = 300, Lev costs
    // 2 633,333… kr, less than 30 reminders at 100 kr.
    const wb = miniWorkbook();
    get(wb, 'Tjänster').rows[3]![8] = 3;
    wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'Lev', 100]]));
    wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Lev', 'Påminnelse', 30]]));
    expect(errors(run(wb))).toEqual([
      'surcharges-exceed-cost Tjänster:2:Tjänst:Tjänster!A3 Avvikelserna för Lev kostar 3\u00a0000 kr, mer än tjänstens självkostnad 2\u00a0633,33 kr. Sänk kostnaden per avvikelse eller antalet i Avvikelser.',
    ]);
  });
});
