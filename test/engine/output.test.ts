import { BlockCutter, rowBlocks, rowCount, StreamedTable, type OutputValue } from '../../src/engine/output';

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

describe('BlockCutter', () => {
  it('hands over a block once it holds `size` rows, cut to its rows, and the rest at the end', () => {
    const blocks = new BlockCutter(3, 4);
    const taken: OutputValue[][][] = [];
    for (let i = 0; i < 8; i++) {
      blocks.add([i]);
      // Two rows at a time, as a charge's lines come: a block may run past size.
      if (i % 2 === 1) {
        const block = blocks.full();
        if (block) taken.push(block);
      }
    }
    expect(blocks.rest()).toBeNull();
    expect(taken).toEqual([[[0], [1], [2], [3]], [[4], [5], [6], [7]]]);
    const more = new BlockCutter(3, 4);
    more.add(['a']);
    expect(more.full()).toBeNull();
    expect(more.rest()).toEqual([['a']]);
    expect(more.rest()).toBeNull();
  });

  it('grows past its capacity rather than lose a row', () => {
    const blocks = new BlockCutter(10, 2);
    for (let i = 0; i < 12; i++) blocks.add([i]);
    expect(blocks.full()?.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
