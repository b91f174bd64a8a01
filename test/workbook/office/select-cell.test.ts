import { ExcelOperationError } from '../../../src/workbook/office';
import { syncCount } from './fake-excel';
import { example, excelWith } from './helpers';

describe('selectCell ("Gå till cellen")', () => {
  it('activates the sheet and selects the cell, in one sync', async () => {
    const { excel, workbook } = excelWith(example());
    await workbook.selectCell('Volymer!C17');
    expect(excel.selection()).toBe('Volymer!C17');
    expect(excel.model.active?.name).toBe('Volymer');
    expect(syncCount(excel)).toBe(1);
  });

  it('understands quoted sheet names, as the engine writes them', async () => {
    const { excel, workbook } = excelWith(example());
    await workbook.selectCell("'Sammansatta nycklar'!B3");
    expect(excel.selection()).toBe("'Sammansatta nycklar'!B3");
  });

  it('says in Swedish when the sheet is gone', async () => {
    const { workbook } = excelWith(example());
    const error = await workbook.selectCell('Borttagen!A1').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: 'ItemNotFound', message: expect.stringMatching(/^Excel hittade inte/) as string });
  });
});
