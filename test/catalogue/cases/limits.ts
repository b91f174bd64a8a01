import type { RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';

/**
 * Excel's limits (issue 12): a message that lists names, rows or pools lists ten and counts
 * the rest ("A, B, C … och 37 till"), so that no Kontroller cell grows with the workbook past
 * the 32 767 characters a cell holds; a name past 100 characters is shortened in a list. Each
 * case is the mini workbook with one change that makes such a list long.
 */

function tableOf(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  return t;
}

const pool = (i: number) => `Pool ${String(i).padStart(2, '0')}`;

/** n common pools more in Kostnader (10 kr each, spread by Årsarbetare), after the mini's own "Nämnd och administration". */
function addPools(tables: RawTable[], n: number, name = pool): void {
  // Undeclared pools: these cases list the pools of Kostnader, so the mini's Pooler is taken away.
  tables.splice(tables.findIndex((t) => t.name === 'Pooler'), 1);
  const costs = tableOf(tables, 'Kostnader');
  for (let i = 1; i <= n; i++) costs.rows.push([name(i), 'IT', 10, 'Årsarbetare']);
}

function poolFlows(tables: RawTable[], rows: [string, string, number][]): void {
  tables.push({ name: 'Poolutbyte', sheet: 'Poolutbyte', headers: ['Från pool', 'Till pool', 'Andel'], rows, origin: { row: 1, column: 1 } });
}

/** n numeric columns more in a table, every row holding 1. */
function addColumns(tables: RawTable[], table: string, n: number, prefix: string): void {
  const t = tableOf(tables, table);
  for (let i = 1; i <= n; i++) {
    t.headers.push(`${prefix}${String(i).padStart(2, '0')}`);
    for (const row of t.rows) row.push(1);
  }
}

const unknownPool = (n: number) => (t: RawTable[]) => {
  addPools(t, n);
  poolFlows(t, [[pool(1), 'Okänd pool', 0.1]]);
};

const place = { exit: 1, level: 'Fel', table: 'Poolutbyte', row: 1, column: 'Till pool', cell: 'Poolutbyte!B2' } as const;

export const CASES: BadInputCase[] = [
  {
    name: 'limits: unknown pool among 41 pools lists ten and counts 31',
    input: { kind: 'tables', base: 'mini', change: unknownPool(40) },
    expect: { ...place, message: ['"Okänd pool" är ingen pool i Kostnader', 'Poolerna i Kostnader: Nämnd och administration, Pool 01, Pool 02', 'Pool 09 … och 31 till.'] },
  },
  {
    name: 'limits: unknown pool among 10 pools lists all ten',
    input: { kind: 'tables', base: 'mini', change: unknownPool(9) },
    expect: { ...place, message: ['Poolerna i Kostnader: Nämnd och administration, Pool 01', 'Pool 08, Pool 09.'] },
  },
  {
    name: 'limits: unknown pool among 11 pools counts 1 more',
    input: { kind: 'tables', base: 'mini', change: unknownPool(10) },
    expect: { ...place, message: ['Pool 08, Pool 09 … och 1 till.'] },
  },
  {
    name: 'limits: a pool name of 150 characters is shortened in the list of pools',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addPools(t, 1, () => 'P'.repeat(150));
        poolFlows(t, [['Nämnd och administration', 'Okänd pool', 0.1]]);
      },
    },
    expect: { ...place, message: [`Poolerna i Kostnader: Nämnd och administration, ${'P'.repeat(99)}….`] },
  },
  {
    name: 'limits: a pool giving away 108 % over 12 rows lists ten rows',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addPools(t, 13);
        poolFlows(t, Array.from({ length: 12 }, (_, i) => [pool(1), pool(i + 2), 0.09]));
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Poolutbyte', row: 12, column: 'Andel', cell: 'Poolutbyte!C13', message: ['poolen Pool 01 ger bort 108 % av sin kostnad (rad 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … och 2 till)'] },
  },
  {
    name: 'limits: a cycle of 12 pools giving everything away names ten',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addPools(t, 12);
        poolFlows(t, Array.from({ length: 12 }, (_, i) => [pool(i + 1), pool(((i + 1) % 12) + 1), 1]));
      },
    },
    expect: {
      exit: 1,
      level: 'Fel',
      table: 'Poolutbyte',
      row: 1,
      column: 'Andel',
      cell: 'Poolutbyte!C2',
      message: ['Poolutbyte rad 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … och 2 till: poolerna Pool 01, Pool 02', 'Pool 10 … och 2 till ger bort hela sina kostnader'],
    },
  },
  {
    name: 'limits: step-down order of 13 pools lists ten',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addPools(t, 12);
        poolFlows(t, [
          [pool(1), pool(2), 0.5],
          [pool(2), pool(1), 0.1],
        ]);
        t.push({ name: 'Inställningar', sheet: 'Inställningar', headers: ['Parameter', 'Värde'], rows: [['Poolmetod', 'Stegvis']], origin: { row: 1, column: 1 } });
      },
    },
    expect: {
      exit: 0,
      level: 'Varning',
      table: 'Poolutbyte',
      row: 2,
      column: 'Till pool',
      cell: 'Poolutbyte!B3',
      message: ['i ordningen 1. Pool 01, 2. Pool 02, 3. Nämnd och administration, 4. Pool 03', '10. Pool 09 … och 3 till (den som ger'],
    },
  },
  {
    name: 'limits: unknown key among 33 known keys lists ten',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addColumns(t, 'Nycklar', 30, 'K');
        setCell(t, 'Tjänster', 1, 'Nyckel', 'Okänd nyckel');
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Tjänster', row: 1, column: 'Nyckel', cell: 'Tjänster!F2', message: ['nyckeln "Okänd nyckel" finns inte. Kända nycklar: Omsättning, Anställda, K01', 'K08 … och 23 till.'] },
  },
  {
    name: 'limits: unknown part key of a composite key among 32 key columns lists ten',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addColumns(t, 'Nycklar', 30, 'K');
        t.push({ name: 'Sammansatta nycklar', sheet: 'Sammansatta nycklar', headers: ['Nyckel', 'Delnyckel', 'Vikt'], rows: [['Mix', 'Okänd nyckel', 1]], origin: { row: 1, column: 1 } });
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Sammansatta nycklar', row: 1, column: 'Delnyckel', message: ['"Okänd nyckel" är ingen nyckelkolumn i Nycklar (Omsättning, Anställda, K01', 'K08 … och 22 till)'] },
  },
  {
    name: 'limits: unknown driver among 31 driver columns lists ten',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        addColumns(t, 'Tjänster', 30, 'D');
        setCell(t, 'Kostnader', 5, 'Fördelas efter', 'Okänd drivare');
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 5, column: 'Fördelas efter', cell: 'Kostnader!D6', message: ['"Okänd drivare" är varken en drivarkolumn i Tjänster (Årsarbetare, D01', 'D09 … och 21 till)'] },
  },
];
