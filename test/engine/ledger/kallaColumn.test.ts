import { ProblemList } from '../../../src/engine/read/problemList';
import { TableReader } from '../../../src/engine/read/tableReader';
import { reportMeaninglessColumns } from '../../../src/engine/read/unusedColumns';
import { TABLES, TABLE_ORDER } from '../../../src/engine/schema';
import { templateTables } from '../../../src/engine/template';

describe('Källa and Kontering in the contract', () => {
  test('Kostnader\'s Källa is no unknown column to the calculation', () => {
    const problems = new ProblemList();
    const raw = { name: 'Kostnader', sheet: 'Kostnader', headers: ['Kostnadsobjekt', 'Belopp', 'Källa'], rows: [['Ekonomi', 1, 'Huvudboksimport: b.se 2026-12-05']] };
    reportMeaninglessColumns(new TableReader(TABLES.Kostnader, raw, problems));
    expect(problems.items).toEqual([]);
  });

  test('the template offers neither Källa nor Kontering (the calculation does not read them)', () => {
    expect(TABLE_ORDER).not.toContain('Kontering');
    const costs = templateTables().find((t) => t.name === 'Kostnader')!;
    expect(costs.headers).toEqual(['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter']);
  });
});
