import { cellText, type CellValue, type RawTable } from '../../src/engine/cells';
import { miniWorkbook, output, run, table } from './helpers';

/**
 * What the engine says of a cell that holds no usable value (issue 12): dates in number columns,
 * formulas the host found without a computed value, cells covered by a merged range, and two
 * tables the contract reads as one. miniWorkbook's tables sit at A1, so data row r is sheet row
 * r + 1; Volymer is A Kund | B Tjänst | C Volym, Kostnader A Kostnadsobjekt … C Belopp.
 */

function set(wb: RawTable[], name: string, row: number, header: string, value: CellValue): RawTable[] {
  const t = wb.find((x) => x.name === name)!;
  t.rows[row - 1]![t.headers.indexOf(header)] = value;
  return wb;
}

function problemsOf(tables: RawTable[]) {
  return run(tables).problems.map((p) => ({ level: p.level, code: p.code, table: p.table, row: p.row, column: p.column, cell: p.cell, message: p.message }));
}

describe('a cell that holds no usable value is named for what it holds', () => {
  it.each<[string, string, number, string, CellValue, { code: string; cell: string; message: string }]>([
    ['a date in a number column', 'Volymer', 2, 'Volym', { date: '2021-05-01' },
      { code: 'date-value', cell: 'Volymer!C3', message: 'Volymer rad 2, kolumn Volym (Volymer!C3) innehåller datumet 2021-05-01; ett tal behövs.' }],
    ['a date and time in a number column', 'Kostnader', 1, 'Belopp', { date: '2021-05-01T08:15:00' },
      { code: 'date-value', cell: 'Kostnader!C2', message: 'Kostnader rad 1, kolumn Belopp (Kostnader!C2) innehåller datumet 2021-05-01 08:15:00; ett tal behövs.' }],
    ['an uncomputed formula in a number column', 'Volymer', 1, 'Volym', { formula: '=B2*2' },
      { code: 'uncomputed-formula', cell: 'Volymer!C2', message: 'Volymer rad 1, kolumn Volym (Volymer!C2) innehåller formeln =B2*2 utan beräknat värde; öppna och spara arbetsboken i Excel så att värdet räknas ut.' }],
    ['an uncomputed formula in a text column (a name silently blank)', 'Volymer', 3, 'Kund', { formula: '=Nycklar!A4' },
      { code: 'uncomputed-formula', cell: 'Volymer!A4', message: 'Volymer rad 3, kolumn Kund (Volymer!A4) innehåller formeln =Nycklar!A4 utan beräknat värde; öppna och spara arbetsboken i Excel så att värdet räknas ut.' }],
    ['an uncomputed formula in an optional text column', 'Tjänster', 1, 'Process', { formula: '=C3' },
      { code: 'uncomputed-formula', cell: 'Tjänster!C2', message: 'Tjänster rad 1, kolumn Process (Tjänster!C2) innehåller formeln =C3 utan beräknat värde; öppna och spara arbetsboken i Excel så att värdet räknas ut.' }],
    ['a covered merged cell in a number column', 'Volymer', 5, 'Volym', { merged: 'C5:C6' },
      { code: 'merged-cell', cell: 'Volymer!C6', message: 'Volymer rad 5, kolumn Volym (Volymer!C6) ligger i en sammanfogad cell (C5:C6); Excel visar den tom. Dela upp den sammanfogade cellen och skriv värdet i varje cell.' }],
    ['a covered merged cell in a text column', 'Volymer', 2, 'Tjänst', { merged: 'B2:B3' },
      { code: 'merged-cell', cell: 'Volymer!B3', message: 'Volymer rad 2, kolumn Tjänst (Volymer!B3) ligger i en sammanfogad cell (B2:B3); Excel visar den tom. Dela upp den sammanfogade cellen och skriv värdet i varje cell.' }],
    ['the text NaN in a number column', 'Volymer', 2, 'Volym', 'NaN',
      { code: 'not-a-number', cell: 'Volymer!C3', message: 'Volymer rad 2, kolumn Volym (Volymer!C3): "NaN" är inte ett tal.' }],
  ])('%s', (_, name, row, header, value, expected) => {
    const problems = problemsOf(set(miniWorkbook(), name, row, header, value));
    expect(problems).toContainEqual({ level: 'error', table: name, row, column: header, ...expected });
    // Nothing else is said of that cell (no "är tom" beside it).
    expect(problems.filter((p) => p.cell === expected.cell)).toHaveLength(1);
  });

  it('says a merged range once, however many of its cells are read', () => {
    const wb = miniWorkbook();
    // Kostnader C2:C4 merged: rows 2 and 3 are covered.
    set(wb, 'Kostnader', 2, 'Belopp', { merged: 'C2:C4' });
    set(wb, 'Kostnader', 3, 'Belopp', { merged: 'C2:C4' });
    const merged = problemsOf(wb).filter((p) => p.code === 'merged-cell');
    expect(merged).toEqual([expect.objectContaining({ table: 'Kostnader', row: 2, column: 'Belopp', cell: 'Kostnader!C3' })]);
  });

  it('reads a date in a text column as its ISO text, and a Månad date as its month', () => {
    const wb = miniWorkbook();
    wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2021]]));
    wb.push(table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], ['2021-01-01', '2021-02-01', '2021-03-15', '2021-12-31'].map((date) => ['Lev', { date }, 0.25])));
    const result = run(wb);
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    // A: 100 fakturor à 13 kr = 1 300 kr (mini.test.ts), a quarter in each of the four months.
    const lev = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Lev');
    expect(lev.map((r) => r['Belopp'])).toEqual([325, 325, 325, 0, 0, 0, 0, 0, 0, 0, 0, 325]);
    expect(cellText({ date: '2021-05-01' })).toBe('2021-05-01');
  });

  it('reads a date in a text column as its ISO text (here a customer that does not exist)', () => {
    const problems = problemsOf(set(miniWorkbook(), 'Volymer', 1, 'Kund', { date: '2021-05-01' }));
    const atCell = problems.filter((p) => p.cell === 'Volymer!A2');
    expect(atCell).toHaveLength(1);
    expect(atCell[0]!.message).toContain('"2021-05-01"');
    expect(atCell[0]!.code).not.toBe('date-value');
  });
});

