import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, RawTable } from '../../../src/engine/cells';
import { runModel } from '../../../src/engine';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { readPhrases } from '../../../src/engine/messages/read';
import type { Problem } from '../../../src/engine/problems';
import { readModel } from '../../../src/engine/read/readModel';
import { DEVIATION_METHODS, DIRECT_COST_DRIVER, POOL_METHODS, PRICING_MODELS, SERVICE_KINDS, SETTINGS, TABLES, TRACE_CHOICES } from '../../../src/engine/schema';
import { OUTPUT_TABLE_NAMES } from '../../../src/engine/output';
import type { BadInputCase } from '../../catalogue/case';
import { miniWorkbook, table } from '../helpers';

/**
 * The messages of reading the workbook (messages/read.ts) in English: broken workbooks that
 * together give most of them, each problem rendered in both languages. The English text must
 * differ from the Swedish and hold no Swedish outside quotes and the contract's words (table,
 * column, model and setting names stay Swedish in English too); a few are written out by hand.
 */

// ---- broken workbooks ---------------------------------------------------------------------------

function get(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`test set-up: no table ${name}`);
  return t;
}

function set(tables: RawTable[], name: string, row: number, header: string, value: CellValue): void {
  const t = get(tables, name);
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`test set-up: ${name} has no column ${header}`);
  (t.rows[row - 1] as CellValue[])[i] = value;
}

/** The mini workbook with a column added to a table (null on every row). */
function addColumn(tables: RawTable[], name: string, header: string): void {
  const t = get(tables, name);
  t.headers.push(header);
  for (const r of t.rows) r.push(null);
}

/** Cells that hold no usable number, and numbers outside their range. */
function badCells(): RawTable[] {
  const wb = miniWorkbook();
  set(wb, 'Volymer', 1, 'Volym', true);
  set(wb, 'Volymer', 2, 'Volym', '1,5');
  set(wb, 'Volymer', 3, 'Volym', { error: '#DIV/0!' });
  set(wb, 'Volymer', 4, 'Volym', { date: '2027-01-05T00:00:00' });
  set(wb, 'Volymer', 5, 'Volym', { formula: '=B2*2' });
  set(wb, 'Kostnader', 1, 'Belopp', 1e16);
  set(wb, 'Kostnader', 2, 'Belopp', 'abc');
  set(wb, 'Kostnader', 3, 'Belopp', -5);
  set(wb, 'Kostnader', 4, 'Belopp', '1.234');
  set(wb, 'Kostnader', 6, 'Belopp', null);
  set(wb, 'Nycklar', 1, 'Omsättning', { merged: 'C2:C3' });
  set(wb, 'Nycklar', 2, 'Omsättning', 0.0000001);
  set(wb, 'Nycklar', 3, 'Omsättning', Number.POSITIVE_INFINITY);
  set(wb, 'Tjänster', 2, 'Prismodell', 'Styk');
  set(wb, 'Tjänster', 3, 'Tjänst', '\u200B');
  return wb;
}

/** Tables missing, doubled or empty; columns doubled, missing or meaning nothing. */
function badTables(): RawTable[] {
  const wb = miniWorkbook().filter((t) => t.name !== 'Tjänster');
  get(wb, 'Kostnader').rows = [];
  wb.push(table('VOLYMER', ['Kund', 'Tjänst', 'Volym'], []));
  get(wb, 'Nycklar').headers.push('Kund');
  const volumes = get(wb, 'Volymer');
  volumes.headers = ['Kund', 'Tjänst', 'Volm'];
  wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal', 'Kommentar'], [['A', 'Lev', 'Fel', 1, null]]));
  wb.push(table('Inställningar', ['Parameter'], [['Budgetår']]));
  return wb;
}

/** Inställningar with every kind of bad row. */
function badSettings(): RawTable[] {
  const wb = miniWorkbook();
  wb.push(
    table('Inställningar', ['Parameter', 'Värde'], [
      ['Budgetår', 2027.5],
      ['Budgetår', 2027],
      ['Pristack', 0.1],
      ['Avvikelsemetod', 'Båda'],
      ['Pristak', -1],
      ['Avvikelsevikt', 2],
      ['Prissteg', 1],
      ['Beloppsavrundning', 0],
    ]),
  );
  return wb;
}

