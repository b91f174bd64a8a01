import type { CellValue, RawTable } from '../../../src/engine/cells';
import { table } from '../../engine/helpers';
import { setCell, type BadInputCase, type CaseExpectation } from '../case';

/**
 * Names that look equal but are not, and names that become output column headers (issue 12).
 * Base: the mini workbook (layout at the top of test/engine/bad-workbooks.test.ts); sheet = table
 * name, table at A1, so data row r is sheet row r + 1. test/engine/names.test.ts checks that the
 * exit-0 cases give the same Fördelning as the clean workbook; here the exit-0 cases without a
 * warning of their own are matched by the mini workbook's one warning (no Budgetår).
 */

const NFD_SODERMALM = 'So\u0308dermalm';

function addRow(tables: RawTable[], name: string, row: CellValue[]): void {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  t.rows.push(row);
}

/** Customer A renamed: `defined` in Nycklar, `used` in Volymer and as Uppdrag's Betalare. */
function renameA(tables: RawTable[], defined: string, used: string): void {
  setCell(tables, 'Nycklar', 1, 'Kund', defined);
  setCell(tables, 'Volymer', 1, 'Kund', used);
  setCell(tables, 'Volymer', 4, 'Kund', used);
  setCell(tables, 'Tjänster', 4, 'Betalare', used);
}

/** Deviation types on Kundres and Lev, and one event of each (A on Kundres, B on Lev). */
function addDeviations(tables: RawTable[], kundresType: string, levType: string, levEvent = levType): void {
  tables.push(
    table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [
      [kundresType, 'Kundres', 10],
      [levType, 'Lev', 2],
    ]),
    table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [
      ['A', 'Kundres', kundresType, 3],
      ['B', 'Lev', levEvent, 5],
    ]),
  );
}

function addScenario(tables: RawTable[], name: string): void {
  tables.push(table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel', 'Fast andel'], [
    [name, 'Lev', 'Fast', 'Omsättning', null],
    [name, 'Kundres', 'Fast', 'Omsättning', null],
  ]));
}

const NO_BUDGET_YEAR: CaseExpectation = { exit: 0, level: 'Varning', table: 'Inställningar', message: ['Budgetår saknas'] };

function cleaned(name: string, change: (t: RawTable[]) => void, table: string, row: number, column: string, cell: string, what: string): BadInputCase {
  return {
    name: `names: ${name}`,
    input: { kind: 'tables', base: 'mini', change },
    expect: { exit: 0, level: 'Varning', table, row, column, cell, message: ['namnet innehåller', what] },
  };
}

function clash(name: string, change: (t: RawTable[]) => void, table: string, row: number, column: string, cell: string, output: string): BadInputCase {
  return {
    name: `names: ${name}`,
    input: { kind: 'tables', base: 'mini', change },
    expect: { exit: 1, level: 'Fel', table, row, column, cell, message: [`i ${output}`, 'har redan en kolumn med det namnet'] },
  };
}

function tooLong(name: string, change: (t: RawTable[]) => void, table: string, column: string, cell: string, length: number): BadInputCase {
  return {
    name: `names: ${name}`,
    input: { kind: 'tables', base: 'mini', change },
    expect: { exit: 1, level: 'Fel', table, row: 1, column, cell, message: [`${length} tecken`, 'högst 255 tecken'] },
  };
}

