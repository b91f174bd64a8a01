import { OUTPUT_TABLE_NAMES } from '../../src/engine/output';
/**
 * The built task pane in headless Chromium, standalone (no Office): open the example
 * workbook, calculate, read the price list and the surcharge pivot on screen, download the
 * result and read it back; then a broken workbook shows its located error. Infoga exempel opens
 * the example in the pane, focus lands on the outcome after Beräkna, and axe-core finds no
 * serious violation on any result tab. The page asks no host but its own for anything and loads
 * office.js only when Office's host information is there.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runModel, traceCustomer, type OutputTable, type RunResult } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { openXlsx } from '../../src/workbook/xlsx';
import { seriousViolations } from './axe';
import { buildPane, DIST, ROOT } from './build-pane';
import { chromiumMissing } from './chromium';
import { panePage } from './pane-page';
import { foreignRequests } from './requests';
import { brokenExample, tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

/** Swedish formats separate thousands with a no-break space; compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const sv0 = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const sv2 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const svPct = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** "1 234 567 kr", "−678 kr" as the pane shows kronor, back to a number. */
function kronor(text: string | null): number {
  const t = (text ?? '').replace(/kr/, '').replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error(`not an amount in kronor: "${text}"`);
  return Number(t);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function column(table: OutputTable, header: string): number {
  const i = table.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`${table.name} has no column ${header}`);
  return i;
}

