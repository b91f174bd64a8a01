import { rowBlocks, rowCount, StreamedTable, type OutputValue } from '../../src/engine/output';

const columns = [
  { header: 'Kund', format: 'text' as const },
  { header: 'Belopp', format: 'kr' as const },
];

/** A table of `count` rows [Kund n, n] in blocks of `size`, counting the passes made over it. */
function counted(count: number, size: number, made = count) {
  const passes = { n: 0 };
  const table = new StreamedTable('T', columns, count, function* () {
    passes.n += 1;
    for (let start = 0; start < made; start += size) {
      yield Array.from({ length: Math.min(size, made - start) }, (_, i): OutputValue[] => [`Kund ${start + i}`, start + i]);
    }
  });
  return { table, passes };
}

describe('StreamedTable', () => {
  it('makes no row until asked: its count is known, its blocks come one pass at a time', () => {
    const { table, passes } = counted(10, 4);
    expect(passes.n).toBe(0);
    expect(rowCount(table)).toBe(10);
    expect(passes.n).toBe(0);
    expect([...rowBlocks(table)].map((b) => b.length)).toEqual([4, 4, 2]);
    expect([...rowBlocks(table)].flat()).toHaveLength(10);
    expect(passes.n).toBe(2);
  });

  it('reading rows makes them all once, in order, and keeps them', () => {
    const { table, passes } = counted(10, 3);
    const rows = table.rows;
    expect(rows.map((r) => r[1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(table.rows).toBe(rows);
    expect(passes.n).toBe(1);
  });

  it('a stream that makes more or fewer rows than it counted is an error, not a short table', () => {
    expect(() => counted(10, 4, 9).table.rows).toThrow('T: 9 rows made, 10 counted');
    expect(() => counted(10, 4, 11).table.rows).toThrow('T: more rows made than the 10 counted');
  });

  it('assigning rows replaces them and drops the stream, so writers take the new rows', () => {
    const { table, passes } = counted(10, 4);
    table.rows = [['Ny', 1]];
    expect(table.stream).toBeUndefined();
    expect(rowCount(table)).toBe(1);
    expect([...rowBlocks(table)]).toEqual([[['Ny', 1]]]);
    expect(passes.n).toBe(0);
  });

  it('a table held whole is one block of its rows', () => {
    const rows: OutputValue[][] = [['A', 1], ['B', 2]];
    expect([...rowBlocks({ name: 'H', columns, rows })]).toEqual([rows]);
    expect(rowCount({ name: 'H', columns, rows })).toBe(2);
  });
});