/** Månadsprofil's errors, with no Budgetår. */
function badProfile(): RawTable[] {
  const wb = miniWorkbook();
  wb.push(
    table('Månadsprofil', ['Tjänst', 'Månad', 'Andel'], [
      ['Lev', 'mars', 0.5],
      ['Lev', 3, 0.5],
      ['Lev', 'Mars', 0.5],
      ['Kundres', 'marsch', 0.5],
      ['Kundres', '2026-01', 0.25],
      ['Kundres', '2027-02', 0.25],
      ['Okänd', 1, 1],
      ['Kassa', 1, 1],
      ['Uppdrag', 1, 0.5],
    ]),
  );
  return wb;
}

/** Pooler and Poolutbyte, wrong in every way they can be. */
function badPools(): RawTable[] {
  const wb = miniWorkbook();
  addColumn(wb, 'Kostnader', 'Kommentar');
  get(wb, 'Kostnader').rows.push(['Reskontr', null, 10, null, null], ['Kassa', null, 10, 'Årsarbetare', null], ['Nämnd', null, 10, 'Antal anställda', null], ['Ekonomi', null, 5, null, null]);
  get(wb, 'Pooler').rows.push(['Nämnd och administration', null], ['kassa', null], ['Kundress', null], ['Tom pool', 'Yta'], ['Ekonomi', null], ['Kässa', null]);
  // Kassa's process named like its area: Kostnader's "Ekonomi" is then both.
  set(wb, 'Tjänster', 1, 'Process', 'Ekonomi');
  wb.push(
    table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [
      ['Nämnd och administration', 'Nämnd och administration', 0.5],
      ['Kassa', 'Nämnd och administration', 0.5],
      ['Tom pool', 'Nämnd och administration', 0.5],
      ['Nämnd och adm', 'Nämnd och administration', 0.5],
    ]),
  );
  return wb;
}

/** Poolutbyte without Pooler: its names are looked for in Kostnader. */
function badFlowsWithoutPooler(): RawTable[] {
  const wb = miniWorkbook().filter((t) => t.name !== 'Pooler');
  wb.push(
    table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [
      ['Nämnd och administration', 'Okänd pool', 0.5],
      ['Nämnd och administratio', 'Reskontra', 0.5],
      ['Ekonomi', 'Nämnd och administration', 0.5],
    ]),
  );
  get(wb, 'Kostnader').rows.push(['Gemensamt', null, 10, 'Årsarbetare']);
  wb.push(table('Poolutbyte2', ['x'], []));
  return wb;
}

/** Two pools that give away more than all, and a flow given twice. */
function flowsGivingTooMuch(): RawTable[] {
  const wb = miniWorkbook();
  get(wb, 'Kostnader').rows.push(['Gemensamt', null, 10, 'Årsarbetare']);
  get(wb, 'Pooler').rows.push(['Gemensamt', 'Årsarbetare']);
  wb.push(
    table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [
      ['Nämnd och administration', 'Gemensamt', 0.75],
      ['Nämnd och administration', 'Gemensamt', 0.5],
      ['Gemensamt', 'Nämnd och administration', 0.75],
      ['Gemensamt', 'Nämnd och administration', 0.25],
    ]),
  );
  set(wb, 'Kostnader', 1, 'Fördelas efter', 'Årsarbetare');
  return wb;
}

