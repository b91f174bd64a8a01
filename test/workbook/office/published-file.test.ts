import ExcelJS from 'exceljs';
import { EXIT_OK, runCli } from '../../../src/cli/cli';
import { createXlsx } from '../../../src/workbook/xlsx';
import { MemoryIO } from '../../cli/memoryIO';
import { exampleTables } from '../../../src/example';
import { excelHost } from '../../../src/taskpane/hosts/excelHost';
import { excelSavePublished } from '../../../src/taskpane/hosts/excelSavePublished';
import { officePort } from '../../../src/taskpane/hosts/officePort';
import type { PublishedFile } from '../../../src/taskpane/hosts/published';
import { errorMessage } from '../../../src/taskpane/hooks/errorMessage';
import { saveInvoiceCsv, savePriceList, saveStatementsPdf } from '../../../src/taskpane/hooks/usePublished';
import { OfficeFiles } from '../../../src/workbook/office';
import { base64 } from '../../../src/workbook/office/document-file';
import { pdfText } from '../../publish/pdfText';
import { inProcessWorker } from '../../taskpane/worker/inProcessWorker';
import { FakeExcel } from './fake-excel';
import { example, excelWith } from './helpers';

// No browser frames to wait for.
jest.mock('../../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

/** A fake Excel on this platform and ExcelApi version, and the files' way out of its pane with the downloads it was asked for. */
function excelOn(platform: string | null, apiVersion = '1.17') {
  const excel = new FakeExcel();
  excel.platform = platform;
  excel.apiVersion = apiVersion;
  const downloads: { name: string; bytes: Blob }[] = [];
  const save = excelSavePublished(new OfficeFiles(excel.fileHost()), (bytes, name) => downloads.push({ name, bytes }));
  return { excel, save, downloads };
}

/** The first bytes of a zip package, as an .xlsx has them, and a few more. */
const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xc3, 0xa5]);
const file = (format: 'pdf' | 'xlsx', statements = false): PublishedFile => ({
  bytes: new Blob([format === 'xlsx' ? XLSX : new TextEncoder().encode('%PDF-1.3')]),
  name: `Prislista 2021.${format}`,
  format,
  statements,
});
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('published files out of Excel’s pane (fake Excel)', () => {
  it('encodes Base64 as Node does, across its blocks', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64(new Uint8Array())).toBe('');
  });

  it.each([['PC'], ['Mac'], ['OfficeOnline']])('opens the .xlsx as a new workbook in Excel on %s (ExcelApi 1.8), leaving the open workbook alone', async (platform) => {
    const { excel, save, downloads } = excelOn(platform);
    const before = excel.snapshot();
    expect(await save(file('xlsx'))).toBe('opened');
    expect(excel.newWorkbooks).toEqual([XLSX]);
    expect(downloads).toEqual([]);
    expect(excel.snapshot()).toBe(before);
    expect(excel.stats.runs).toBe(0);
  });

  it.each([['PC'], ['OfficeOnline'], [null]])('downloads the PDF on %s (WebView2, the browser; a platform Office does not name)', async (platform) => {
    const { excel, save, downloads } = excelOn(platform);
    expect(await save(file('pdf'))).toBe('downloaded');
    expect(downloads.map((d) => d.name)).toEqual(['Prislista 2021.pdf']);
    expect(excel.newWorkbooks).toEqual([]);
  });

  it.each([['PC'], ['OfficeOnline']])('downloads the invoice CSV on %s, never opening it as a workbook (the ERP wants the file’s own bytes)', async (platform) => {
    const { excel, save, downloads } = excelOn(platform);
    const csv: PublishedFile = { bytes: new Blob(['\ufeffKund;Tjänst;Period;Belopp;Text\r\n']), name: 'Fakturaunderlag 2021.csv', format: 'csv' };
    expect(await save(csv)).toBe('downloaded');
    expect(downloads.map((d) => d.name)).toEqual(['Fakturaunderlag 2021.csv']);
    expect(excel.newWorkbooks).toEqual([]);
  });

  it('on Mac, says why the invoice CSV cannot be saved and what to do instead, in both languages', async () => {
    const { excel, save, downloads } = excelOn('Mac');
    const error = await failure(save({ bytes: new Blob(['x']), name: 'Slutavräkning 2021.csv', format: 'csv' }));
    expect(errorMessage(error, 'sv')).toBe(
      'Excel för Mac och iPad låter inte tillägg spara filer. Gör Slutavräkning 2021.csv i Intäktsmodells webbsida eller med kommandoraden (intaktsmodell invoice ARBETSBOK.xlsx --out FIL.csv).',
    );
    expect(errorMessage(error, 'en')).toBe(
      "Excel for Mac and iPad does not let add-ins save files. Make Slutavräkning 2021.csv in Intäktsmodell's web page or with the command line (intaktsmodell invoice WORKBOOK.xlsx --out FILE.csv).",
    );
    expect(downloads).toEqual([]);
    expect(excel.newWorkbooks).toEqual([]);
  });

  it('downloads the .xlsx where Excel is older than ExcelApi 1.8 but the pane can download', async () => {
    const { excel, save, downloads } = excelOn('PC', '1.7');
    expect(await save(file('xlsx'))).toBe('downloaded');
    expect(downloads.map((d) => d.name)).toEqual(['Prislista 2021.xlsx']);
    expect(excel.newWorkbooks).toEqual([]);
  });

  it('on Mac, says why a PDF cannot be saved and what to do instead, for the price list and for Kundbesked, in both languages', async () => {
    const { save, downloads } = excelOn('Mac');
    const priceList = await failure(save(file('pdf')));
    expect(errorMessage(priceList, 'sv')).toBe(
      'Excel för Mac och iPad låter inte tillägg spara filer. Gör Prislista 2021.pdf i Intäktsmodells webbsida eller med kommandoraden, eller öppna prislistan som Excel-fil och spara som PDF i Excel.',
    );
    expect(errorMessage(priceList, 'en')).toBe(
      "Excel for Mac and iPad does not let add-ins save files. Make Prislista 2021.pdf in Intäktsmodell's web page or with the command line, or open the price list as an Excel file and save as PDF in Excel.",
    );
    const statements = await failure(save({ ...file('pdf', true), name: 'Kundbesked A.pdf' }));
    expect(errorMessage(statements, 'sv')).toContain('eller skriv kundbeskeden till arbetsboken och spara som PDF i Excel.');
    expect(errorMessage(statements, 'en')).toContain('or write the statements to the workbook and save as PDF in Excel.');
    expect(downloads).toEqual([]);
  });

  it('on Mac before ExcelApi 1.8, says that neither way is there', async () => {
    const { save } = excelOn('Mac', '1.7');
    const error = await failure(save(file('xlsx')));
    expect(errorMessage(error, 'sv')).toBe(
      'Den här versionen av Excel kan varken öppna Prislista 2021.xlsx som en ny arbetsbok (ExcelApi 1.8) eller spara filer från tillägg. Gör den i Intäktsmodells webbsida eller med kommandoraden.',
    );
    expect(errorMessage(error, 'en')).toMatch(/^This version of Excel can neither open Prislista 2021\.xlsx as a new workbook \(ExcelApi 1\.8\)/);
  });

  it('asks Excel whether it can open a workbook before asking it to (the fake refuses below ExcelApi 1.8 as Excel does)', async () => {
    const { excel } = excelOn('PC', '1.7');
    const files = new OfficeFiles(excel.fileHost());
    expect(files.canOpenWorkbook()).toBe(false);
    const error = await failure(files.openWorkbook(XLSX));
    expect((error as { code?: string }).code).toBe('ApiNotFound');
    excel.apiVersion = '1.8';
    expect(files.canOpenWorkbook()).toBe(true);
    await files.openWorkbook(XLSX);
    expect(excel.newWorkbooks).toEqual([XLSX]);
  });

  it('passes on Excel’s refusal to open a file as a workbook', async () => {
    const { excel, save } = excelOn('PC');
    const error = await failure(save({ ...file('xlsx'), bytes: new Blob(['not a zip']) }));
    expect(errorMessage(error, 'sv')).toBe('Excel kunde inte öppna Prislista 2021.xlsx som en ny arbetsbok: The argument is invalid or missing or has an incorrect format.');
    expect(excel.newWorkbooks).toEqual([]);
  });

  it('from a run of the open workbook: the .xlsx price list opens in Excel, the PDFs are downloads made in the worker', async () => {
    const { excel, workbook } = excelWith(example());
    const downloads: { name: string; bytes: Blob }[] = [];
    const host = excelHost(officePort(workbook), () => inProcessWorker(), excelSavePublished(new OfficeFiles(excel.fileHost()), (bytes, name) => downloads.push({ name, bytes })));
    const run = await host.workbook.run(() => {});
    const publishing = { files: run.details!.publish!, save: host.savePublished! };
    const sheetsBefore = excel.sheetNames();

    expect(await savePriceList(publishing, 'xlsx', 'Servicenämnden 2021-11-18', 2021)).toEqual({ delivery: 'opened', name: 'Prislista 2021 Servicenämnden 2021-11-18.xlsx' });
    expect(excel.newWorkbooks).toHaveLength(1);
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.load(excel.newWorkbooks[0]!.slice().buffer as ArrayBuffer);
    expect(opened.worksheets.map((w) => w.name)).toEqual(['Prislista 2021']);
    expect(excel.sheetNames()).toEqual(sheetsBefore);

    expect(await savePriceList(publishing, 'pdf', '', 2021)).toEqual({ delivery: 'downloaded', name: 'Prislista 2021.pdf' });
    const customer = exampleTables().find((t) => t.name === 'Nycklar')!.rows[0]![0] as string;
    expect(await saveStatementsPdf(publishing, [customer])).toEqual({ delivery: 'downloaded', name: `Kundbesked ${customer}.pdf` });
    expect(downloads.map((d) => d.name)).toEqual(['Prislista 2021.pdf', `Kundbesked ${customer}.pdf`]);
    const priceList = pdfText(new Uint8Array(await downloads[0]!.bytes.arrayBuffer()));
    expect(priceList.text).toContain('Prislista 2021');
    expect(priceList.text).toMatch(/Prislista 2021\s+Sida 1 av/);
    const statement = pdfText(new Uint8Array(await downloads[1]!.bytes.arrayBuffer()));
    expect(statement.text).toContain(customer);
  });

  it('from a run of the open workbook: Fakturaunderlag and Slutavräkning as CSV are downloads made in the worker, the command line’s bytes', async () => {
    const { excel, workbook } = excelWith(example());
    const downloads: { name: string; bytes: Blob }[] = [];
    const host = excelHost(officePort(workbook), () => inProcessWorker(), excelSavePublished(new OfficeFiles(excel.fileHost()), (bytes, name) => downloads.push({ name, bytes })));
    const run = await host.workbook.run(() => {});
    const publishing = { files: run.details!.publish!, save: host.savePublished! };
    const before = excel.snapshot();
    expect(await saveInvoiceCsv(publishing, false, 2021)).toEqual({ delivery: 'downloaded', name: 'Fakturaunderlag 2021.csv' });
    expect(await saveInvoiceCsv(publishing, true, 2021)).toEqual({ delivery: 'downloaded', name: 'Slutavräkning 2021.csv' });
    expect(downloads.map((d) => d.name)).toEqual(['Fakturaunderlag 2021.csv', 'Slutavräkning 2021.csv']);
    expect(excel.newWorkbooks).toEqual([]);
    expect(excel.snapshot()).toBe(before);

    // The command line on the same tables writes the same files.
    const input = createXlsx();
    await input.writeInputTables(exampleTables());
    const io = new MemoryIO();
    io.files.set('in.xlsx', await input.toBuffer());
    expect(await runCli(['invoice', 'in.xlsx', '--out', 'fu.csv', '--quiet'], io)).toBe(EXIT_OK);
    expect(await runCli(['invoice', 'in.xlsx', '--out', 'sa.csv', '--quiet', '--slutavrakning'], io)).toBe(EXIT_OK);
    expect(Buffer.from(await downloads[0]!.bytes.arrayBuffer()).equals(Buffer.from(io.bytes('fu.csv')))).toBe(true);
    expect(Buffer.from(await downloads[1]!.bytes.arrayBuffer()).equals(Buffer.from(io.bytes('sa.csv')))).toBe(true);
  });
});
