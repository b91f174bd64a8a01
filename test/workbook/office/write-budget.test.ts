import type { OutputTable } from '../../../src/engine/output';
import { REQUEST_BUDGET_BYTES } from '../../../src/workbook/office/payload';
import { MIN_SPLIT_BYTES } from '../../../src/workbook/office/steps';
import { NUMBER_FORMATS } from '../../../src/workbook/xlsx/number-formats';
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
    // Full requests but for the last: a block of rows is cut at the row that fills its request,
    // so each is within MIN_SPLIT_BYTES of 4 MB (it used to be up to a block, 1 MB, short; the
    // formats here are one per column, too small to leave more): one more sync per 4 MB.
    for (const request of staging.slice(0, -1)) expect(request.bytes).toBeGreaterThan(REQUEST_BUDGET_BYTES - MIN_SPLIT_BYTES);
    expect(staging).toHaveLength(Math.ceil(sent / (REQUEST_BUDGET_BYTES - MIN_SPLIT_BYTES)));
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

  it('cuts per-cell formats at a row as it cuts values: every cell keeps its format, requests filled to 4 MB', async () => {
    // A number column of integers, decimals and a text now and then: its text formats and
    // display formats go cell by cell, in arrays a full request cuts like the values.
    const value = (i: number) => (i % 7 === 0 ? `saknas ${i}` : i % 2 ? i + 0.25 : i);
    const table: OutputTable = {
      name: 'Tjänstekatalog',
      columns: [
        { header: 'Tjänst', format: 'text' },
        { header: 'Tal', format: 'number' },
      ],
      rows: Array.from({ length: 60_000 }, (_, i) => [longText(i, 40), value(i)]),
    };
    const { excel, workbook } = excelWith(example());
    await workbook.writeOutputsWithReport([table]);
    const staging = excel.stats.requests.slice(1, -1);
    expect(staging.length).toBeGreaterThan(1);
    // Within MIN_SPLIT_BYTES by the estimate; the estimate's 200 bytes an operation are a little
    // more than office-js sends, so what is sent may be short by a few kB more.
    for (const request of staging.slice(0, -1)) expect(request.bytes).toBeGreaterThan(REQUEST_BUDGET_BYTES - 2 * MIN_SPLIT_BYTES);
    expect(Math.max(...excel.stats.requests.map((r) => r.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    const sheet = excel.model.sheet('Tjänstekatalog');
    for (const i of [0, 1, 2, 7, 29_999, 30_001, 59_997, 59_999]) {
      const expected = i % 7 === 0 ? '@' : i % 2 ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.integer;
      expect([i, sheet.cell(i + 2, 2)?.numberFormat]).toEqual([i, expected]);
    }
    const back = (await workbook.readTables()).find((t) => t.name === 'Tjänstekatalog')!;
    expect(back.rows).toEqual(table.rows);
  });

  it('formats neighbouring columns of one format in one step: a table 300 columns wide takes a few operations, not 600', async () => {
    const table: OutputTable = {
      name: 'Avvikelsepivot',
      columns: [
        { header: 'Kund', format: 'text' },
        { header: 'Avdelning', format: 'text' },
        ...Array.from({ length: 150 }, (_, j) => ({ header: `Antal ${j + 1}`, format: 'number' as const })),
        ...Array.from({ length: 150 }, (_, j) => ({ header: `Belopp ${j + 1}`, format: 'kr' as const })),
      ],
      rows: Array.from({ length: 100 }, (_, i) => [`Kund ${i}`, `Avdelning ${i % 7}`, ...Array.from({ length: 300 }, (_, j) => i * 300 + j)]),
    };
    const { excel, workbook } = excelWith(example());
    await workbook.writeOutputsWithReport([table]);
    // Inspect; one staging request (sheet, header, text formats of A:B, values, one display
    // format over the 300 number columns, table, widths); swap.
    const staging = excel.stats.requests.slice(1, -1);
    expect(staging).toHaveLength(1);
    expect(staging[0]!.operations).toBeLessThan(40);
    const sheet = excel.model.sheet('Avvikelsepivot');
    expect([sheet.cell(2, 1)?.numberFormat, sheet.cell(101, 2)?.numberFormat]).toEqual(['@', '@']);
    // Integers in a number column and amounts both show as #,##0, so all 300 share one run.
    for (const column of [3, 152, 153, 302]) expect([column, sheet.cell(50, column)?.numberFormat]).toEqual([column, NUMBER_FORMATS.integer]);
    const back = (await workbook.readTables()).find((t) => t.name === 'Avvikelsepivot')!;
    expect(back.rows).toEqual(table.rows);
  });
});
