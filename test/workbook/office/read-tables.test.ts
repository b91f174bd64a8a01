import type { RawTable } from '../../../src/engine/cells';
import { miniWorkbook } from '../../engine/helpers';
import { FakeExcel, largestResponseBytes, PAYLOAD_LIMIT_BYTES, seedTables, syncCount } from './fake-excel';
import { example, excelWith, scaledWorkbook } from './helpers';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { READ_BLOCK_CELLS, READ_BUDGET_BYTES, READ_SAMPLE_MARGIN } from '../../../src/workbook/office/payload';

describe('readTables', () => {
  it.each([
    ['the example workbook', example],
    ['the mini workbook', miniWorkbook],
  ])('returns every table of %s exactly as seeded, with its origin', async (_, tables) => {
    const seeded = tables();
    const { workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
  });

  it('finds tables anywhere, names quoted sheets, reads errors, booleans and blanks as the engine expects', async () => {
    const seeded: RawTable[] = [
      { name: 'Volymer', sheet: 'Mina data', headers: ['Kund', 'Tjänst', 'Volym'], rows: [['A', 'Lev', 10], ['B', 'Lev', { error: '#N/A' }], ['C', null, true]], origin: { row: 5, column: 3 } },
      { name: 'Sammansatta_nycklar', sheet: "Kund's", headers: ['Nyckel', 'Delnyckel', 'Vikt'], rows: [['X', 'Omsättning', 0.5]], origin: { row: 2, column: 2 } },
      { name: 'Nycklar', sheet: 'Mina data', headers: ['Kund'], rows: [['A'], [' '], ['=inte en formel']], origin: { row: 1, column: 10 } },
    ];
    const { workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
  });

  it('reads a number with a date format as a date, in the same syncs (office-js values give 44317)', async () => {
    const seeded: RawTable[] = [
      { name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Tjänst', 'Volym'], rows: [['A', 'Lev', { date: '2021-05-01' }], ['B', 'Lev', 44317]], origin: { row: 1, column: 1 } },
    ];
    const { excel, workbook } = excelWith(seeded);
    // The same serial, once with the date format the seed gives a date and once in General.
    expect(excel.model.sheet('Volymer').cell(2, 3)).toEqual({ content: { kind: 'number', number: 44317 }, numberFormat: 'yyyy-mm-dd' });
    expect(await workbook.readTables()).toEqual(seeded);
    expect(syncCount(excel)).toBe(3);
  });

  it('recognises date formats as Excel reports them, and leaves number formats alone', async () => {
    const excel = new FakeExcel();
    seedTables(excel, [{ name: 'Volymer', sheet: 'V', headers: ['Volym'], rows: [[44317], [44317], [44317], [44317], [44317.25]] }]);
    const formats = ['m/d/yyyy', '#,##0\\ "kr"', 'General', '[$-41D]d mmmm yyyy', 'yyyy-mm-dd hh:mm'];
    formats.forEach((format, i) => (excel.model.sheet('V').ensure(2 + i, 1).numberFormat = format));
    const [volumes] = await new OfficeWorkbook(excel.host()).readTables();
    expect(volumes!.rows).toEqual([[{ date: '2021-05-01' }], [44317], [44317], [{ date: '2021-05-01' }], [{ date: '2021-05-01T06:00:00' }]]);
  });

  it('leaves out the totals row and empty rows at the end of a body; an empty table has no rows', async () => {
    const excel = new FakeExcel();
    seedTables(excel, [
      { name: 'Volymer', sheet: 'V', headers: ['Kund', 'Volym'], rows: [['A', 1], [null, null], ['B', 2], [null, null], [null, null]] },
      { name: 'Paket', sheet: 'P', headers: ['Tjänst'], rows: [] },
    ]);
    const volumes = excel.model.findTable('Volymer')!;
    excel.model.sheet('V').ensure(7, 1).content = { kind: 'text', text: 'Summa' };
    volumes.rect = { ...volumes.rect, bottom: 7 };
    volumes.showTotals = true;
    const tables = await new OfficeWorkbook(excel.host()).readTables();
    expect(tables.map((t) => [t.name, t.rows])).toEqual([
      ['Volymer', [['A', 1], [null, null], ['B', 2]]],
      ['Paket', []],
    ]);
  });

  it('changes nothing', async () => {
    const { excel, workbook } = excelWith(example());
    const before = excel.snapshot();
    await workbook.readTables();
    expect(excel.snapshot()).toBe(before);
  });

  it('makes 3 syncs for 10 and for 20 000 volume rows, each answer within the budget', async () => {
    for (const rows of [10, 20_000]) {
      const { excel, workbook } = excelWith(scaledWorkbook(rows));
      const tables = await workbook.readTables();
      expect(tables.find((t) => t.name === 'Volymer')!.rows).toHaveLength(rows);
      expect(excel.stats.syncCalls).toBe(3);
      expect(syncCount(excel)).toBe(3);
      expect(largestResponseBytes(excel)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    }
  });

  it('reads a big table in one more sync per 4 MB of answer, never an answer over the budget', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Kund ${i} med ett ganska långt namn för att fylla ut`, 'Tjänst', i, i / 7]);
    const { excel, workbook } = excelWith([{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'], rows, origin: { row: 1, column: 1 } }]);
    const [volumes] = await workbook.readTables();
    expect(volumes!.rows).toEqual(rows);
    const reads = excel.stats.requests.slice(2);
    const answered = reads.reduce((n, r) => n + r.responseBytes, 0);
    expect(answered).toBeGreaterThan(2 * READ_BUDGET_BYTES);
    expect(reads).toHaveLength(Math.ceil(answered / READ_BUDGET_BYTES));
    expect(largestResponseBytes(excel)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  it('fills each request to the budget across blocks and tables, cutting a block where the request is full', async () => {
    // Two tables whose blocks (20 000 cells) are some 0,7 MB: packed whole, five to a request,
    // each request would answer some 3,2 MB.
    const wide = (n: number, width: number) => Array.from({ length: n }, (_, i) => Array.from({ length: width }, (_, j) => (j % 2 ? i * 1.5 + j : `Rad ${i} kolumn ${j} med text`)));
    const seeded: RawTable[] = [
      { name: 'Volymer', sheet: 'Volymer', headers: ['A', 'B', 'C', 'D'], rows: wide(40_000, 4), origin: { row: 1, column: 1 } },
      { name: 'Avvikelser', sheet: 'Avvikelser', headers: ['A', 'B', 'C', 'D', 'E'], rows: wide(30_000, 5), origin: { row: 1, column: 1 } },
    ];
    const { excel, workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
    const reads = excel.stats.requests.slice(2);
    expect(reads.length).toBeGreaterThan(2);
    // Every answer but the last is within the budget and fills it, but for the estimate's tenth.
    const full = READ_BUDGET_BYTES / READ_SAMPLE_MARGIN;
    for (const read of reads.slice(0, -1)) {
      expect(read.responseBytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);
      expect(read.responseBytes).toBeGreaterThan(0.97 * full);
    }
  });

  /** Text of `chars` characters, Swedish letters included (two bytes each in UTF-8), distinct per i. */
  const longText = (i: number, chars: number) => `${i}: ${'Lönehantering för förvaltningen, åtgärd enligt avtal. '.repeat(Math.ceil(chars / 50))}`.slice(0, chars);

  it('budgets a text-heavy table by bytes: 40 000 cells of 130-character texts in two answers of at most 4 MB, read as seeded', async () => {
    // 40 000 cells: half the cells the reader used to take in one request, and 5 MB of answer.
    const rows = Array.from({ length: 10_000 }, (_, i) => [longText(i, 130), longText(i + 1, 130), i, longText(i + 2, 130)]);
    const seeded: RawTable[] = [
      { name: 'Tjänster', sheet: 'Tjänster', headers: ['Tjänst', 'Beskrivning', 'Nummer', 'SLA'], rows, origin: { row: 1, column: 1 } },
      ...example().filter((t) => t.name !== 'Tjänster'),
    ];
    const { excel, workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
    const reads = excel.stats.requests.slice(2);
    const answered = reads.reduce((n, r) => n + r.responseBytes, 0);
    expect(answered).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.requests.every((r) => r.failed === undefined)).toBe(true);
    expect(reads.every((r) => r.responseBytes <= READ_BUDGET_BYTES)).toBe(true);
    expect(reads).toHaveLength(Math.ceil(answered / READ_BUDGET_BYTES));
    expect(Math.max(...reads.map((r) => r.largestRangeCells))).toBeLessThanOrEqual(READ_BLOCK_CELLS);
  });

  it('reads again in halves where later rows are longer than the first ones said, and gets the same table', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => [`Kund ${i}`, i < 100 ? 'kort' : longText(i, 1000)]);
    const seeded: RawTable[] = [{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Text'], rows, origin: { row: 1, column: 1 } }];
    const { excel, workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
    const failed = excel.stats.requests.filter((r) => r.failed !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(excel.stats.requests.filter((r) => r.failed === undefined).every((r) => r.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it('leaves the samples out when they alone would answer with more than Excel takes', async () => {
    const tables: RawTable[] = ['Ett', 'Två', 'Tre', 'Fyra'].map((name) => ({
      name,
      sheet: name,
      headers: ['Text', 'Mer'],
      rows: Array.from({ length: 25 }, (_, i) => [longText(i, 32_000), longText(i + 1, 32_000)]),
      origin: { row: 1, column: 1 },
    }));
    const { excel, workbook } = excelWith(tables);
    expect(await workbook.readTables()).toEqual(tables);
    expect(excel.stats.requests[1]!.failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(excel.stats.requests.every((r) => r.failed === undefined || r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });
});

describe('readTables at the sheet\'s last rows', () => {
  it('reads a table ending at row 1 048 576, whose sample would reach past the sheet, without it', async () => {
    const seeded: RawTable[] = [{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Volym'], rows: [['A', 1], ['B', 2]], origin: { row: 1_048_573, column: 2 } }];
    const { excel, workbook } = excelWith(seeded);
    expect(await workbook.readTables()).toEqual(seeded);
    expect(excel.stats.requests.map((r) => r.failed ?? 'ok')).toEqual(['ok', 'InvalidArgument', 'ok', 'ok']);
  });
});

describe('readTables with the tables it expects', () => {
  it('describes the named tables in the first request, beside the list: two syncs, a missing one costing nothing', async () => {
    const { excel, workbook } = excelWith(example());
    const tables = await workbook.readNamedTables(['Tjänster', 'Sammansatta nycklar', 'Kontering']);
    const seeded = example();
    expect(tables).toEqual(['Tjänster', 'Sammansatta_nycklar'].map((name) => seeded.find((t) => t.name === name)));
    // The list with the descriptions (Kontering, not in the example, a null object), then the cells.
    expect(excel.stats.requests.map((r) => r.failed ?? 'ok')).toEqual(['ok', 'ok']);
  });

  it('describes a named table under another spelling in one request more', async () => {
    const { excel, workbook } = excelWith(example());
    excel.model.renameTable(excel.model.findTable('Sammansatta_nycklar')!, 'SammansattaNycklar');
    const [table] = await workbook.readNamedTables(['Sammansatta nycklar']);
    expect(table!.rows).toEqual(example().find((t) => t.name === 'Sammansatta_nycklar')!.rows);
    expect(syncCount(excel)).toBe(3);
  });

  it('asks again without the descriptions when they make the first request fail, and reads the same', async () => {
    const seeded: RawTable[] = [{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Volym'], rows: [['A', 1], ['B', 2]], origin: { row: 1_048_573, column: 2 } }];
    const { excel, workbook } = excelWith(seeded);
    expect(await workbook.readNamedTables(['Volymer'])).toEqual(seeded);
    // The sample past the sheet's last row: the first request without it, then the description
    // with the sample and without it (as readTables), then the cells.
    expect(excel.stats.requests.map((r) => r.failed ?? 'ok')).toEqual(['InvalidArgument', 'ok', 'InvalidArgument', 'ok', 'ok']);
  });
});
