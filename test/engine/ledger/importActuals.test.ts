import type { CellValue, RawTable } from '../../../src/engine/cells';
import { importLedger } from '../../../src/engine/ledger/importLedger';
import { monthOfCell } from '../../../src/engine/ledger/ledgerMonth';
import { IMPORT_TARGETS } from '../../../src/engine/ledger/targets';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { ledgerActualsPhrases } from '../../../src/engine/messages/ledgerActuals';
import { ledgerPhrases } from '../../../src/engine/messages/ledger';
import { readPhrases } from '../../../src/engine/messages/read';
import { calcPhrases } from '../../../src/engine/messages/calc';
import { reportPhrases } from '../../../src/engine/messages/report';
import { followUpPhrases } from '../../../src/engine/messages/followUp';
import { ProblemList } from '../../../src/engine/read/problemList';
import { TableReader } from '../../../src/engine/read/tableReader';
import { reportMeaninglessColumns } from '../../../src/engine/read/unusedColumns';
import { TABLES } from '../../../src/engine/schema';
import { errors, output, run } from '../helpers';
import { ACTUALS_CSV, ACTUALS_SIE, actualsWorkbook, EXPECTED_UTFALL } from './actualsFiles';
import { cp1252, pc8 } from './files';

const UTFALL = IMPORT_TARGETS.Utfall!;

function importInto(bytes: Uint8Array, file: string, tables: RawTable[] = actualsWorkbook(), post?: 'TRANS' | 'PSALDO' | 'PBUDGET') {
  return importLedger({ bytes }, file, tables, UTFALL, post);
}

const rowsOf = (lines: readonly { kostnadsobjekt: string; kostnadsslag: string; month?: string; amount: string }[]): CellValue[][] =>
  lines.map((l) => UTFALL.cells({ ...l, fordelasEfter: '' }, 'M')).map((c) => [c['Kostnadsobjekt'] ?? null, c['Kostnadsslag'] ?? null, c['Månad'] ?? null, c['Belopp'] ?? null]);

const messages = (problems: ProblemList, lang: 'sv' | 'en' = 'sv') => problems.items.map((p) => renderMessage(p.text, lang));