describe('two tables the contract reads as one', () => {
  it('is an error naming both tables and their sheets, and the first is still read', () => {
    const wb = miniWorkbook();
    const volumes = wb.find((t) => t.name === 'Volymer')!;
    wb.push({ ...volumes, name: 'VOLYMER', sheet: 'Blad2', rows: [] });
    const problems = problemsOf(wb);
    expect(problems).toContainEqual({
      level: 'error',
      code: 'duplicate-table',
      table: 'Volymer',
      row: null,
      column: null,
      cell: null,
      message: 'Arbetsboken har 2 tabeller som läses som Volymer: Volymer (bladet Volymer) och VOLYMER (bladet Blad2). Namnen skiljer sig bara i stora och små bokstäver, mellanslag eller understreck; byt namn på eller ta bort alla utom en.',
    });
    expect(problems.filter((p) => p.level === 'error')).toHaveLength(1);
  });

  it('names all three of three', () => {
    const wb = miniWorkbook();
    const costs = wb.find((t) => t.name === 'Kostnader')!;
    wb.push({ ...costs, name: 'kostnader', sheet: 'Gamla' }, { ...costs, name: 'KOSTNADER', sheet: 'Äldre' });
    const duplicate = problemsOf(wb).filter((p) => p.code === 'duplicate-table');
    expect(duplicate.map((p) => p.message)).toEqual([expect.stringContaining('3 tabeller som läses som Kostnader: Kostnader (bladet Kostnader), kostnader (bladet Gamla) och KOSTNADER (bladet Äldre).')]);
  });
});
