import type { RawTable } from '../../src/engine/cells';
import { exampleTables } from '../../src/example';
import { inputFingerprint } from '../../src/workbook/input-fingerprint';

const edit = (tables: RawTable[], name: string, row: number, column: number, value: RawTable['rows'][number][number]): RawTable[] =>
  tables.map((t) => (t.name !== name ? t : { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r)) }));

describe('inputFingerprint', () => {
  const tables = exampleTables();
  const base = inputFingerprint(tables);

  it('is the same for the same cells, wherever the tables sit and in whatever order they are read', () => {
    expect(inputFingerprint(exampleTables())).toBe(base);
    expect(inputFingerprint([...tables].reverse())).toBe(base);
    expect(inputFingerprint(tables.map((t) => ({ ...t, sheet: `Flyttad ${t.sheet}`, origin: { row: 5, column: 3 } })))).toBe(base);
  });

  it('changes with any one cell, header or table name, and tells a number from its text', () => {
    const volumes = tables.find((t) => t.name === 'Volymer')!;
    const column = volumes.headers.indexOf('Volym');
    const volume = volumes.rows[0]![column] as number;
    const variants = [
      edit(tables, 'Volymer', 0, column, volume + 1),
      edit(tables, 'Volymer', 0, column, String(volume)),
      edit(tables, 'Volymer', 0, column, null),
      edit(tables, 'Volymer', 0, column, { error: '#N/A' }),
      edit(tables, 'Volymer', volumes.rows.length - 1, 0, 'Ny kund'),
      tables.map((t) => (t.name === 'Volymer' ? { ...t, headers: t.headers.map((h, j) => (j === column ? 'Antal' : h)) } : t)),
      tables.map((t) => (t.name === 'Volymer' ? { ...t, rows: t.rows.slice(1) } : t)),
      tables.map((t) => (t.name === 'Paket' ? { ...t, name: 'Paket2' } : t)),
      // The same cells moved between rows: row boundaries count.
      tables.map((t) => (t.name === 'Volymer' ? { ...t, rows: [[...t.rows[0]!, ...t.rows[1]!], ...t.rows.slice(2)] } : t)),
    ];
    const prints = variants.map(inputFingerprint);
    expect(prints).not.toContain(base);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
