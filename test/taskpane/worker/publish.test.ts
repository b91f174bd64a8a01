import ExcelJS from 'exceljs';
import { runModel } from '../../../src/engine';
import { publishedPriceList } from '../../../src/engine/publish/priceList';
import { exampleTables } from '../../../src/example';
import { pdfBytes } from '../../../src/cli/pdf';
import { MAX_LABEL as CLI_MAX_LABEL } from '../../../src/cli/pricelist';
import { priceListDocument } from '../../../src/publish/priceListPdf';
import { MAX_LABEL } from '../../../src/taskpane/hosts/published';
import { pdfText } from '../../publish/pdfText';
import { nodePdfTools } from './nodePdfTools';
import { blobOf, clonedWorker, failure } from './clonedWorker';

const worker = () => clonedWorker({ pdfTools: nodePdfTools });

const startsWithPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('the published files from the pane’s worker', () => {
  const tables = exampleTables();
  const calc = runModel(tables).calculation!;
  const services = calc.model.services.map((s) => s.name);

  it('refuses before a run, and a label that is not one footer line, in both languages', async () => {
    const ask = worker();
    expect(failure(await ask({ kind: 'priceListFile', format: 'pdf', label: '' })).sv).toBe('Ingen beräkning är gjord: tryck på Beräkna först.');
    await ask({ kind: 'calculate', tables });
    const long = 'x'.repeat(MAX_LABEL + 1);
    expect(failure(await ask({ kind: 'priceListFile', format: 'pdf', label: long }))).toEqual({
      sv: `Versionsetiketten ska vara en rad text med högst 100 tecken (den har 101); den står i sidfoten.`,
      en: `The version label must be one line of at most 100 characters (it has 101); it goes in the footer.`,
    });
    expect(failure(await ask({ kind: 'priceListFile', format: 'xlsx', label: 'två\nrader' })).sv).toContain('en rad text');
    // The same limit as the command line's --label.
    expect(MAX_LABEL).toBe(CLI_MAX_LABEL);
  });

  it('makes the price list PDF with pdfmake’s browser build: the same text as the command line’s, every service, åäö and the label', async () => {
    const ask = worker();
    await ask({ kind: 'calculate', tables });
    const label = 'Servicenämnden 2021-11-18';
    const pdf = await blobOf(await ask({ kind: 'priceListFile', format: 'pdf', label: `  ${label} ` }));
    expect(pdf.type).toBe('application/pdf');
    expect(startsWithPdf(pdf.bytes)).toBe(true);
    const { text, pages, fonts } = pdfText(pdf.bytes);
    expect(fonts).toMatch(/Roboto[\s\S]*yes\s+yes/);
    for (const name of services) expect(text).toContain(name.slice(0, 18));
    expect(text).toMatch(/Tjänst\s+Enhet\s+Pris \/ avgift\s+Fjolårspris\s+Förändring/);
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`Prislista 2021 · ${label}\\s+Sida ${n} av ${pages}`));
    // The command line's PDF of the same run (pdfmake's Node entry) reads the same, line for line.
    const cli = pdfText(await pdfBytes(priceListDocument(publishedPriceList(calc, { label }))));
    expect(text).toBe(cli.text);
    expect(pages).toBe(cli.pages);
  });

  it('makes the price list as an .xlsx with one printable sheet named for it', async () => {
    const ask = worker();
    await ask({ kind: 'calculate', tables });
    const file = await blobOf(await ask({ kind: 'priceListFile', format: 'xlsx', label: '' }));
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.slice().buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Prislista 2021']);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    for (const name of services) expect(cells).toContain(name);
  });

  it('makes Kundbesked for chosen customers as one PDF, each customer from a new page', async () => {
    const ask = worker();
    await ask({ kind: 'calculate', tables });
    const [first, second] = calc.model.customers.map((c) => c.name);
    const pdf = await blobOf(await ask({ kind: 'statementsPdf', customers: [first!, second!] }));
    expect(startsWithPdf(pdf.bytes)).toBe(true);
    const { text, pages } = pdfText(pdf.bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    const pageTexts = text.split('\f');
    expect(pageTexts[0]).toContain(first);
    expect(pageTexts.findIndex((p) => p.includes(second!))).toBeGreaterThan(0);
    expect(text).toContain('Vad ni betalar per tjänst');
    expect(text).toContain('Er extra hantering (avvikelser)');
    expect(failure(await ask({ kind: 'statementsPdf', customers: ['Ingen sådan kund'] })).sv).toMatch(/^Kunden "Ingen sådan kund" finns inte i Nycklar\./);
  });
});
