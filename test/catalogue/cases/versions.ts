import type { CellValue, RawTable } from '../../../src/engine/cells';
import type { BadInputCase } from '../case';
import { error, warning } from '../expect';
import { addTable } from '../tableEdits';

/**
 * Decided versions (issue 17) on the mini workbook: Inställningar at A1 (Parameter A, Värde B);
 * Beslutade versioner's table at A1 of its sheet, Version A, Beslutad B, Indata C, Tjänst D, Kund
 * E, Belopp F (a table written by hand, as a user who unprotected the sheet might).
 */
const N = (name: string): string => `versions: mini: ${name}`;

const mini = (name: string, change: (t: RawTable[]) => void, expect: BadInputCase['expect']): BadInputCase => ({
  name: N(name),
  input: { kind: 'tables', base: 'mini', change },
  expect,
});

const settings = (rows: CellValue[][]) => (t: RawTable[]) => addTable(t, 'Inställningar', ['Parameter', 'Värde'], rows);

const DECIDED: CellValue[][] = [
  ['Nämnden', '2021-11-18', 'abc', 'Kassa', null, 1000],
  ['Nämnden', '2021-11-18', 'abc', 'Kassa', 'A', 600],
];

const versions = (rows: CellValue[][]) => (t: RawTable[]) => addTable(t, 'Beslutade versioner', ['Version', 'Beslutad', 'Indata', 'Tjänst', 'Kund', 'Belopp'], rows);

const both = (...changes: ((t: RawTable[]) => void)[]) => (t: RawTable[]) => changes.forEach((c) => c(t));

export const CASES: BadInputCase[] = [
  mini('Jämför med version without decided versions', settings([['Jämför med version', 'Nämnden']]), warning('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"Nämnden"', 'inga beslutade versioner'])),
  mini(
    'Jämför med version naming no version',
    both(settings([['Jämför med version', 'Nämden']]), versions(DECIDED)),
    error('Inställningar', 1, 'Värde', 'Inställningar!B2', ['"Nämden"', 'Versionerna är Nämnden']),
  ),
  mini(
    'a version with two dates',
    versions([...DECIDED, ['Nämnden', '2021-11-19', 'abc', 'Lev', null, 2000]]),
    error('Beslutade versioner', 3, 'Beslutad', "'Beslutade versioner'!B4", ['"2021-11-19"', 'på rad 1']),
  ),
  mini(
    'a service twice in a version',
    versions([...DECIDED, ['Nämnden', '2021-11-18', 'abc', 'kassa', null, 1100]]),
    error('Beslutade versioner', 3, 'Tjänst', "'Beslutade versioner'!D4", ['tjänsten kassa', 'redan på rad 1']),
  ),
];