describe('the ledger\'s actuals into Utfall', () => {
  test('SIE 4 #TRANS (the default for Utfall): summed per object, cost type and month; the month from transdat, else the #VER date', () => {
    const r = importInto(pc8(ACTUALS_SIE), 'huvudbok.se');
    expect(messages(r.problems)).toEqual([]);
    expect(r.file?.kind).toBe('SIE 4 #TRANS');
    expect(rowsOf(r.mapping!.lines)).toEqual(EXPECTED_UTFALL);
    expect(r.mapping!.lines.every((l) => l.fordelasEfter === '')).toBe(true);
  });

  test('SIE 4: the reconciliation per month and in total, worked by hand (the vouchers balance: the ledger is 0 but for the cross-month line 25)', () => {
    const m = importInto(pc8(ACTUALS_SIE), 'huvudbok.se').mapping!;
    // January: lines 18–20, 100 + 250 − 350 = 0, 1930's −350 unmapped. February: lines 24 and 26 (25 is
    // dated March): 120,50 − 420,50 = −300, 2440's −420,50 unmapped. March: lines 25, 30–32, 36–39:
    // 300 − 20,50 + 45,25 − 24,75 + 200 + 250 + 150 − 600 = 300; unmapped −24,75 − 600 = −624,75.
    // April: 999 − 999, 1930's −999 unmapped.
    expect(m.months).toEqual([
      { month: '2021-01', ledger: '0', unmapped: '-350', imported: '350', rows: 3 },
      { month: '2021-02', ledger: '-300', unmapped: '-420.5', imported: '120.5', rows: 2 },
      { month: '2021-03', ledger: '300', unmapped: '-624.75', imported: '924.75', rows: 8 },
      { month: '2021-04', ledger: '0', unmapped: '-999', imported: '999', rows: 2 },
    ]);
    expect([m.ledgerTotal, m.unmappedTotal, m.importedTotal, m.rows, m.mappedRows]).toEqual(['0', '-2394.25', '2394.25', 15, 10]);
    expect(m.unmapped.map((u) => [u.konto, u.amount, u.lines])).toEqual([
      ['1930', '-1949', [20, 39, 44]],
      ['2440', '-445.25', [26, 32]],
    ]);
    expect(m.unusedRules).toEqual([6]);
  });

  test('a CSV export with a Datum column (ISO dates and ÅÅÅÅMMDD) gives the same lines; a revenue row keeps its sign (negative) and, without a rule, is unmapped', () => {
    const r = importInto(cp1252(ACTUALS_CSV), 'rapport.csv');
    expect(messages(r.problems)).toEqual([]);
    expect(rowsOf(r.mapping!.lines)).toEqual(EXPECTED_UTFALL);
    // March, lines 5–10 and 12: 924,75 booked on the rules, −1 000 on 3510 without one: the ledger's March is −75,25.
    expect(r.mapping!.months!.find((x) => x.month === '2021-03')).toEqual({ month: '2021-03', ledger: '-75.25', unmapped: '-1000', imported: '924.75', rows: 7 });
    expect([r.mapping!.ledgerTotal, r.mapping!.unmappedTotal, r.mapping!.importedTotal]).toEqual(['1394.25', '-1000', '2394.25']);
  });

  test('a transaction outside Budgetår is an error naming its line, with how many more; nothing is mapped', () => {
    const lastYear = ACTUALS_SIE.replace('#VER A 4 20210405 "Löner april"', '#VER A 4 20201231 "Periodisering"');
    const r = importInto(pc8(lastYear), 'huvudbok.se');
    expect(r.mapping).toBeNull();
    expect(r.problems.items.map((p) => [p.code, p.row])).toEqual([['ledger-outside-year', 43]]);
    expect(messages(r.problems)).toEqual(['huvudbok.se rad 43 är bokförd 2020-12, utanför Budgetår 2021; en rad till ligger utanför året (2020-12). Inget skrevs: ta ut exporten för budgetåret, eller rätta Budgetår.']);
    expect(messages(r.problems, 'en')).toEqual(['huvudbok.se line 43 is booked in 2020-12, outside Budgetår 2021; one more row lies outside the year (2020-12). Nothing was written: export the budget year only, or correct Budgetår.']);
  });

  test('a #TRANS dated in the next year inside this year\'s voucher is caught by its own date', () => {
    const r = importInto(pc8(ACTUALS_SIE.replace('#TRANS 7010 {1 "410"} 150.00', '#TRANS 7010 {1 "410"} 150.00 20220103')), 'huvudbok.se');
    expect(messages(r.problems)).toEqual(['huvudbok.se rad 38 är bokförd 2022-01, utanför Budgetår 2021. Inget skrevs: ta ut exporten för budgetåret, eller rätta Budgetår.']);
  });

  test('a #VER date that is no date is an error on the #VER line, once for its transactions', () => {
    const r = importInto(pc8(ACTUALS_SIE.replace('#VER A 3 20210331', '#VER A 3 2021-03-31')), 'huvudbok.se');
    expect(r.problems.items.map((p) => [p.code, p.row])).toEqual([['sie-bad-date', 34]]);
    expect(messages(r.problems)).toEqual(['huvudbok.se rad 34: #VER har datumet "2021-03-31", som inte är ett datum (SIE skriver ÅÅÅÅMMDD, t.ex. 20270315).']);
  });

  test('the budget\'s import is untouched: Kostnader reads the same SIE 4 without months, summed per object, cost type and Fördelas efter', () => {
    const r = importLedger({ bytes: pc8(ACTUALS_SIE.replace('#VER A 3 20210331', '#VER A 3 2021-03-31')) }, 'huvudbok.se', actualsWorkbook(), IMPORT_TARGETS.Kostnader!, 'TRANS');
    expect(messages(r.problems)).toEqual([]);
    expect(r.mapping!.months).toBeUndefined();
    expect(r.mapping!.lines.map((l) => [l.kostnadsobjekt, l.kostnadsslag, l.amount, l.month])).toEqual([
      ['Kassa', 'Personal', '250', undefined],
      ['Lev', 'Personal', '1499', undefined],
      ['Kassa', 'Övrigt', '145.25', undefined],
      ['Betalning', 'Övrigt', '300', undefined],
      ['Uppdrag', 'Personal', '200', undefined],
    ]);
  });

  test('without Budgetår the import into Utfall refuses (it cannot tell a wrong year)', () => {
    const tables = actualsWorkbook().filter((t) => t.name !== 'Inställningar');
    const r = importInto(pc8(ACTUALS_SIE), 'huvudbok.se', tables);
    expect(r.mapping).toBeNull();
    expect(r.problems.items.map((p) => p.code)).toEqual(['ledger-no-budget-year']);
  });

  test('SIE 3 #PSALDO with --sie-post: each record is its period\'s change (4B: "periodens förändring"), not a running balance; year −1 is left out', () => {
    const sie3 = [
      '#FLAGGA 0',
      '#FORMAT PC8',
      '#SIETYP 3',
      '#RAR 0 20210101 20211231',
      '#RAR -1 20200101 20201231',
      '#DIM 1 "Ansvar"',
      '#PSALDO 0 202101 7010 {} 350.00',
      '#PSALDO 0 202101 7010 {1 "410"} 100.00',
      '#PSALDO 0 202101 7010 {1 "420"} 250.00',
      '#PSALDO 0 202102 7010 {1 "420"} 250.00',
      '#PSALDO 0 202102 7010 {} 300.00',
      '#PSALDO -1 202002 7010 {1 "420"} 9999.00',
      '#PBUDGET 0 202102 7010 {1 "420"} 777.00',
      '',
    ].join('\n');
    const r = importInto(pc8(sie3), 'saldon.se', actualsWorkbook(), 'PSALDO');
    expect(messages(r.problems)).toEqual([]);
    expect(r.file?.kind).toBe('SIE 3 #PSALDO');
    // February: 300 for 7010, 250 of it on Ansvar 420, 50 without objects, which no rule takes.
    expect(rowsOf(r.mapping!.lines)).toEqual([
      ['Kassa', 'Personal', '2021-01', 100],
      ['Lev', 'Personal', '2021-01', 250],
      ['Lev', 'Personal', '2021-02', 250],
    ]);
    expect(r.mapping!.months!.map((m) => [m.month, m.ledger, m.unmapped, m.imported])).toEqual([
      ['2021-01', '350', '0', '350'],
      ['2021-02', '300', '50', '250'],
    ]);
  });

  test('#PBUDGET is refused for Utfall: a budget would pass every check as actuals', () => {
    const r = importInto(pc8('#FORMAT PC8\n#SIETYP 3\n#PBUDGET 0 202101 7010 {1 "410"} 100.00\n'), 'budget.se', actualsWorkbook(), 'PBUDGET');
    expect(messages(r.problems)).toEqual(['budget.se: #PBUDGET är budget, inte utfall; Utfall läser #TRANS (standard) eller #PSALDO. Budgeten importeras till Kostnader.']);
  });

  test('#PSALDO of a broken fiscal year: periods outside Budgetår are an error, not booked in the wrong year', () => {
    const broken = ['#FORMAT PC8', '#SIETYP 3', '#RAR 0 20200701 20210630', '#PSALDO 0 202012 7010 {1 "410"} 80.00', '#PSALDO 0 202101 7010 {1 "410"} 100.00', ''].join('\n');
    const r = importInto(pc8(broken), 'saldon.se', actualsWorkbook(), 'PSALDO');
    expect(messages(r.problems)).toEqual(['saldon.se rad 4 är bokförd 2020-12, utanför Budgetår 2021. Inget skrevs: ta ut exporten för budgetåret, eller rätta Budgetår.']);
  });

  test('an export\'s month column: Månad 1–12 (Budgetår\'s), Period ÅÅÅÅMM or ÅÅÅÅ-M; a month it cannot read or a missing one names the line', () => {
    const csv = ['Konto;Ansvar;Period;Belopp', '7010;410;202101;10', '7010;410;2021-2;20', '7010;420;3;30', ''].join('\n');
    const ok = importInto(cp1252(csv), 'p.csv');
    expect(rowsOf(ok.mapping!.lines)).toEqual([
      ['Kassa', 'Personal', '2021-01', 10],
      ['Kassa', 'Personal', '2021-02', 20],
      ['Lev', 'Personal', '2021-03', 30],
    ]);
    const bad = importInto(cp1252(['Konto;Ansvar;Månad;Belopp', '7010;410;mars 2021;10', '7010;410;;20', ''].join('\n')), 'm.csv');
    expect(messages(bad.problems)).toEqual([
      'm.csv rad 2: Månad "mars 2021" går inte att läsa som en månad; skriv 1–12, ÅÅÅÅ-MM, ÅÅÅÅMM eller ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD).',
      'm.csv rad 3: Månad saknas; importen till Utfall behöver varje rads månad.',
    ]);
    const none = importInto(cp1252(['Konto;Ansvar;Belopp', '7010;410;10', ''].join('\n')), 'n.csv');
    expect(messages(none.problems)).toEqual(['n.csv saknar en kolumn för Månad; rubriken kan vara Månad, Period eller Datum.']);
    const two = importInto(cp1252(['Konto;Period;Datum;Belopp', '7010;202101;2021-01-05;10', ''].join('\n')), 't.csv');
    expect(two.problems.items.map((p) => p.code)).toEqual(['ledger-duplicate-column']);
  });

  test('an xlsx export: a date cell (as the adapter passes it) gives its month', () => {
    const exported: RawTable = { name: 'Huvudbok', sheet: 'Blad1', headers: ['Datum', 'Konto', 'Ansvar', 'Belopp'], rows: [[{ date: '2021-03-31' }, '7010', '430', 200], ['2021-01-25', 7010, 410, 100.5]], origin: { row: 3, column: 1 } };
    const r = importLedger({ tables: [exported] }, 'export.xlsx', actualsWorkbook(), UTFALL);
    expect(messages(r.problems)).toEqual([]);
    expect(rowsOf(r.mapping!.lines)).toEqual([
      ['Kassa', 'Personal', '2021-01', 100.5],
      ['Uppdrag', 'Personal', '2021-03', 200],
    ]);
  });

  test.each([
    [3, { year: null, month: 3 }],
    ['12', { year: null, month: 12 }],
    ['2027-03', { year: 2027, month: 3 }],
    ['202703', { year: 2027, month: 3 }],
    [202703, { year: 2027, month: 3 }],
    ['2027-03-31', { year: 2027, month: 3 }],
    ['2027-03-31 00:00:00', { year: 2027, month: 3 }],
    ['20270331', { year: 2027, month: 3 }],
    [{ date: '2027-12-01' }, { year: 2027, month: 12 }],
    ['13', null],
    ['2027-02-30', null],
    ['202713', null],
    ['mars', null],
    ['31/03/2027', null],
    [46082, null],
    [3.5, null],
    ['', null],
  ])('monthOfCell(%j)', (cell, expected) => {
    expect(monthOfCell(cell)).toEqual(expected);
  });

  test('Källa on Utfall is no unknown column to the calculation, and the template does not offer it', () => {
    const problems = new ProblemList();
    const raw = { name: 'Utfall', sheet: 'Utfall', headers: ['Kostnadsobjekt', 'Kostnadsslag', 'Månad', 'Belopp', 'Källa'], rows: [['Kassa', 'Personal', '2021-01', 100, 'Huvudboksimport: h.se 2026-12-05']] };
    reportMeaninglessColumns(new TableReader(TABLES.Utfall, raw, problems));
    expect(problems.items).toEqual([]);
    expect(TABLES.Utfall.columns.map((c) => c.header)).not.toContain('Källa');
  });

  test('the messages of this area have ids of their own', () => {
    const others = new Set([readPhrases, calcPhrases, reportPhrases, followUpPhrases, ledgerPhrases].flatMap((area) => Object.keys(area)));
    expect(Object.keys(ledgerActualsPhrases).filter((id) => others.has(id))).toEqual([]);
  });

  test('the follow-up with the imported Utfall: Uppföljning\'s actual cost to date is the imported sums, by hand', () => {
    const r = importInto(pc8(ACTUALS_SIE), 'huvudbok.se');
    const tables = actualsWorkbook().map((t) =>
      t.name === 'Utfall' ? { ...t, headers: [...t.headers, 'Källa'], rows: [...t.rows.map((row) => [...row, null]), ...rowsOf(r.mapping!.lines).map((row) => [...row, 'Huvudboksimport: huvudbok.se 2026-12-05'])] } : t,
    );
    const result = run(tables);
    expect(errors(result)).toEqual([]);
    expect(result.problems.filter((p) => p.table === 'Utfall').map((p) => [p.code, p.row])).toEqual([['after-closed-month', 10]]);
    const figure = (name: string) => output(result, 'Uppföljning').find((x) => x['Namn'] === name)?.['Utfall kostnad ack.'];
    // Uppföljning t.o.m. 3, April's 999 left out. Kassa: 100 + 120,50 + 24,75 + 150 = 395,25 → 395, and a third of
    // Betalning's 300 (its budget went 400 : 800 to Kassa and Lev) = 100: 495. Lev: 250 + 250 + 200 = 700.
    // Uppdrag: 200 imported and the user's own 50 = 250.
    expect([figure('Kassa'), figure('Lev'), figure('Uppdrag'), figure('Totalt')]).toEqual([495, 700, 250, 1445]);
  });
});
