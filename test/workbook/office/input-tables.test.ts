import { excelTableName } from '../../../src/engine/schema';
import { templateTables } from '../../../src/engine/template';
import { OfficeWorkbook, SheetExistsError } from '../../../src/workbook/office';
import { TableNameTakenError } from '../../../src/workbook/xlsx/errors';
import { FakeExcel, seedTables, syncCount } from './fake-excel';
import { example } from './helpers';

function emptyWorkbook(): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.model.addSheet('Blad1');
  return { excel, workbook: new OfficeWorkbook(excel.host()) };
}

describe('writeInputTables ("Infoga exempel", "Skapa mall")', () => {
  it('inserts the example tables, which read back exactly, in 2 syncs', async () => {
    const { excel, workbook } = emptyWorkbook();
    const tables = example();
    await workbook.writeInputTables(tables);
    expect(syncCount(excel)).toBe(2);
    expect(excel.sheetNames()).toEqual(['Blad1', ...tables.map((t) => t.sheet)]);
    const read = await workbook.readTables();
    expect(read).toEqual(tables.map((t) => ({ ...t, name: excelTableName(t.name) })));
    expect(excel.sheet('Volymer').frozenRows).toBe(1);
    expect(excel.cell('Volymer', 'A2').numberFormat).toBe('@');
    expect(excel.cell('Volymer', 'C2').numberFormat).toBe('#,##0');
  });

  it('creates the empty template, text columns ready for text', async () => {
    const { excel, workbook } = emptyWorkbook();
    const template = templateTables();
    await workbook.writeInputTables(template);
    const read = await workbook.readTables();
    expect(read.map((t) => [t.name, t.headers, t.rows])).toEqual(template.map((t) => [excelTableName(t.name), t.headers, []]));
    expect(excel.table('Sammansatta_nycklar').sheet).toBe(template.find((t) => t.name.startsWith('Sammansatta'))!.sheet);
  });

  it('keeps text that looks like a formula or a number as text', async () => {
    const { excel, workbook } = emptyWorkbook();
    const tables = [{ name: 'Nycklar', sheet: 'Nycklar', headers: ['Kund', 'Omsättning'], rows: [['=2+2', 5], ['00123', 1234.5], ['+46', null]] }];
    await workbook.writeInputTables(tables);
    expect(excel.table('Nycklar').rows).toEqual([['=2+2', 5], ['00123', 1234.5], ['+46', null]]);
    expect(excel.cell('Nycklar', 'B3').numberFormat).toBe('General');
  });

  it('refuses, writing nothing, when a sheet or a table name is taken', async () => {
    const { excel, workbook } = emptyWorkbook();
    seedTables(excel, [{ name: 'Gamla', sheet: 'volymer', headers: ['a'], rows: [[1]] }]);
    let before = excel.snapshot();
    await expect(workbook.writeInputTables(example())).rejects.toThrow(SheetExistsError);
    await expect(workbook.writeInputTables(example())).rejects.toThrow(/redan bladet "volymer"/);
    expect(excel.snapshot()).toBe(before);

    const other = emptyWorkbook();
    seedTables(other.excel, [{ name: 'Paket', sheet: 'Mitt blad', headers: ['a'], rows: [[1]] }]);
    before = other.excel.snapshot();
    await expect(other.workbook.writeInputTables(example())).rejects.toThrow(TableNameTakenError);
    expect(other.excel.snapshot()).toBe(before);
  });

  it('removes what it added when Excel fails part-way', async () => {
    const { excel, workbook } = emptyWorkbook();
    const before = excel.snapshot();
    excel.failRequest(2, 'GeneralException', 30);
    await expect(workbook.writeInputTables(example())).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.snapshot()).toBe(before);
  });
});
