import type { OutputTable } from '../../../src/engine/output';
import { BLOCK_BUDGET_BYTES, REQUEST_BUDGET_BYTES } from '../../../src/workbook/office/payload';
import { PAYLOAD_LIMIT_BYTES } from './fake-excel';
import { example, excelWith } from './helpers';

// Writes budgeted by bytes (issue 14): a text-heavy output passes 5 MB long before it has many
// cells; every request stays within the 4 MB budget and the table reads back as written.

/** Text of `chars` characters, Swedish letters included, distinct per i. */
const longText = (i: number, chars: number) => `${i}: ${'Lönehantering för förvaltningen, åtgärd enligt avtal. '.repeat(Math.ceil(chars / 50))}`.slice(0, chars);

const textTable = (name: string, rows: number, columns: number, chars: (i: number) => number): OutputTable => ({
  name,
  columns: [...Array.from({ length: columns }, (_, j) => ({ header: `Text ${j + 1}`, format: 'text' as const })), { header: 'Belopp', format: 'kr' as const }],
  rows: Array.from({ length: rows }, (_, i) => [...Array.from({ length: columns }, (_, j) => longText(i + j, chars(i))), 1000 + i]),
});

async function written(table: OutputTable) {
  const { excel, workbook } = excelWith(example());
  const report = await workbook.writeOutputsWithReport([table]);
  const requests = [...excel.stats.requests];
  const back = (await workbook.readTables()).find((t) => t.name === table.name)!;
  return { report, requests, back };
}

describe('writeOutputs budgeted by bytes', () => {
  it('writes 20 000 rows of long texts (60 000 text cells, some 13 MB) in requests of at most 4 MB each', async () => {
    const table = textTable('Tjänstekatalog', 20_000, 3, () => 200);
    const { report, requests, back } = await written(table);
    const staging = requests.slice(1, -1); // inspect … swap
    const sent = staging.reduce((n, r) => n + r.bytes, 0);
    expect(sent).toBeGreaterThan(2 * PAYLOAD_LIMIT_BYTES);
    expect(requests.every((r) => r.failed === undefined)).toBe(true);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    // Full requests but for the last: one more sync per 4 MB, as for numbers.
    expect(staging.length).toBeLessThanOrEqual(Math.ceil(sent / (REQUEST_BUDGET_BYTES - BLOCK_BUDGET_BYTES)));
    expect(report.syncs).toBe(requests.length);
    expect(Math.max(...requests.map((r) => r.largestRangeCells))).toBeLessThan(20_000 * 4);
    expect(back.rows).toEqual(table.rows);
  });

  it('writes a single row too large for one request (60 cells of 32 767 characters, 3 bytes each) a few cells at a time', async () => {
    const cell = (j: number) => `${j % 10}${'€'.repeat(32_766)}`;
    const table: OutputTable = {
      name: 'Tjänstekatalog',
      columns: Array.from({ length: 60 }, (_, j) => ({ header: `Text ${j + 1}`, format: 'text' as const })),
      rows: [Array.from({ length: 60 }, (_, j) => cell(j))],
    };
    const { requests, back } = await written(table);
    expect(requests.reduce((n, r) => n + r.bytes, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(requests.every((r) => r.failed === undefined)).toBe(true);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(back.rows).toEqual(table.rows);
  });
});
