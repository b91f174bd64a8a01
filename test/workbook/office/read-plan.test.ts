import { READ_BUDGET_BYTES, READ_LEARNED_MARGIN, READ_RANGE_OVERHEAD_BYTES, READ_SAMPLE_MARGIN } from '../../../src/workbook/office/payload';
import { ReadPlan, type Block, type LoadedCells } from '../../../src/workbook/office/read-plan';

/** A body of `rows` rows and one column at A2. */
const body = (rows: number) => ({ top: 2, left: 1, bottom: rows + 1, right: 1 });

/**
 * A block's answer whose rows each take `rowBytes` bytes as the plan counts them: the three
 * arrays of one cell, ["x…"] (the text and 4), ["String"] (10) and ["General"] (11), plus 3.
 */
function answer(block: Block, rowBytes: number): LoadedCells {
  const text = 'x'.repeat(rowBytes - 28);
  return {
    values: Array.from({ length: block.rows }, () => [text]),
    valueTypes: Array.from({ length: block.rows }, () => ['String']),
    numberFormat: Array.from({ length: block.rows }, () => ['General']),
  };
}

const rowsOf = (blocks: Block[]) => blocks.reduce((n, b) => n + b.rows, 0);

describe('ReadPlan', () => {
  it('plans the first request from the sample, the next from the rows read, and reads every row once', () => {
    // The sample said 110 bytes a row (100 measured, a tenth added); the rows answer with 100.
    const plan = new ReadPlan([{ body: body(200_000), rowBytes: 110 }]);
    const first = plan.request();
    // Blocks of at most 1 MB: 9 090 rows of 110 bytes and the 100 around them; four fill 4 MB.
    expect(first.map((b) => b.rows)).toEqual([9_090, 9_090, 9_090, 9_090]);
    const firstRows = rowsOf(first);
    plan.learn(first, first.map((b) => answer(b, 100)));
    // 100 bytes, not grown from the sample's 100 (110 / 1,1), plus 2 %: 102 a row.
    expect(plan.rowBytes(0)).toBe(Math.ceil(100 * READ_LEARNED_MARGIN));
    const second = plan.request();
    // Four blocks of 9 802 rows (999 904 bytes each) and the 2 rows that fit in the 384 left.
    expect(second.map((b) => b.rows)).toEqual([9_802, 9_802, 9_802, 9_802, 2]);
    // Answering with 3 921 000 bytes of 4 MB, where the sample's estimate planned 3 636 000.
    expect(rowsOf(second) * 100).toBeGreaterThan(0.98 * READ_BUDGET_BYTES);
    let planned = firstRows + rowsOf(second);
    let tops = [...first, ...second].map((b) => b.top);
    while (!plan.done) {
      const next = plan.request();
      planned += rowsOf(next);
      tops = [...tops, ...next.map((b) => b.top)];
    }
    expect(planned).toBe(200_000);
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('raises the next estimate by as much as the rows grew since the rows before them', () => {
    const plan = new ReadPlan([{ body: body(500_000), rowBytes: Math.round(100 * READ_SAMPLE_MARGIN) }]);
    const first = plan.request();
    plan.learn(first, first.map((b) => answer(b, 100)));
    const second = plan.request();
    plan.learn(second, second.map((b) => answer(b, 110)));
    // 110 measured, 10 % more than the 100 before: 110 × 1,1 × 1,02 = 123,42, so 124.
    expect(plan.rowBytes(0)).toBe(124);
    const third = plan.request();
    plan.learn(third, third.map((b) => answer(b, 110)));
    // No growth: 110 × 1,02 = 112,2, so 113.
    expect(plan.rowBytes(0)).toBe(113);
  });

  it('fills a request across tables, cutting the second where the request is full', () => {
    const plan = new ReadPlan([
      { body: body(10_000), rowBytes: 100 },
      { body: body(100_000), rowBytes: 50 },
    ]);
    const blocks = plan.request();
    // Table 0: 9 999 rows (1 MB with the 100 around them) and its last row; table 1: two blocks
    // of 19 998 rows, and the 19 994 that fill the request to 4 000 000.
    expect(blocks.map((b) => [b.table, b.rows])).toEqual([[0, 9_999], [0, 1], [1, 19_998], [1, 19_998], [1, 19_994]]);
    const used = blocks.reduce((n, b) => n + b.size, 0);
    expect(used).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(used).toBeGreaterThan(READ_BUDGET_BYTES - 50 - READ_RANGE_OVERHEAD_BYTES);
  });

  it('learns nothing from a few rows of a table, nor from part of a row', () => {
    const plan = new ReadPlan([{ body: { top: 2, left: 1, bottom: 100_001, right: 3 }, rowBytes: 300 }]);
    const few: Block = { table: 0, top: 2, rows: 10, left: 1, columns: 3, size: 3_100 };
    plan.learn([few], [{ values: Array(10).fill(['a', 'b', 'c']), valueTypes: Array(10).fill(['String', 'String', 'String']), numberFormat: Array(10).fill(['General', 'General', 'General']) }]);
    expect(plan.rowBytes(0)).toBe(300);
    const part: Block = { table: 0, top: 2, rows: 1_000, left: 1, columns: 2, size: 300_100 };
    plan.learn([part], [{ values: Array(1_000).fill(['a', 'b']), valueTypes: Array(1_000).fill(['String', 'String']), numberFormat: Array(1_000).fill(['General', 'General']) }]);
    expect(plan.rowBytes(0)).toBe(300);
  });
});
