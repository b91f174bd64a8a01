import { runModel } from '../../src/engine';
import { browserHost } from '../../src/taskpane/hosts/browserHost';
import { excelHost, type OfficePort } from '../../src/taskpane/hosts/excelHost';
import type { Progress } from '../../src/taskpane/hosts/host';
import { nextYearFileName } from '../../src/taskpane/hosts/nextYearFileName';
import { errorMessage } from '../../src/taskpane/hooks/errorMessage';
import { OfficeFiles } from '../../src/workbook/office';
import { openXlsx } from '../../src/workbook/xlsx';
import { brokenExample } from '../browser/workbooks';
import { FakeExcel } from '../workbook/office/fake-excel';
import { thisYearsWorkbook } from '../workbook/xlsx/rollover/rolled-example';
import { inProcessWorker } from './worker/inProcessWorker';

jest.mock('../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

/** Small slices, so that a file takes several. */
const SLICE = 64 * 1024;

/** The port's workbook side is not used here: only the files. */
function port(excel: FakeExcel): OfficePort {
  const unused = () => Promise.reject(new Error('not used by the roll'));
  return { recalculate: unused, writeOutputs: unused, writeInputTables: unused, selectCell: unused, writeStatements: unused, decide: unused, readTables: unused, writeImportedRows: unused, files: new OfficeFiles(excel.documents.host(), SLICE) };
}

async function settingsOf(bytes: Uint8Array) {
  const tables = await (await openXlsx(bytes)).readTables();
  return new Map(tables.find((t) => t.name === 'Inställningar')!.rows.map((r) => [r[0], r[1]]));
}

describe('Skapa nästa års arbetsbok', () => {
  let thisYear: Uint8Array;
  beforeAll(async () => {
    thisYear = await thisYearsWorkbook();
  }, 60_000);

  it('in Excel: reads the open file in slices, rolls it in the worker and opens the result as a new workbook', async () => {
    const excel = new FakeExcel();
    excel.documents.file = thisYear;
    const host = excelHost(port(excel), () => inProcessWorker());
    const progress: Progress[] = [];
    const outcome = await host.workbook.nextYear!((p) => progress.push(p));
    expect(outcome).toEqual({ kind: 'created', year: 2022, tables: 19, changed: 8, leftOut: 19, formulasToValues: 1, fileName: null });
    expect(excel.documents.created).toHaveLength(1);
    expect(excel.documents.open).toBe(0);
    expect(thisYear.length).toBeGreaterThan(2 * SLICE);
    expect(excel.documents.slicesRead).toBe(Math.ceil(thisYear.length / SLICE));
    const settings = await settingsOf(excel.documents.created[0]!);
    expect(settings.get('Budgetår')).toBe(2022);
    // The example's fund closes at its cap, 1 % of the year's forecast revenue (docs/arbetsbok.md).
    expect(settings.get('Resultatfond IB')).toBe(2_552_742);
    expect(progress[0]).toEqual({ phase: 'reading', fraction: 0 });
  }, 120_000);

  it('in an Excel without ExcelApi 1.8, or without the file APIs, says so and reads nothing', async () => {
    for (const setUp of [(e: FakeExcel) => (e.apiVersion = '1.7'), (e: FakeExcel) => (e.fileApis = false)]) {
      const excel = new FakeExcel();
      excel.documents.file = thisYear;
      setUp(excel);
      const outcome = await excelHost(port(excel), () => inProcessWorker()).workbook.nextYear!(() => {});
      expect(outcome).toEqual({ kind: 'unsupported' });
      expect(excel.documents.slicesRead).toBe(0);
      expect(excel.documents.created).toEqual([]);
    }
  });

  it('in Excel: a file Excel does not hand over is an error naming why, and the file is not left open', async () => {
    const excel = new FakeExcel();
    excel.documents.file = null;
    await expect(excelHost(port(excel), () => inProcessWorker()).workbook.nextYear!(() => {})).rejects.toThrow('Excel lämnade inte ut arbetsbokens fil: no file');
    expect(excel.documents.open).toBe(0);
  });

  it('in the browser: offers the opened file rolled as a download named for next year', async () => {
    const host = browserHost(() => inProcessWorker());
    const downloads: { file: Blob | Uint8Array; name: string }[] = [];
    host.download = (file, name) => downloads.push({ file, name });
    const opened = await host.open(new File([thisYear as BlobPart], 'Intäktsmodell 2021.xlsx'), () => {});
    const outcome = await opened.nextYear!(() => {});
    expect(outcome).toEqual({ kind: 'created', year: 2022, tables: 19, changed: 8, leftOut: 19, formulasToValues: 1, fileName: 'Intäktsmodell 2022.xlsx' });
    expect(downloads.map((d) => d.name)).toEqual(['Intäktsmodell 2022.xlsx']);
    const bytes = new Uint8Array(await (downloads[0]!.file as Blob).arrayBuffer());
    expect((await settingsOf(bytes)).get('Budgetår')).toBe(2022);
  }, 120_000);

  it('makes nothing from a workbook with errors', async () => {
    const { createXlsx } = await import('../../src/workbook/xlsx');
    const wb = createXlsx();
    await wb.writeInputTables(brokenExample(3));
    const broken = await wb.toBuffer();
    expect(runModel(brokenExample(3)).ok).toBe(false);
    const host = browserHost(() => inProcessWorker());
    host.download = () => {
      throw new Error('nothing to download');
    };
    const opened = await host.open(new File([broken as BlobPart], 'fel.xlsx'), () => {});
    expect(await opened.nextYear!(() => {})).toEqual({ kind: 'errors', errors: 1 });
  }, 60_000);

  it('shows a refusal of the copy in the pane’s language, naming the cell', async () => {
    const JSZip = (await import('jszip')).default;
    const { createXlsx } = await import('../../src/workbook/xlsx');
    const wb = createXlsx();
    const { exampleTables } = await import('../../src/example');
    await wb.writeInputTables(exampleTables());
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    // Prognosmetod (Inställningar!B13), below Uppföljning t.o.m., made a formula: it would have to move up.
    const part = 'xl/worksheets/sheet1.xml';
    zip.file(part, (await zip.file(part)!.async('string')).replace(/<c r="B13"([^>]*?)(?: t="[^"]*")?>[\s\S]*?<\/c>/, '<c r="B13"$1 t="str"><f>"Budget resten av året"</f><v>Budget resten av året</v></c>'));
    const host = browserHost(() => inProcessWorker());
    host.download = () => {
      throw new Error('nothing to download');
    };
    const opened = await host.open(new File([await zip.generateAsync({ type: 'uint8array' }) as BlobPart], 'ar.xlsx'), () => {});
    const error = await opened.nextYear!(() => {}).then(() => null, (e: unknown) => e);
    expect(errorMessage(error, 'en')).toBe(
      'The table Inställningar: the cell Inställningar!B13 holds a formula and would move up when a row above it is removed in next year\'s workbook; replace the formula by its value or move the row, and try again.',
    );
    expect(errorMessage(error, 'sv')).toContain('cellen Inställningar!B13 har en formel');
  }, 60_000);

  it('names next year’s file after this year’s', () => {
    expect(nextYearFileName('Intäktsmodell 2021.xlsx', 2022, false)).toBe('Intäktsmodell 2022.xlsx');
    expect(nextYearFileName('budget.xlsx', 2022, false)).toBe('budget 2022.xlsx');
    expect(nextYearFileName('2021 budget.xlsm', 2022, true)).toBe('2022 budget.xlsm');
    expect(nextYearFileName('lista 120215.xlsx', 2022, false)).toBe('lista 120215 2022.xlsx');
    expect(nextYearFileName('', null, false)).toBe('Intäktsmodell nästa år.xlsx');
  });
});

