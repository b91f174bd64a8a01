import { describeExcelError, ExcelOperationError, swedishMessage } from '../../../src/workbook/office';
import { FakeExcelError } from './fake-excel';
import { example, excelWith, outputsOf } from './helpers';

describe('errors from Excel in Swedish', () => {
  it('tells the user to finish editing the cell (cell-edit mode), for reads and writes, changing nothing', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.cellEditMode = true;
    const before = excel.snapshot();
    for (const attempt of [workbook.readTables(), workbook.writeOutputs(outputs), workbook.selectCell('Volymer!C17')]) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelOperationError);
      expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
      expect((error as Error).message).toContain('Avsluta redigeringen av cellen (tryck Enter eller Esc) och försök igen');
      expect((error as Error).cause).toBeInstanceOf(FakeExcelError);
    }
    expect(excel.snapshot()).toBe(before);
  });

  it('says a protected workbook is protected when Excel refuses (no ExcelApi 1.7 to check it first)', async () => {
    const { excel, workbook } = excelWith(example(), '1.6');
    const outputs = outputsOf(await workbook.readTables());
    excel.protectWorkbook();
    const before = excel.snapshot();
    await expect(workbook.writeOutputs(outputs)).rejects.toMatchObject({
      code: 'AccessDenied',
      message: expect.stringMatching(/skyddad.*Ta bort skyddet/) as string,
    });
    expect(excel.snapshot()).toBe(before);
  });

  it('names the temporary sheets when they cannot be removed after a failure, never hiding it', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.failRequest(2, 'GeneralException', 60); // staging
    excel.failRequest(3, 'ConnectionFailure'); // the cleanup
    const error = await workbook.writeOutputs(outputs).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect((error as Error).message).toMatch(/kunde inte heller ta bort sina tillfälliga blad \(_ikm_ny_1, /);
    expect(((error as Error).cause as { cleanupError?: unknown }).cleanupError).toMatchObject({ code: 'ConnectionFailure' });
  });

  it.each([
    ['InvalidOperationInCellEditMode', /Avsluta redigeringen av cellen \(tryck Enter eller Esc\) och försök igen/],
    ['AccessDenied', /skyddad/],
    ['ItemAlreadyExists', /Namnet används redan/],
    ['RequestPayloadSizeLimitExceeded', /högst 5 MB/],
    ['ResponsePayloadSizeLimitExceeded', /högst 5 MB/],
    ['ItemNotFound', /hittade inte/],
    ['ApiNotFound', /saknar en funktion/],
    ['Conflict', /ändrades samtidigt/],
    ['SomethingNew', /Excel rapporterade ett fel/],
  ])('maps %s', (code, message) => {
    const original = new FakeExcelError(code, 'english text', 'Range.values');
    const error = describeExcelError(original) as ExcelOperationError;
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`(Excel-felkod: ${code})`);
    expect(error).toMatchObject({ code, detail: 'english text (Range.values)', cause: original });
    expect(swedishMessage(code)).not.toMatch(/[A-Z][a-z]+Exception/);
  });

  it('passes other errors through unchanged', () => {
    const own = new TypeError('a bug');
    expect(describeExcelError(own)).toBe(own);
    expect(describeExcelError('text')).toBe('text');
    const mapped = describeExcelError(new FakeExcelError('AccessDenied', 'x'));
    expect(describeExcelError(mapped)).toBe(mapped);
  });
});