suite('task pane in the browser (standalone)', () => {
  const pane = panePage();
  /** The engine's run over the example as the pane reads it, set by the first test. */
  let expected: RunResult;

  async function openWorkbook(path: string, name: string): Promise<void> {
    await pane.page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(path);
    await pane.page.getByText(`Öppnad: ${name}`).waitFor();
  }

  it('calculates the example workbook, shows prices and surcharges, and downloads the result', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    await pane.page.getByRole('heading', { name: 'Intäktsmodell' }).waitFor();
    const example = await workbookFile('exempel.xlsx', exampleTables());
    await openWorkbook(example.path, 'exempel.xlsx');

    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });

    // What the screen must show, from the engine over the same workbook as read back.
    expected = runModel(await (await openXlsx(example.bytes)).readTables());
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
    await expect(pane.page.getByRole('tab', { name: 'Sammanfattning', selected: true }).count()).resolves.toBe(1);
    await pane.page.getByRole('table', { name: 'Totalt' }).waitFor();
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    await pane.page.screenshot({ path: join(ROOT, 'out', 'taskpane.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOT) await pane.page.screenshot({ path: join(ROOT, 'docs', 'taskpane.png'), fullPage: true });

    // The scenario drop-down works from the keyboard: open, next option, choose.
    const scenarios = expected.calculation?.model.scenarios.map((s) => s.name) ?? [];
    expect(scenarios.length).toBeGreaterThan(1);
    await pane.page.getByRole('combobox', { name: 'Scenario' }).focus();
    await pane.page.keyboard.press('Enter');
    await pane.page.keyboard.press('ArrowDown');
    await pane.page.keyboard.press('Enter');
    await pane.page.getByRole('table', { name: `Kunder vars belopp ändras mest i ${scenarios[1]}` }).waitFor();

    await pane.page.getByRole('tab', { name: 'Prislista' }).click();
    const priceRow = pane.page.getByRole('row').filter({ hasText: service });
    expect(plain(await priceRow.first().textContent())).toContain(plain(price));
    // A keyed service shows its price per key unit and its keyed total, not only how it is keyed.
    const keyed = prices.rows.find((r) => r[column(prices, 'Prismodell')] === 'Fast') as (string | number | null)[];
    const keyedRow = pane.page.getByRole('row').filter({ hasText: String(keyed[column(prices, 'Tjänst')]) }).first();
    expect(plain(await keyedRow.textContent())).toContain(plain(`${sv2.format(keyed[column(prices, 'Pris per nyckelenhet')] as number)} kr per nyckelenhet`));
    expect(plain(await keyedRow.textContent())).toContain(plain(`nycklat ${sv0.format(keyed[column(prices, 'Intäkt')] as number)} kr`));
    // Filtered to that service's name, only its rows are left; sorted by self-cost, the largest comes first.
    await pane.page.getByRole('searchbox', { name: 'Sök tjänst, område eller prismodell' }).fill(service);
    const serviceRows = prices.rows.filter((r) => String(r[column(prices, 'Tjänst')]).toLowerCase().includes(service.toLowerCase()));
    await expect(pane.page.getByRole('row').count()).resolves.toBe(serviceRows.length + 1);
    await pane.page.getByRole('searchbox', { name: 'Sök tjänst, område eller prismodell' }).fill('');
    await pane.page.getByRole('columnheader', { name: 'Pris och självkostnad' }).click();
    const largest = [...prices.rows].sort((a, b) => (b[column(prices, 'Självkostnad')] as number) - (a[column(prices, 'Självkostnad')] as number))[0]!;
    expect(await pane.page.getByRole('row').nth(1).textContent()).toContain(String(largest[column(prices, 'Tjänst')]));

    await pane.page.getByRole('tab', { name: 'Avvikelser' }).click();
    const pivotRow = pane.page.getByRole('row').filter({ hasText: customer });
    expect(plain(await pivotRow.first().textContent())).toContain(plain(surcharge));
    // One deviation type: each customer's amount of it, only the customers who have it.
    const type = pivot.columns[1]!.header;
    const ofType = pivot.rows.filter((r) => r[column(pivot, 'Kund')] !== 'Totalt' && typeof r[1] === 'number' && r[1] !== 0);
    await pane.page.getByRole('combobox', { name: 'Avvikelsetyp' }).click();
    await pane.page.getByRole('option', { name: type, exact: true }).click();
    await expect(pane.page.getByRole('row').count()).resolves.toBe(ofType.length + 2);
    const first = ofType.sort((a, b) => (b[1] as number) - (a[1] as number))[0]!;
    expect(plain(await pane.page.getByRole('row').nth(1).textContent())).toContain(plain(`${sv0.format(first[1] as number)} kr`));

    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', { name: /Ladda ned resultatet/ }).click()]);
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
    expect(pane.pageErrors).toEqual([]);
  });

  it('opens a customer from the summary’s scenario list, with trace lines that sum to each charge, by keyboard', async () => {
    const calc = expected.calculation!;
    await pane.page.getByRole('tab', { name: 'Sammanfattning' }).click();
    const movers = pane.page.getByRole('table', { name: /^Kunder vars belopp ändras mest i / });
    const link = movers.getByRole('button').first();
    const customer = plain(await link.textContent());
    expect(calc.model.customers.map((c) => c.name)).toContain(customer);
    // The customer's charge with the most trace lines, and its Belopp in Fördelning.
    const traces = traceCustomer(calc, customer).sort((a, b) => b.lines.length - a.lines.length);
    const service = traces[0]!.service.name;
    const allocation = expected.outputs.find((o) => o.name === 'Fördelning')!;
    const row = allocation.rows.find((r) => r[column(allocation, 'Kund')] === customer && r[column(allocation, 'Tjänst')] === service)!;
    const charge = row[column(allocation, 'Belopp')] as number;

    await link.focus();
    await pane.page.keyboard.press('Enter');
    const drawer = pane.page.getByRole('dialog', { name: customer });
    await drawer.waitFor();
    const header = drawer.getByRole('button', { name: new RegExp(`^${escapeRegExp(service)}: `) });
    await header.focus();
    await pane.page.keyboard.press('Enter');
    const trace = drawer.getByRole('table', { name: `Spårning av ${service}` });
    await trace.waitFor();
    expect(kronor(plain(await header.textContent()).slice(service.length + 1))).toBe(charge);
    const amounts = await trace.locator('tr[data-kind="line"] td:last-child').allTextContents();
    expect(amounts.length).toBe(traces[0]!.lines.length);
    const onScreen = amounts.map(kronor).reduce((sum, a) => sum + a, 0);
    expect(onScreen).toBe(charge);
    const sum = trace.locator('tr[data-kind="sum"]');
    expect(kronor(await sum.locator('td').last().textContent())).toBe(charge);
    expect(plain(await sum.textContent())).toContain('beloppet i Fördelning');
    // Its part of Slutavräkning (the example settles Över tak to June, with every customer): the
    // lines on screen are the customer's rows of the Slutavräkning output, and the total their sum.
    const settled = expected.outputs.find((o) => o.name === 'Slutavräkning')!;
    const own = settled.rows.filter((r) => r[column(settled, 'Kund')] === customer).map((r) => r[column(settled, 'Belopp')] as number);
    expect(own.length).toBeGreaterThan(0);
    const settlement = drawer.getByRole('table', { name: `Slutavräkning: ${customer}` });
    const lines = await settlement.locator('tr[data-kind="settlement-line"] td:last-child').allTextContents();
    expect(lines.map((t) => kronor(t.replace('+', '')))).toEqual(own);
    expect(kronor((await settlement.locator('tr[data-kind="settlement-total"] td:last-child').textContent())!.replace('+', ''))).toBe(own.reduce((a, b) => a + b, 0));
    // The drawer, a dialog over the results, as axe sees it.
    expect(await seriousViolations(pane.page)).toEqual([]);

    // The statement, and its download for this one customer.
    await drawer.getByRole('tab', { name: 'Kundbesked' }).click();
    await drawer.getByRole('heading', { name: 'Kundbesked 2021' }).waitFor();
    const [download] = await Promise.all([pane.page.waitForEvent('download'), drawer.getByRole('button', { name: 'Ladda ned kundbeskedet (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe(`Kundbesked ${customer}.xlsx`);
    const saved = join(tempFolder, 'kundbesked.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(1);
    expect(book.worksheets[0]!.getCell('A2').value).toBe(customer);

    // Esc closes the drawer and gives focus back to the customer's name.
    await pane.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // Fluent restores focus after the drawer's exit transition, which can end a frame after the
    // drawer is hidden: wait for it (a timeout fails the test) before checking where it went.
    await pane.page.waitForFunction((name) => document.activeElement?.textContent === name, customer, { timeout: 5000 }).catch(() => undefined);
    expect(await pane.page.evaluate(() => document.activeElement?.textContent)).toBe(customer);
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows the key figures: an area’s keyed share in its chart, filterable by area', async () => {
    const figures = expected.outputs.find((o) => o.name === 'Nyckeltal')!;
    const areaRow = (figure: string) =>
      figures.rows.find((r) => r[column(figures, 'Nivå')] === 'Verksamhetsområde' && r[column(figures, 'Namn')] === 'Ekonomi' && r[column(figures, 'Nyckeltal')] === figure)!;
    const keyed = areaRow('Andel nycklade priser')[column(figures, 'Procent')] as number;
    const revenue = areaRow('Intäkt')[column(figures, 'Kronor')] as number;
    expect(keyed).toBeGreaterThan(0);

    await pane.page.getByRole('tab', { name: 'Nyckeltal' }).click();
    const chart = pane.page.getByRole('img', { name: /^Ekonomi, intäkt / });
    await chart.waitFor();
    const label = plain(await chart.getAttribute('aria-label'));
    expect(label).toContain(`intäkt ${plain(`${sv0.format(revenue)} kr`)}`);
    expect(label).toContain(`nycklade priser ${plain(svPct.format(keyed))} av intäkten`);
    // The same share is on the chart for the eye.
    expect(plain(await chart.textContent())).toContain(plain(svPct.format(keyed)));

    await pane.page.getByRole('combobox', { name: 'Verksamhetsområde' }).click();
    await pane.page.getByRole('option', { name: 'Lön och pension' }).click();
    await pane.page.getByRole('img', { name: /^Lön och pension, intäkt / }).waitFor();
    await expect(pane.page.getByRole('img', { name: /^Ekonomi, intäkt / }).count()).resolves.toBe(0);
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows the follow-up: an area’s budget, actual and forecast cost in its chart and table, the flagged services worst first', async () => {
    const followUp = expected.outputs.find((o) => o.name === 'Uppföljning')!;
    const at = (row: readonly unknown[], header: string) => row[column(followUp, header)] as number;
    const ekonomi = followUp.rows.find((r) => r[column(followUp, 'Nivå')] === 'Verksamhetsområde' && r[column(followUp, 'Namn')] === 'Ekonomi')!;
    const flagged = followUp.rows.filter((r) => r[column(followUp, 'Nivå')] === 'Tjänst' && r[column(followUp, 'Status')] !== 'OK');
    const worst = flagged.reduce((a, b) => (Math.abs(at(b, 'Prognos resultat')) > Math.abs(at(a, 'Prognos resultat')) ? b : a));
    const krText = (value: number) => plain(`${sv0.format(value)} kr`);

    await pane.page.getByRole('tab', { name: 'Uppföljning' }).click();
    const chart = pane.page.getByRole('img', { name: /^Stapeldiagram över kostnaden per verksamhetsområde/ });
    await chart.waitFor();
    expect(plain(await chart.getAttribute('aria-label'))).toContain(
      `Ekonomi: budget ${krText(at(ekonomi, 'Budget kostnad helår'))}, utfall ${krText(at(ekonomi, 'Utfall kostnad ack.'))} mot budget hittills ${krText(at(ekonomi, 'Budget kostnad ack.'))}, prognos ${krText(at(ekonomi, 'Prognos kostnad'))}.`,
    );
    const areas = pane.page.getByRole('table', { name: 'Budget, utfall och prognos per verksamhetsområde' });
    const row = areas.getByRole('row').filter({ hasText: 'Ekonomi' });
    expect(plain(await row.textContent())).toContain(`Prognos ${krText(at(ekonomi, 'Prognos kostnad'))}`);
    const services = pane.page.getByRole('table', { name: 'Tjänster vars prognos avviker, störst avvikelse först' });
    await expect(services.getByRole('row').count()).resolves.toBe(flagged.length + 1);
    expect(plain(await services.getByRole('row').nth(1).textContent())).toContain(String(worst[column(followUp, 'Namn')]));
    // Chart and tables fit a narrow pane: nothing scrolls sideways at 350 px.
    await pane.page.setViewportSize({ width: 350, height: 900 });
    const widths = await pane.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    await pane.page.setViewportSize({ width: 380, height: 900 });
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(pane.pageErrors).toEqual([]);
  });

  it('downloads Kundbesked for the customers ticked in the customer list', async () => {
    await pane.page.getByRole('tab', { name: 'Kunder' }).click();
    const names = expected.calculation!.model.customers.map((c) => c.name);
    await pane.page.getByRole('checkbox', { name: `Markera ${names[0]}` }).check();
    await pane.page.getByRole('checkbox', { name: `Markera ${names[2]}` }).check();
    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', { name: 'Ladda ned kundbesked (2)' }).click()]);
    expect(download.suggestedFilename()).toBe('Kundbesked 2 kunder.xlsx');
    const saved = join(tempFolder, 'kundbesked-2.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.getCell('A2').value)).toEqual([names[0], names[2]]);
    await pane.page.getByText('2 kundbesked har laddats ned som Kundbesked 2 kunder.xlsx.').waitFor();
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows a broken workbook’s error with its table, row and cell', async () => {
    const broken = await workbookFile('trasig.xlsx', brokenExample(3));
    await openWorkbook(broken.path, 'trasig.xlsx');
    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Arbetsboken har fel').waitFor({ timeout: 60_000 });

    const expected = runModel(await (await openXlsx(broken.bytes)).readTables());
    const error = expected.problems.find((p) => p.level === 'error');
    expect(error).toMatchObject({ table: 'Volymer', row: 3, column: 'Volym' });
    expect(error?.cell).toMatch(/^Volymer!C\d+$/);

    await pane.page.getByRole('heading', { name: /^Volymer: 1 fel/ }).waitFor();
    const bar = pane.page.getByRole('group').filter({ hasText: '"abc" är inte ett tal' });
    const text = plain(await bar.first().textContent());
    expect(text).toContain(`rad 3 · kolumn Volym · ${error?.cell}`);
    expect(text).toContain(error?.message ?? '?');
    // Outside Excel there is no grid to go to.
    await expect(bar.getByRole('button', { name: /Gå till cellen/ }).count()).resolves.toBe(0);
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('says so, writing nothing, when a sheet of an output’s name is the user’s own', async () => {
    const own = await workbookFile('egen-prislista.xlsx', [...exampleTables(), { name: 'Prislista', sheet: 'Prislista', headers: ['Min kolumn'], rows: [['mitt värde']] }]);
    await openWorkbook(own.path, 'egen-prislista.xlsx');
    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Beräkningen kunde inte slutföras').waitFor({ timeout: 60_000 });
    const bar = pane.page.getByRole('group').filter({ hasText: 'Beräkningen kunde inte slutföras' });
    expect(plain(await bar.first().textContent())).toContain('"Prislista" finns redan men skapades inte av Intäktsmodell');
    // No result to download from a run that wrote nothing.
    await expect(pane.page.getByRole('button', { name: /Ladda ned resultatet/ }).count()).resolves.toBe(0);
    pane.pageErrors.splice(0); // the pane logs the refusal to the console on purpose
  });

  it('opens the example from Infoga exempel, puts focus on the outcome after Beräkna, and shows no serious accessibility violation', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    await pane.page.getByRole('button', { name: 'Infoga exempel' }).click();
    // Opened in the pane as if the user had picked the file: no download, Beräkna is ready.
    await pane.page.getByText('Öppnad: Intäktsmodell exempel.xlsx').waitFor();
    await pane.page.getByText('Exemplet är öppnat här').waitFor();
    const calculate = pane.page.getByRole('button', { name: 'Beräkna' });
    await calculate.focus();
    await pane.page.keyboard.press('Enter');
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });
    // Focus on the run's outcome, not left on Beräkna: a keyboard user reads the result next.
    await pane.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status', undefined, { timeout: 5000 }).catch(() => undefined);
    const focused = await pane.page.evaluate(() => ({ role: document.activeElement?.getAttribute('role'), text: document.activeElement?.textContent ?? '' }));
    expect(focused.role).toBe('status');
    expect(focused.text).toContain('Beräkningen är klar');

    // axe-core over every result tab, with that tab's results on screen.
    const tabs = pane.page.getByRole('tablist').first().getByRole('tab');
    const names = (await tabs.evaluateAll((all) => all.map((tab) => (tab as HTMLElement).innerText))).map(plain);
    expect(names.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const [i, name] of names.entries()) {
      await tabs.nth(i).click();
      await pane.page.getByRole('tabpanel').first().waitFor();
      // Lazy views show a spinner first; let the tab's content arrive before judging it.
      await pane.page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
      found.push(...(await seriousViolations(pane.page)).map((v) => `${name}: ${v}`));
    }
    expect(found).toEqual([]);

    // The example stays on offer as a file, the same tables as the command line's example.
    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', { name: 'Ladda ned exemplet (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Intäktsmodell exempel.xlsx');
    const saved = join(tempFolder, 'exempel-från-fönstret.xlsx');
    await download.saveAs(saved);
    const tables = await (await openXlsx(new Uint8Array(readFileSync(saved)))).readTables();
    const example = exampleTables();
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual(example.map((t) => [t.name, t.rows.length]));
    expect(pane.pageErrors).toEqual([]);
  });

  it('speaks English when asked (as with an English Office)', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html?lang=en-US`);
    await pane.page.getByRole('button', { name: 'Calculate' }).waitFor();
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('switches between Svenska and English at a click, and remembers the choice the next time', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    await pane.page.getByRole('button', { name: 'Beräkna' }).waitFor();
    await pane.page.getByRole('button', { name: 'English' }).click();
    await pane.page.getByRole('button', { name: 'Calculate' }).waitFor();
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await pane.page.reload();
    await pane.page.getByRole('button', { name: 'Calculate' }).waitFor();
    // The choice wins over the display language the pane.page is given.
    await pane.page.goto(`${pane.server.url}/taskpane.html?lang=sv-SE`);
    await pane.page.getByRole('button', { name: 'Calculate' }).waitFor();
    await pane.page.getByRole('button', { name: 'Svenska' }).click();
    await pane.page.getByRole('button', { name: 'Beräkna' }).waitFor();
    await pane.page.reload();
    await pane.page.getByRole('button', { name: 'Beräkna' }).waitFor();
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('serves the support pane.page manifest.xml points at, from the README’s help sections', async () => {
    await pane.page.goto(`${pane.server.url}/support.html`);
    await pane.page.getByRole('heading', { name: 'Hjälp och support' }).waitFor();
    await pane.page.getByRole('heading', { name: 'Help and support' }).waitFor();
    expect(await seriousViolations(pane.page)).toEqual([]);
  });

  it('asked no host but its own for anything, and never for office.js, outside Office', () => {
    // Everything above: opening, calculating, the drawer, the downloads, the example, English.
    expect(pane.requests.filter((url) => new URL(url).pathname === '/taskpane.html').length).toBeGreaterThan(2);
    expect(foreignRequests(pane.requests, pane.server.url)).toEqual([]);
    expect(pane.requests.filter((url) => /office\.js|\/office\//.test(url))).toEqual([]);
    expect(pane.server.missing).toEqual([]);
  });

  it('does not hold the first paint for office.js: no script in the pane.page blocks it', async () => {
    const html = await (await fetch(`${pane.server.url}/taskpane.html`)).text();
    const external = [...html.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]);
    expect(external.length).toBeGreaterThan(0);
    for (const tag of external) expect(tag).toMatch(/\b(defer|async)\b|type="?module/);
    expect(html).not.toMatch(/<script[^>]*src="?[^"\s>]*office\.js/);
    // The build minifies the pane.page and drops quotes it does not need.
    expect(html).toMatch(/<script data-office-js="?office\/office\.js"?>/);
  });

  it('loads office.js, from the build’s address, when Office’s host information is on the page', async () => {
    const inOffice = await pane.browser.context.newPage();
    try {
      const asked = new Promise<string>((resolve) => inOffice.on('request', (request) => request.url().includes('office.js') && resolve(request.url())));
      await inOffice.goto(`${pane.server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$sv-SE$$$$0`);
      await expect(asked).resolves.toBe(`${pane.server.url}/office/office.js`);
    } finally {
      await inOffice.close();
    }
  });
});
