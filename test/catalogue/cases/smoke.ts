import { setCell, type BadInputCase } from '../case';

/** Two cases that hold today, so the runner is proved before the areas add theirs. */
export const CASES: BadInputCase[] = [
  {
    name: 'Volym as a boolean',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 2, 'Volym', true) },
    expect: { exit: 1, level: 'Fel', table: 'Volymer', row: 2, column: 'Volym', cell: 'Volymer!C3', message: ['inte ett tal'] },
  },
  {
    name: 'IN is not a zip file',
    input: { kind: 'bytes', make: () => new TextEncoder().encode('Kund;Tjänst\nA;B\n') },
    expect: { exit: 2, message: ['inte en .xlsx-fil'] },
  },
];
