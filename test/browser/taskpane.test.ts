import { OUTPUT_TABLE_NAMES } from '../../src/engine/output';
/**
 * The built task pane in headless Chromium, standalone (no Office): open the example
 * workbook, calculate, read the price list and the surcharge pivot on screen, download the
 * result and read it back; then a broken workbook shows its located error.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runModel, type OutputTable } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { openXlsx } from '../../src/workbook/xlsx';
import { buildPane, DIST, ROOT } from './build-pane';
import { chromiumMissing, launchChromium, type Browser } from './chromium';
import { serveFolder, type StaticServer } from './static-server';
import { brokenExample, tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

/** Swedish formats separate thousands with a no-break space; compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const sv0 = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const sv2 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function column(table: OutputTable, header: string): number {
  const i = table.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`${table.name} has no column ${header}`);
  return i;
}

suite('task pane in the browser (standalone)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const build = await buildPane();
    console.log(`Production build in ${build.seconds.toFixed(1)} s`);
    server = await serveFolder(DIST);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWorkbook(path: string, name: string): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByText(`Öppnad: ${name}`).waitFor();
  }

  it('calculates the example workbook, shows prices and surcharges, and downloads the result', async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Intäktsmodell' }).waitFor();
    const example = await workbookFile('exempel.xlsx', exampleTables());
    await openWorkbook(example.path, 'exempel.xlsx');

    await page.getByRole('button', { name: 'Beräkna' }).click();
    await page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });

    // What the screen must show, from the engine over the same workbook as read back.
    const expected = runModel(await (await openXlsx(example.bytes)).readTables());
    expect(expected.ok).toBe(true);
    const prices = expected.outputs.find((o) => o.name === 'Prislista') as OutputTable;
    const priced = prices.rows.find((r) => typeof r[column(prices, 'Pris')] === 'number') as (string | number | null)[];
    const service = String(priced[column(prices, 'Tjänst')]);
    const price = `${sv2.format(priced[column(prices, 'Pris')] as number)} kr`;
    const pivot = expected.outputs.find((o) => o.name === 'Avvikelsepivot') as OutputTable;
    const surcharged = pivot.rows[0] as (string | number | null)[];
    const customer = String(surcharged[column(pivot, 'Kund')]);
    const surcharge = `${sv0.format(surcharged[column(pivot, 'Totalt')] as number)} kr`;

    // The summary: totals and the reconciliation are on the first tab.
    await expect(page.getByRole('tab', { name: 'Sammanfattning', selected: true }).count()).resolves.toBe(1);
    await page.getByRole('table', { name: 'Totalt' }).waitFor();
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'out', 'taskpane.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: join(ROOT, 'docs', 'taskpane.png'), fullPage: true });

    // The scenario drop-down works from the keyboard: open, next option, choose.
    const scenarios = expected.calculation?.model.scenarios.map((s) => s.name) ?? [];
    expect(scenarios.length).toBeGreaterThan(1);
    await page.getByRole('combobox', { name: 'Scenario' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: `Kunder vars belopp ändras mest i ${scenarios[1]}` }).waitFor();

    await page.getByRole('tab', { name: 'Prislista' }).click();
    const priceRow = page.getByRole('row').filter({ hasText: service });
    expect(plain(await priceRow.first().textContent())).toContain(plain(price));

    await page.getByRole('tab', { name: 'Avvikelser' }).click();
    const pivotRow = page.getByRole('row').filter({ hasText: customer });
    expect(plain(await pivotRow.first().textContent())).toContain(plain(surcharge));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ned resultatet/ }).click()]);
    expect(download.suggestedFilename()).toBe('exempel resultat.xlsx');
    const saved = join(tempFolder, 'resultat.xlsx');
    await download.saveAs(saved);
    const tables = await (await openXlsx(new Uint8Array(readFileSync(saved)))).readTables();
    const names = tables.map((t) => t.name);
    for (const name of OUTPUT_TABLE_NAMES) {
      expect(names).toContain(name);
    }
    // The inputs are still there, and the written price list is the one on screen.
    expect(names).toContain('Volymer');
    const written = tables.find((t) => t.name === 'Prislista');
    expect(written?.rows).toHaveLength(prices.rows.length);
    expect(pageErrors).toEqual([]);
  });

  it('shows a broken workbook’s error with its table, row and cell', async () => {
    const broken = await workbookFile('trasig.xlsx', brokenExample(3));
    await openWorkbook(broken.path, 'trasig.xlsx');
    await page.getByRole('button', { name: 'Beräkna' }).click();
    await page.getByText('Arbetsboken har fel').waitFor({ timeout: 60_000 });

    const expected = runModel(await (await openXlsx(broken.bytes)).readTables());
    const error = expected.problems.find((p) => p.level === 'error');
    expect(error).toMatchObject({ table: 'Volymer', row: 3, column: 'Volym' });
    expect(error?.cell).toMatch(/^Volymer!C\d+$/);

    await page.getByRole('heading', { name: /^Volymer: 1 fel/ }).waitFor();
    const bar = page.getByRole('group').filter({ hasText: '"abc" är inte ett tal' });
    const text = plain(await bar.first().textContent());
    expect(text).toContain(`rad 3 · kolumn Volym · ${error?.cell}`);
    expect(text).toContain(error?.message ?? '?');
    // Outside Excel there is no grid to go to.
    await expect(bar.getByRole('button', { name: /Gå till cellen/ }).count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('says so, writing nothing, when a sheet of an output’s name is the user’s own', async () => {
    const own = await workbookFile('egen-prislista.xlsx', [...exampleTables(), { name: 'Prislista', sheet: 'Prislista', headers: ['Min kolumn'], rows: [['mitt värde']] }]);
    await openWorkbook(own.path, 'egen-prislista.xlsx');
    await page.getByRole('button', { name: 'Beräkna' }).click();
    await page.getByText('Beräkningen kunde inte slutföras').waitFor({ timeout: 60_000 });
    const bar = page.getByRole('group').filter({ hasText: 'Beräkningen kunde inte slutföras' });
    expect(plain(await bar.first().textContent())).toContain('"Prislista" finns redan men skapades inte av Intäktsmodell');
    // No result to download from a run that wrote nothing.
    await expect(page.getByRole('button', { name: /Ladda ned resultatet/ }).count()).resolves.toBe(0);
    pageErrors.splice(0); // the pane logs the refusal to the console on purpose
  });

  it('speaks English when asked (as with an English Office)', async () => {
    await page.goto(`${server.url}/taskpane.html?lang=en-US`);
    await page.getByRole('button', { name: 'Calculate' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
