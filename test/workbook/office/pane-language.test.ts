import { errorMessage } from '../../../src/taskpane/hooks/errorMessage';
import { excelHost } from '../../../src/taskpane/hosts/excelHost';
import { officePort } from '../../../src/taskpane/hosts/officePort';
import { shownError } from '../../../src/taskpane/i18n/shown';
import { stringsOf } from '../../../src/taskpane/i18n/language';
import { ExcelOperationError, OfficeWorkbook, ReadOnlyWorkbookError } from '../../../src/workbook/office';
import { renderWorkbookMessage } from '../../../src/workbook/messages/catalog';
import { inProcessWorker } from '../../taskpane/worker/inProcessWorker';
import { sampleOutputs } from '../xlsx/sample-outputs';
import { FakeExcel } from './fake-excel';
import { example, excelWith } from './helpers';

// No browser frames to wait for.
jest.mock('../../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

/** A fake Excel with one empty sheet, as a new workbook has, at this ExcelApi version. */
function emptyExcel(apiVersion = '1.17'): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  excel.model.addSheet('Blad1');
  return { excel, workbook: new OfficeWorkbook(excel.host()) };
}

/** The pane's Excel host over the adapter, wired as the pane wires it (src/taskpane/index.tsx). */
function paneOver(workbook: OfficeWorkbook) {
  return excelHost(officePort(workbook), () => inProcessWorker());
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('Excel’s errors reach the pane in its language (fake Excel)', () => {
  it('cell-edit mode: Beräkna fails with Excel’s advice in English when the pane is in English, in Swedish else', async () => {
    const { excel, workbook } = excelWith(example());
    const host = paneOver(workbook);
    excel.cellEditMode = true;
    const error = await failure(host.workbook.run(() => {}));
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(errorMessage(error, 'en')).toBe(
      'Excel is editing a cell. Finish editing the cell (press Enter or Esc) and try again. (Excel error code: InvalidOperationInCellEditMode)',
    );
    expect(errorMessage(error, 'sv')).toBe(
      'Excel håller på att redigera en cell. Avsluta redigeringen av cellen (tryck Enter eller Esc) och försök igen. (Excel-felkod: InvalidOperationInCellEditMode)',
    );
    // What the run status keeps follows a switch of language.
    const kept = shownError(error);
    expect(kept(stringsOf('en'))).toContain('Finish editing the cell');
    expect(kept(stringsOf('sv'))).toContain('Avsluta redigeringen av cellen');
    // "Gå till cellen" fails the same way.
    expect(errorMessage(await failure(host.workbook.selectCell!('Volymer!C5')), 'en')).toContain('(Excel error code: InvalidOperationInCellEditMode)');
  });

  it('a workbook open for viewing: "Infoga exempel" is refused in English', async () => {
    const { excel, workbook } = emptyExcel();
    excel.viewOnly();
    const error = await failure(paneOver(workbook).writeInputTables(example()));
    expect(error).toBeInstanceOf(ReadOnlyWorkbookError);
    expect(errorMessage(error, 'en')).toBe(
      'The workbook is open for viewing (read-only), so Intäktsmodell cannot write to it. ' +
        'Choose Editing (Edit Workbook) in Excel, or save a copy of your own, and run again; nothing has been written.',
    );
    expect(errorMessage(error, 'sv')).toBe((error as Error).message);
  });

  it('Excel refusing a change it was not asked about first (AccessDenied, no ExcelApi 1.8)', async () => {
    const { excel, workbook } = emptyExcel('1.7');
    excel.viewOnly();
    const error = await failure(paneOver(workbook).writeInputTables(example()));
    expect(error).toMatchObject({ code: 'AccessDenied' });
    expect(errorMessage(error, 'en')).toBe(
      'Excel refused the change: the sheet or the workbook is protected, or the workbook is open read-only. ' +
        'Remove the protection (Review > Unprotect Sheet / Protect Workbook) and try again. (Excel error code: AccessDenied)',
    );
  });

  it('what an older Excel left out is told in the pane’s language, the report keeping the Swedish', async () => {
    const { workbook } = excelWith(example(), '1.6');
    const report = await workbook.writeOutputsWithReport(sampleOutputs());
    expect(report.notes).toContain('Rubrikraderna låstes inte: Excel-versionen saknar stöd för det (ExcelApi 1.7).');
    const { notes } = await officePort(workbook).writeOutputs(sampleOutputs(), '');
    expect(notes.map((note) => renderWorkbookMessage(note, 'en'))).toEqual(
      expect.arrayContaining([
        'The header rows were not frozen: this version of Excel does not support it (ExcelApi 1.7).',
        'The PivotTable of the deviations was not created: this version of Excel does not support PivotTables (ExcelApi 1.8). The table Avvikelsepivot is written.',
      ]),
    );
    expect(notes.map((note) => renderWorkbookMessage(note, 'sv'))).toEqual(report.notes);
  });
});
