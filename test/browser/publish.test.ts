/**
 * The published price list and Kundbesked as PDF in the built pane, in headless Chromium
 * (standalone): after Beräkna, "Prislista som PDF" with a version label downloads a PDF made in
 * the pane's worker by pdfmake's browser build with the Roboto fonts fetched from the pane's own
 * origin (so å, ä, ö print); "Prislista som Excel-fil" downloads the printable sheet; "Spara som
 * PDF" in Kunder downloads the ticked customers' statements; "Fakturaunderlag som CSV" and
 * "Slutavräkning som CSV" download the command line's invoice files byte for byte. pdfmake comes in a chunk of its own,
 * fetched only when the first PDF is made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT_OK, runCli } from '../../src/cli/cli';
import { exampleTables } from '../../src/example';
import { createXlsx } from '../../src/workbook/xlsx';
import { MemoryIO } from '../cli/memoryIO';
import { pdfText } from '../publish/pdfText';
import { chromiumMissing } from './chromium';
import { panePage } from './pane-page';
import { tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

suite('the published price list in the pane (standalone)', () => {
  const pane = panePage();

  const services = () => {
    const table = exampleTables().find((t) => t.name === 'Tjänster')!;
    const column = table.headers.indexOf('Tjänst');
    return table.rows.map((r) => String(r[column]));
  };

  it('downloads the price list as PDF and as an Excel file, and Kundbesked as PDF', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    const example = await workbookFile('exempel.xlsx', exampleTables());
    await pane.page.locator('input[type="file"]').setInputFiles(example.path);
    await pane.page.getByText('Öppnad: exempel.xlsx').waitFor();
    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 120_000 });
    // Not before the first PDF: pdfmake and the fonts.
    expect(pane.requests.filter((r) => /worker-pdf|\.ttf$/.test(r))).toEqual([]);

    const section = pane.page.getByRole('region', { name: 'Prislista att skicka ut' });
    await section.getByRole('textbox', { name: /Versionsetikett/ }).fill('Servicenämnden 2021-11-18');
    const started = Date.now();
    const [pdf] = await Promise.all([pane.page.waitForEvent('download', { timeout: 120_000 }), section.getByRole('button', { name: 'Prislista som PDF' }).click()]);
    const seconds = (Date.now() - started) / 1000;
    expect(pdf.suggestedFilename()).toBe('Prislista 2021 Servicenämnden 2021-11-18.pdf');
    const pdfPath = join(tempFolder, 'prislista.pdf');
    await pdf.saveAs(pdfPath);
    const bytes = new Uint8Array(readFileSync(pdfPath));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text, pages, fonts } = pdfText(bytes);
    expect(fonts).toMatch(/Roboto[\s\S]*yes\s+yes/);
    for (const name of services()) expect(text).toContain(name.slice(0, 18));
    expect(text).toMatch(/Tjänst\s+Enhet\s+Pris \/ avgift\s+Fjolårspris\s+Förändring/);
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`Prislista 2021 · Servicenämnden 2021-11-18\\s+Sida ${n} av ${pages}`));
    await section.getByText('Prislistan har laddats ned som Prislista 2021 Servicenämnden 2021-11-18.pdf.').waitFor();
    expect(pane.requests.filter((r) => /\.ttf$/.test(r))).toHaveLength(2);
    console.log(`The first price list PDF (pdfmake and fonts fetched): ${pages} pages, ${bytes.length} bytes, ${seconds.toFixed(2)} s from the click`);

    const [xlsx] = await Promise.all([pane.page.waitForEvent('download', { timeout: 60_000 }), section.getByRole('button', { name: 'Prislista som Excel-fil' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Prislista 2021 Servicenämnden 2021-11-18.xlsx');
    const xlsxPath = join(tempFolder, 'prislista.xlsx');
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Prislista 2021']);

    // Kundbesked for two ticked customers as one PDF.
    await pane.page.getByRole('tab', { name: 'Kunder' }).click();
    const customers = exampleTables().find((t) => t.name === 'Nycklar')!.rows.map((r) => String(r[0]));
    await pane.page.getByRole('checkbox', { name: `Markera ${customers[0]}` }).check();
    await pane.page.getByRole('checkbox', { name: `Markera ${customers[2]}` }).check();
    const [statements] = await Promise.all([pane.page.waitForEvent('download', { timeout: 60_000 }), pane.page.getByRole('button', { name: 'Spara som PDF (2)' }).click()]);
    expect(statements.suggestedFilename()).toBe('Kundbesked 2 kunder.pdf');
    const statementsPath = join(tempFolder, 'kundbesked.pdf');
    await statements.saveAs(statementsPath);
    const statement = pdfText(new Uint8Array(readFileSync(statementsPath)));
    expect(statement.text).toContain('Vad ni betalar per tjänst');
    const pagesOf = statement.text.split('\f');
    expect(pagesOf[0]).toContain(customers[0]);
    expect(pagesOf.findIndex((p) => p.includes(customers[2]!))).toBeGreaterThan(0);
    await pane.page.getByText('2 kundbesked har laddats ned som Kundbesked 2 kunder.pdf.').waitFor();

    // Fakturafil: the invoice file for the ERP, the command line's bytes.
    const invoices = pane.page.getByRole('region', { name: 'Fakturafil' });
    const input = createXlsx();
    await input.writeInputTables(exampleTables());
    const io = new MemoryIO();
    io.files.set('in.xlsx', await input.toBuffer());
    for (const [button, name, extra] of [
      ['Fakturaunderlag som CSV', 'Fakturaunderlag 2021.csv', []],
      ['Slutavräkning som CSV', 'Slutavräkning 2021.csv', ['--slutavrakning']],
    ] as const) {
      const [csv] = await Promise.all([pane.page.waitForEvent('download', { timeout: 60_000 }), invoices.getByRole('button', { name: button }).click()]);
      expect(csv.suggestedFilename()).toBe(name);
      const csvPath = join(tempFolder, name);
      await csv.saveAs(csvPath);
      expect(await runCli(['invoice', 'in.xlsx', '--out', 'out.csv', '--quiet', ...extra], io)).toBe(EXIT_OK);
      expect(readFileSync(csvPath).equals(Buffer.from(io.bytes('out.csv')))).toBe(true);
      await invoices.getByText(`har laddats ned som ${name}.`).waitFor();
    }
    expect(pane.pageErrors).toEqual([]);
  });
});