/** Tjänster, Volymer and Avvikelser with names that are wrong, doubled or look alike. */
function badServices(): RawTable[] {
  const wb = miniWorkbook();
  addColumn(wb, 'Tjänster', 'Fast andel');
  addColumn(wb, 'Tjänster', 'Kundtyper');
  addColumn(wb, 'Tjänster', 'Fastställt pris');
  const services = get(wb, 'Tjänster');
  services.rows.push(
    ['Kassa', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Omsättning', null, null, 1, null, null, null],
    ['Blandat', 'Ekonomi', null, 'Bastjänst', 'Blandad', null, null, null, 1, null, 'Bolag, Kommun', null],
    ['Direkt2', 'Ekonomi', null, 'Bastjänst', 'Direkt', null, null, null, 1, null, null, 5],
    ['Direkt3', 'Ekonоmi', null, 'Bastjänst', 'Direkt', null, 'Å', null, 1, null, null, null],
    ['Paketet', 'Ekonomi', null, 'Bastjänst', 'Paket', null, null, null, 1, null, null, null],
    ['Nyckelfel', 'Ekonomi\u00a0 drift', null, 'Bastjänst', 'Fast', 'Omsätning', null, null, 1, null, null, null],
  );
  set(wb, 'Nycklar', 3, 'Kund', 'Södermalm');
  wb.push(table('Nycklar2', ['x'], []));
  get(wb, 'Nycklar').rows.push(['Sodermalm', null, 1, 1], ['A', null, 1, 1]);
  get(wb, 'Volymer').rows.push(['Sodermalm', 'Lev', 1], ['Sodermalmm', 'Lev', 1], ['A', 'Levv', 1], ['A', 'Lev', 1]);
  set(wb, 'Tjänster', 4, 'Betalare', 'Sodermalm');
  wb.push(
    table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck', 'Minuter'], [
      ['Fel', 'Lev', 10, 5],
      ['Fel', 'Lev', 10, null],
      ['Sent', 'Lev', null, 5],
      ['Tomt', 'Lev', null, null],
      ['Fеl', 'Kundres', 1, null],
      ['Fel', 'Kundres', 1, null],
      ['Fel', 'Okänd', 1, null],
    ]),
    table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [
      ['A', 'Lev', 'Fell', 1],
      ['A', 'Lev', 'Fel', 1],
    ]),
  );
  return wb;
}

/** Sammansatta nycklar, Paket and Scenarier, wrong in every way. */
function badExtras(): RawTable[] {
  const wb = miniWorkbook();
  set(wb, 'Tjänster', 1, 'Prismodell', 'Paket');
  wb.push(
    table('Sammansatta nycklar', ['Nyckel', 'Delnyckel', 'Vikt'], [
      ['Omsättning', 'Anställda', 1],
      ['Mix', 'Omsättning', 0.5],
      ['Mix', 'Anställda', 0.25],
      ['Mix2', 'Yta', 1],
    ]),
    table('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], [
      ['Kassa', 0, null, 100],
      ['Kassa', 10, 20, 200],
      ['Kassa', 15, 30, 300],
      ['Kassa', 40, 50, 400],
      ['Kassa', 60, 55, 400],
      ['Lev', 0, 10, 1],
      ['Okänd', 0, 10, 1],
    ]),
    table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel', 'Fast andel'], [
      ['Bas', 'Lev', null, null, null],
      ['Bas', 'Okänd', 'Fast', null, null],
      ['Вas', 'Lev', 'Fast', 'Omsättning', null],
      ['Ny', 'Ekonomi', 'Fast', 'Yta', null],
      ['x'.repeat(300), 'Lev', 'Fast', 'Omsättning', null],
      ['Pris', 'Lev', 'Fast', 'Omsättning', null],
    ]),
  );
  return wb;
}

/** Keys and drivers nothing uses: warnings only, given when the tables read without errors. */
function unusedColumns(): RawTable[] {
  const wb = miniWorkbook();
  addColumn(wb, 'Nycklar', 'Yta');
  addColumn(wb, 'Nycklar', 'Anstalda');
  addColumn(wb, 'Tjänster', 'Antal datorer');
  return wb;
}

/** Workbooks with an error: runModel stops after reading them. */
const BROKEN: [string, () => RawTable[]][] = [
  ['cells', badCells],
  ['tables', badTables],
  ['settings', badSettings],
  ['month profile', badProfile],
  ['pools', badPools],
  ['pool flows without Pooler', badFlowsWithoutPooler],
  ['pool flows giving too much', flowsGivingTooMuch],
  ['services', badServices],
  ['extras', badExtras],
];

