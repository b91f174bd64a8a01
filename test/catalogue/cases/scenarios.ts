import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';
import { error, warning } from '../expect';
import { addColumn } from '../tableEdits';

/**
 * A scenario's who and how much (issue 15, item 5), on the example workbook: Scenarier row 11 is
 * "Äldre direkt obligatorisk" (Kundtyper Stadsdelsförvaltning, cell F12), row 12 "Vikande
 * volymer" (Kontaktcenter, Volymfaktor 0,95, cell G13). Columns A Scenario | B Tjänst |
 * C Prismodell | D Nyckel | E Fast andel | F Kundtyper | G Volymfaktor.
 */
const example = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: `scenarios: example: ${name}`,
  input: { kind: 'tables', base: 'example', change },
  expect,
});

const factor = (value: number | string) => (t: RawTable[]) => setCell(t, 'Scenarier', 12, 'Volymfaktor', value);
const types = (value: string) => (t: RawTable[]) => setCell(t, 'Scenarier', 11, 'Kundtyper', value);

export const CASES: BadInputCase[] = [
  example('Volymfaktor 0', factor(0), error('Scenarier', 12, 'Volymfaktor', 'Scenarier!G13', ['volymfaktorn är 0', 'större än 0'])),
  example('Volymfaktor −5 %', factor(-0.05), error('Scenarier', 12, 'Volymfaktor', 'Scenarier!G13', ['volymfaktorn är -0,05', 'större än 0'])),
  example('Volymfaktor 95 (a percentage)', factor(95), error('Scenarier', 12, 'Volymfaktor', 'Scenarier!G13', ['95', 'högst 10', 'Skrev du procent?'])),
  example('Volymfaktor 0,951234', factor(0.951234), error('Scenarier', 12, 'Volymfaktor', 'Scenarier!G13', ['0,951234', 'fyra decimaler'])),
  example('Volymfaktor "mindre"', factor('mindre'), error('Scenarier', 12, 'Volymfaktor', 'Scenarier!G13', ['"mindre"'])),
  example('Kundtyper "Stadsdel"', types('Stadsdel'), error('Scenarier', 11, 'Kundtyper', 'Scenarier!F12', ['"Stadsdel"', 'Stadsdelsförvaltning', 'skriv Alla'])),
  example('Kundtyper "Alla, Bolag"', types('Alla, Bolag'), error('Scenarier', 11, 'Kundtyper', 'Scenarier!F12', ['"Alla, Bolag"', 'blandar Alla'])),
  // Bolag have no Invånare 65+ (Äldre direkt's key).
  example('Kundtyper "Bolag" for Äldre direkt', types('Bolag'), error('Scenarier', 11, 'Kundtyper', 'Scenarier!F12', ['Äldre direkt obligatorisk', 'Invånare 65+', 'Bolag'])),
  example('Kundtyper "Alla" on a service priced per unit', (t) => setCell(t, 'Scenarier', 11, 'Tjänst', 'E-tjänstsupport'), warning('Scenarier', 11, 'Kundtyper', 'Scenarier!F12', ['Kundtyper ändrar inget', 'E-tjänstsupport'])),
  example('a column "Kundtyp" in Scenarier', (t) => addColumn(t, 'Scenarier', 'Kundtyp', ['Bolag']), {
    exit: 0,
    level: 'Varning',
    table: 'Scenarier',
    row: null,
    column: 'Kundtyp',
    cell: 'Scenarier!H1',
    message: ['Tabellen Scenarier har kolumnen "Kundtyp" (Scenarier!H1)', 'Menade du Kundtyper?'],
  }),
];
