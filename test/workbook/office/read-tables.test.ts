import type { RawTable } from '../../../src/engine/cells';
import { miniWorkbook } from '../../engine/helpers';
import { FakeExcel, largestResponseBytes, PAYLOAD_LIMIT_BYTES, seedTables, syncCount } from './fake-excel';
import { example, excelWith, scaledWorkbook } from './helpers';
import { OfficeWorkbook } from '../../../src/workbook/office';

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

  it('makes 3 syncs for 10 and for 20 000 volume rows, each response under 5 MB', async () => {
    for (const rows of [10, 20_000]) {
      const { excel, workbook } = excelWith(scaledWorkbook(rows));
      const tables = await workbook.readTables();
      expect(tables.find((t) => t.name === 'Volymer')!.rows).toHaveLength(rows);
      expect(excel.stats.syncCalls).toBe(3);
      expect(syncCount(excel)).toBe(3);
      expect(largestResponseBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  });

  it('reads beyond 80 000 cells with one more sync per 80 000, never a response over 5 MB', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Kund ${i} med ett ganska långt namn för att fylla ut`, 'Tjänst', i, i / 7]);
    const { excel, workbook } = excelWith([{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'], rows, origin: { row: 1, column: 1 } }]);
    const [volumes] = await workbook.readTables();
    expect(volumes!.rows).toEqual(rows);
    expect(syncCount(excel)).toBe(2 + Math.ceil((60_000 * 4) / 80_000));
    expect(largestResponseBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