/** The bad-input catalogue's workbooks (test/catalogue/cases), read in memory. */
function catalogueWorkbooks(): [string, RawTable[]][] {
  const dir = join(__dirname, '..', '..', 'catalogue', 'cases');
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .flatMap((f) => (require(join(dir, f)) as { CASES: BadInputCase[] }).CASES);
  const out: [string, RawTable[]][] = [];
  for (const c of cases) {
    if (c.input.kind !== 'tables' || c.input.base !== 'mini') continue;
    const tables = miniWorkbook();
    c.input.change(tables);
    out.push([c.name, tables]);
  }
  return out;
}

// ---- what English must not hold -----------------------------------------------------------------

/** Words of the contract, which stay Swedish in English too, longest first. */
const CONTRACT_WORDS = [
  ...Object.values(TABLES).flatMap((t) => [t.name, ...t.columns.map((c) => c.header)]),
  ...OUTPUT_TABLE_NAMES,
  ...PRICING_MODELS,
  ...SERVICE_KINDS,
  ...DEVIATION_METHODS,
  ...POOL_METHODS,
  ...TRACE_CHOICES,
  ...SETTINGS,
  DIRECT_COST_DRIVER,
  'Fakturaunderlag',
  'Paket-tjänst',
  'mars',
].sort((a, b) => b.length - a.length);

const SWEDISH = / rad |kolumn|finns inte| och | eller |saknas|måste| är | inte |tabellen|Tabellen| ska | för | på | har |ingen |värde/;

/** The English text without what may stay Swedish: quoted names, the contract's words, the workbook's own names. */
function withoutSwedishNames(text: string, tables: readonly RawTable[]): string {
  let t = text.replace(/"[^"]*"/g, '""');
  const cellTexts = tables.flatMap((x) => [x.name, ...x.headers, ...x.rows.flat().filter((v): v is string => typeof v === 'string')]);
  for (const word of [...cellTexts.sort((a, b) => b.length - a.length), ...CONTRACT_WORDS]) if (word.trim().length > 1) t = t.split(word.trim()).join('·');
  return t;
}

function readProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.text.id in readPhrases);
}

// ---- the tests ----------------------------------------------------------------------------------

describe('every message of reading the workbook, in English', () => {
  const seen = new Set<string>();
  const all: { input: string; tables: RawTable[]; problem: Problem }[] = [];
  for (const [name, make] of BROKEN) {
    const tables = make();
    // Each has an error in its tables, so runModel stops after reading them.
    const result = runModel(tables);
    for (const problem of readProblems(result.problems)) all.push({ input: name, tables, problem });
  }
  // Warnings only: read alone, so that no message of the calculation is needed here.
  for (const [name, tables] of [['unused columns', unusedColumns()] as const, ...catalogueWorkbooks()]) {
    for (const problem of readProblems(readModel(tables).problems.items)) all.push({ input: name, tables, problem });
  }
  for (const { problem } of all) seen.add(problem.text.id);

  test('the broken workbooks give most of the read messages', () => {
    const ids = Object.keys(readPhrases);
    // The nested ones (a range's end, a hint) are counted through the messages that hold them.
    const missing = ids.filter((id) => !seen.has(id) && !/^(belowMin|notPositive|aboveMax|tooLarge|nearZero|tooManyDigits|lookalikeHint|differsIn\w+|didYouMean|headerFrom\w+)$/.test(id));
    expect(missing).toEqual([]);
  });

  test.each(all.map((x) => [`${x.input}: ${x.problem.text.id} ${x.problem.table}:${x.problem.row}:${x.problem.column}`, x] as const))('%s', (_, { tables, problem }) => {
    const sv = renderMessage(problem.text, 'sv');
    const en = renderMessage(problem.text, 'en');
    expect(sv).toBe(problem.message);
    expect(en).not.toBe(sv);
    expect(withoutSwedishNames(en, tables)).not.toMatch(SWEDISH);
  });
});