export const CASES: BadInputCase[] = [
  // ---- the same name written with invisible differences: matched, exit 0 ----------------------
  {
    name: 'names: NFD Södermalm in Volymer.Kund and Betalare, NFC in Nycklar',
    input: { kind: 'tables', base: 'mini', change: (t) => renameA(t, 'Södermalm', NFD_SODERMALM) },
    expect: NO_BUDGET_YEAR,
  },
  {
    name: 'names: no-break space, zero-width space and trailing tab in Volymer.Kund',
    input: { kind: 'tables', base: 'mini', change: (t) => renameA(t, 'Söder malm', 'Söder\u00a0malm\u200b\t') },
    expect: NO_BUDGET_YEAR,
  },
  {
    name: 'names: doubled inner space and other case in Volymer.Kund',
    input: { kind: 'tables', base: 'mini', change: (t) => renameA(t, 'Söder malm', 'SÖDER  MALM') },
    expect: NO_BUDGET_YEAR,
  },
  {
    name: 'names: zero-width space in Volymer.Tjänst',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 2, 'Tjänst', 'L\u200bev') },
    expect: NO_BUDGET_YEAR,
  },
  {
    name: 'names: deviation types differing only in case on different services',
    input: { kind: 'tables', base: 'mini', change: (t) => addDeviations(t, 'Påminnelse', 'påminnelse', 'PÅMINNELSE') },
    expect: NO_BUDGET_YEAR,
  },
  cleaned('NFD Södermalm in Nycklar.Kund, NFC elsewhere', (t) => renameA(t, NFD_SODERMALM, 'Södermalm'), 'Nycklar', 1, 'Kund', 'Nycklar!A2', 'NFD'),
  cleaned('zero-width space after Nycklar.Kund', (t) => setCell(t, 'Nycklar', 1, 'Kund', 'A\u200b'), 'Nycklar', 1, 'Kund', 'Nycklar!A2', 'nollbreddstecken'),
  cleaned('word joiner in Tjänster.Tjänst', (t) => setCell(t, 'Tjänster', 2, 'Tjänst', 'Lev\u2060'), 'Tjänster', 2, 'Tjänst', 'Tjänster!A3', 'nollbreddstecken'),
  cleaned('doubled space in Verksamhetsområde', (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Inköp  och upphandling'), 'Tjänster', 4, 'Verksamhetsområde', 'Tjänster!B5', 'flera mellanslag i rad'),
  cleaned('no-break space in Process', (t) => setCell(t, 'Tjänster', 3, 'Process', 'Res\u00a0kontra'), 'Tjänster', 3, 'Process', 'Tjänster!C4', 'specialmellanslag'),

  // ---- lookalike pairs: warnings naming both cells ---------------------------------------------
  {
    name: 'names: customers A and Á differ only by an accent',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Nycklar', ['Á', 'Bolag', 10, 1]) },
    expect: { exit: 0, level: 'Varning', table: 'Nycklar', row: 4, column: 'Kund', cell: 'Nycklar!A5', message: ['"Á" ser ut som "A" på rad 1 (Nycklar!A2)', 'accenter'] },
  },
  {
    name: 'names: customer with Cyrillic С beside C',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Nycklar', ['\u0421', 'Bolag', 10, 1]) },
    expect: { exit: 0, level: 'Varning', table: 'Nycklar', row: 4, column: 'Kund', cell: 'Nycklar!A5', message: ['ser ut som "C" på rad 3 (Nycklar!A4)', 'kyrilliskt "С" (U+0421)'] },
  },
  {
    name: 'names: services Kassa and Kàssa',
    input: { kind: 'tables', base: 'mini', change: (t) => addRow(t, 'Tjänster', ['Kàssa', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Omsättning', null, null, 1]) },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: 5, column: 'Tjänst', cell: 'Tjänster!A6', message: ['"Kàssa" ser ut som "Kassa" på rad 1 (Tjänster!A2)'] },
  },
  {
    name: 'names: areas Ekonomi and Ekonómi',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Ekonómi') },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: 4, column: 'Verksamhetsområde', cell: 'Tjänster!B5', message: ['"Ekonómi" ser ut som "Ekonomi" på rad 1 (Tjänster!B2)'] },
  },
  {
    name: 'names: Volymer.Kund Á when Nycklar has A',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 1, 'Kund', 'Á') },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 1, column: 'Kund', cell: 'Volymer!A2', message: ['finns inte i tabellen Nycklar', 'Det finns "A"'] },
  },
  {
    name: 'names: Volymer.Tjänst with a Cyrillic е',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 3, 'Tjänst', 'L\u0435v') },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 3, column: 'Tjänst', cell: 'Volymer!B4', message: ['Det finns "Lev"', 'kyrilliskt "е" (U+0435)'] },
  },
  {
    name: 'names: Betalare a Cyrillic А',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Tjänster', 4, 'Betalare', '\u0410') },
    expect: { exit: 1, level: 'Fel', table: 'Tjänster', row: 4, column: 'Betalare', cell: 'Tjänster!G5', message: ['betalaren', 'Det finns "A"'] },
  },
  {
    name: 'names: the same customer in NFD and NFC in Nycklar',
    input: { kind: 'tables', base: 'mini', change: (t) => { addRow(t, 'Nycklar', [NFD_SODERMALM, 'Bolag', 1, 1]); addRow(t, 'Nycklar', ['Södermalm', 'Bolag', 1, 1]); } },
    expect: { exit: 1, level: 'Fel', table: 'Nycklar', row: 5, column: 'Kund', cell: 'Nycklar!A6', message: ['finns redan på rad 4'] },
  },
  {
    name: 'names: Volymer.Kund only a zero-width space',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 1, 'Kund', '\u200b') },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 1, column: 'Kund', cell: 'Volymer!A2', message: ['bara osynliga tecken'] },
  },

  // ---- names that become column headers --------------------------------------------------------
  clash('deviation type named Totalt', (t) => addDeviations(t, 'Totalt', 'Sen'), 'Avvikelsetyper', 1, 'Avvikelse', 'Avvikelsetyper!A2', 'Avvikelsepivot'),
  clash('deviation type named kund', (t) => addDeviations(t, 'Sen', 'kund'), 'Avvikelsetyper', 2, 'Avvikelse', 'Avvikelsetyper!A3', 'Avvikelsepivot'),
  clash(
    'deviation type named like a shared column',
    (t) => { addDeviations(t, 'Påminnelse', 'påminnelse'); addRow(t, 'Avvikelsetyper', ['Påminnelse (Lev)', 'Kassa', 1]); },
    'Avvikelsetyper', 3, 'Avvikelse', 'Avvikelsetyper!A4', 'Avvikelsepivot',
  ),
  clash('scenario named Bas', (t) => addScenario(t, 'Bas'), 'Scenarier', 1, 'Scenario', 'Scenarier!A2', 'Scenariojämförelse'),
  clash('scenario named KUND with a no-break space', (t) => addScenario(t, 'KUND\u00a0'), 'Scenarier', 1, 'Scenario', 'Scenarier!A2', 'Scenariojämförelse'),
  clash('area named Kundtyp', (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Kundtyp'), 'Tjänster', 4, 'Verksamhetsområde', 'Tjänster!B5', 'Kundsammanställning'),
  clash('area named Totalt', (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Totalt'), 'Tjänster', 4, 'Verksamhetsområde', 'Tjänster!B5', 'Kundsammanställning'),
  clash('area named avvikelsepåslag', (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'avvikelsepåslag'), 'Tjänster', 4, 'Verksamhetsområde', 'Tjänster!B5', 'Kundsammanställning'),
  tooLong('deviation type of 256 characters', (t) => addDeviations(t, 'x'.repeat(256), 'Sen'), 'Avvikelsetyper', 'Avvikelse', 'Avvikelsetyper!A2', 256),
  tooLong('scenario of 235 characters', (t) => addScenario(t, 's'.repeat(235)), 'Scenarier', 'Scenario', 'Scenarier!A2', 256),
  tooLong('area of 300 characters', (t) => { for (const r of [1, 2, 3]) setCell(t, 'Tjänster', r, 'Verksamhetsområde', 'å'.repeat(300)); }, 'Tjänster', 'Verksamhetsområde', 'Tjänster!B2', 300),
  {
    name: 'names: line break in a deviation type',
    input: { kind: 'tables', base: 'mini', change: (t) => addDeviations(t, 'Sen\ninrapportering', 'Makulering') },
    expect: { exit: 0, level: 'Varning', table: 'Avvikelsetyper', row: 1, column: 'Avvikelse', cell: 'Avvikelsetyper!A2', message: ['radbrytning', 'Avvikelsepivot'] },
  },
  {
    name: 'names: line break in a scenario name',
    input: { kind: 'tables', base: 'mini', change: (t) => addScenario(t, 'Fast\r\nlev') },
    expect: { exit: 0, level: 'Varning', table: 'Scenarier', row: 1, column: 'Scenario', cell: 'Scenarier!A2', message: ['radbrytning', 'Scenariojämförelse'] },
  },
  {
    name: 'names: line break in an area',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Tjänster', 4, 'Verksamhetsområde', 'Inköp och\nupphandling') },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: 4, column: 'Verksamhetsområde', cell: 'Tjänster!B5', message: ['radbrytning', 'Kundsammanställning'] },
  },
];
