import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';
import { error, warning } from '../expect';
import { addColumn, addTable } from '../tableEdits';

/**
 * Pristaksmetod and Avtalat belopp (issue 15), on the mini workbook (layout in
 * existing-mini.ts): Tjänster A–I, a column a case adds is J, a second K; Kassa row 1 (Fast),
 * Lev 2 (Styck), Kundres 3 (Tim), Uppdrag 4 (Direkt, A). Inställningar at A1: Parameter A,
 * Värde B.
 */
const N = (name: string): string => `cap: mini: ${name}`;

const settings = (rows: (string | number)[][]) => (t: RawTable[]) => addTable(t, 'Inställningar', ['Parameter', 'Värde'], rows);

const mini = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: N(name),
  input: { kind: 'tables', base: 'mini', change },
  expect,
});

export const CASES: BadInputCase[] = [
  mini('Pristaksmetod unknown', settings([['Pristak', 0.015], ['Pristaksmetod', 'Tak']]), error('Inställningar', 2, 'Värde', 'Inställningar!B3', ['"Tak"', 'Flagga, Begränsa'])),
  mini('Pristaksmetod Begränsa without Pristak', settings([['Pristaksmetod', 'Begränsa']]), error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['Pristaksmetod är Begränsa, men Pristak saknas'])),
  mini(
    'Begränsa and a Styck service without Fjolårspris',
    (t) => {
      settings([['Pristak', 0.015], ['Pristaksmetod', 'Begränsa']])(t);
      addColumn(t, 'Tjänster', 'Fjolårspris', [null, null, 124, null]);
    },
    warning('Tjänster', 2, 'Fjolårspris', 'Tjänster!J3', ['tjänsten Lev (Styck) saknar fjolårspris', 'tas ut som det räknas fram']),
  ),
  mini('Avtalat belopp on a Tim service', (t) => addColumn(t, 'Tjänster', 'Avtalat belopp', [null, null, 1250, null]), error('Tjänster', 3, 'Avtalat belopp', 'Tjänster!J4', ['Kundres har prismodellen Tim', 'bara Fast och Direkt'])),
  mini(
    'Avtalat belopp and Fastställt pris on one Fast service',
    (t) => {
      addColumn(t, 'Tjänster', 'Fastställt pris', [12, null, null, null]);
      addColumn(t, 'Tjänster', 'Avtalat belopp', [1000, null, null, null]);
    },
    error('Tjänster', 1, 'Avtalat belopp', 'Tjänster!K2', ['både Avtalat belopp och Fastställt pris (Tjänster!J2)']),
  ),
  mini(
    'Avtalat belopp on a Direkt service without Betalare',
    (t) => {
      addColumn(t, 'Tjänster', 'Avtalat belopp', [null, null, null, 1000]);
      setCell(t, 'Tjänster', 4, 'Betalare', null);
    },
    error('Tjänster', 4, 'Betalare', 'Tjänster!G5', ['Uppdrag', 'betalare']),
  ),
];