describe('English texts, written out by hand', () => {
  function english(tables: RawTable[], code: string, column?: string): string[] {
    return runModel(tables)
      .problems.filter((p) => p.code === code && (column === undefined || p.column === column))
      .map((p) => renderMessage(p.text, 'en'));
  }

  test('cells that hold no number, with TRUE said in English', () => {
    const wb = badCells();
    expect(english(wb, 'not-a-number', 'Volym')).toEqual(['Volymer row 1, column Volym (Volymer!C2): TRUE is not a number.']);
    expect(english(wb, 'error-value')).toEqual(['Volymer row 3, column Volym (Volymer!C4) holds the error value #DIV/0!; a number is needed.']);
    expect(english(wb, 'number-as-text')).toContain('Volymer row 2, column Volym (Volymer!C3): the number is written as text ("1,5") and was read as 1,5.');
  });

  test('a number outside its range ends with the range, numbers in the Swedish format', () => {
    expect(english(badCells(), 'out-of-range', 'Belopp')).toEqual([
      'Kostnader row 1, column Belopp (Kostnader!C2): 10\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000 is too large: the number must be between −10\u00a0000\u00a0000\u00a0000\u00a0000 and 10\u00a0000\u00a0000\u00a0000\u00a0000.',
    ]);
    expect(english(badSettings(), 'out-of-range', 'Värde')).toEqual([
      'Inställningar row 1, column Värde (Inställningar!B2): Budgetår must be a whole year, e.g. 2027.',
      'Inställningar row 5, column Värde (Inställningar!B6): -1 must not be less than 0.',
      'Inställningar row 6, column Värde (Inställningar!B7): 2 must not be greater than 1.',
      'Inställningar row 8, column Värde (Inställningar!B9): 0 must not be less than 0,01.',
    ]);
  });

  test('a missing table and a doubled one', () => {
    const wb = badTables();
    expect(english(wb, 'missing-table')).toEqual([
      'The table Tjänster is missing. Create an Excel table named Tjänster (Insert > Table, then Table Name).',
      'The table Avvikelsetyper is missing but needed, since the table Avvikelser has rows.',
    ]);
    expect(english(wb, 'duplicate-table')).toEqual([
      'The workbook has 2 tables that read as Volymer: Volymer (sheet Volymer) and VOLYMER (sheet VOLYMER). Their names differ only in upper and lower case, spaces or underscores; rename or delete all but one.',
    ]);
  });

  test('an unknown name that looks like a known one says how they differ', () => {
    expect(english(badServices(), 'unknown-customer', 'Kund')).toEqual([
      'Volymer row 3, column Kund (Volymer!A4): the customer "C" is not in the table Nycklar.',
      'Volymer row 7, column Kund (Volymer!A8): the customer "Sodermalmm" is not in the table Nycklar.',
    ]);
    expect(english(badServices(), 'unknown-customer', 'Betalare')).toEqual([
      'Tjänster row 8, column Betalare (Tjänster!G9): the payer "Å" is not in the table Nycklar. There is "A", which looks the same but differs in accents or other marks above or below the letters.',
    ]);
  });

  test('a month in English, and a month name the reader must write in Swedish', () => {
    const wb = badProfile();
    expect(english(wb, 'duplicate-month')).toEqual([
      'Månadsprofil row 2, column Månad (Månadsprofil!B3): Lev already has a share for March on row 1. Each month goes once per service.',
      'Månadsprofil row 3, column Månad (Månadsprofil!B4): Lev already has a share for March on row 1. Each month goes once per service.',
    ]);
    expect(english(wb, 'invalid-month')).toEqual([
      'Månadsprofil row 4, column Månad (Månadsprofil!B5): "marsch" is not a month. Write the month\'s number (1–12), the year and month (2027-03) or the month\'s Swedish name (mars).',
    ]);
  });

  test('a mistyped cost object asks "Did you mean"', () => {
    expect(english(badPools(), 'undeclared-pool').concat(english(badPools(), 'mistyped-cost-object'))).toContain(
      'Kostnader row 7, column Kostnadsobjekt (Kostnader!A8): "Reskontr" is neither a service, a process, a business area nor a pool in the table Pooler. Did you mean Reskontra?',
    );
  });
});
