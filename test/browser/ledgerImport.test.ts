/**
 * The pane's import from the ledger in the built page, standalone: a workbook with Kontering and
 * an earlier import is opened, a CSV export chosen; the reconciliation and the combination without
 * a rule show; "Nej" writes nothing, "Ja, skriv" writes; the next Beräkna and the download have
 * the rows. axe-core finds no serious violation with the preview and with the dialog open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx } from '../../src/workbook/xlsx';
import { seriousViolations } from './axe';
import { chromiumMissing } from './chromium';
import { panePage } from './pane-page';
import { EARLIER_IMPORT as OLD, ledgerWorkbook } from '../taskpane/ledgerWorkbook';
import { tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

suite('the pane’s import from the ledger (browser)', () => {
  const pane = panePage();

  it('shows the reconciliation, asks, writes on yes only, and Beräkna and the download have the rows', async () => {
    const workbook = await workbookFile('med-kontering.xlsx', ledgerWorkbook());
    const ledger = join(tempFolder, 'budget.csv');
    // 5410 with Ansvar 200 fits no rule. By hand: ledger 3 258 766, without a rule 10 000, imported 3 248 766.
    writeFileSync(ledger, ['Konto;Ansvar;Belopp', '7010;100;"3 000 000"', '7020;100;250 000,50', '5410;100;-1 234,50', '5410;200;10 000', ''].join('\r\n'));

    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    await pane.page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(workbook.path);
    await pane.page.getByText('Öppnad: med-kontering.xlsx').waitFor();
    await pane.page.locator('input[type="file"][accept^=".se"]').setInputFiles(ledger);
    await pane.page.getByText(/^Läste budget\.csv/).waitFor({ timeout: 60_000 });

    const reconciliation = pane.page.getByRole('table', { name: 'Avstämning' });
    expect(plain(await reconciliation.textContent())).toBe('Huvudboken3 258 766 kr− utan regel10 000 kr= importeras3 248 766 kr');
    const unmapped = pane.page.getByRole('table', { name: /saknar regel i Kontering/ });
    expect(plain(await unmapped.getByRole('row').nth(1).textContent())).toBe('541020010 000 kr5');
    expect(await seriousViolations(pane.page)).toEqual([]);

    const write = pane.page.getByRole('button', { name: 'Skriv i Kostnader …' });
    await write.click();
    const dialog = pane.page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(plain(await dialog.textContent())).toContain('Skriv 2 rader i Kostnader? 1 tidigare importerad rad ersätts, dina egna 54 rader behålls.');
    // Judged once the dialog has faded in: mid-fade its buttons' colours are not yet theirs.
    await pane.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 });
    expect(await seriousViolations(pane.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Nej' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(pane.page.getByText(/^Skrev 2 importerade rader/).count()).resolves.toBe(0);

    await write.click();
    await pane.page.getByRole('alertdialog').getByRole('button', { name: 'Ja, skriv' }).click();
    await pane.page.getByText('Skrev 2 importerade rader i Kostnader: 1 tidigare importerad rad ersattes, 54 egna rader behölls.', { exact: false }).waitFor({ timeout: 60_000 });

    await pane.page.getByRole('button', { name: 'Beräkna', exact: true }).click();
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', { name: /Ladda ned/ }).first().click()]);
    const saved = join(tempFolder, 'med-import.xlsx');
    await download.saveAs(saved);
    const costs = (await (await openXlsx(new Uint8Array(readFileSync(saved)))).readTables()).find((t) => t.name === 'Kostnader')!;
    expect(costs.rows.slice(-2).map((r) => [r[0], r[2]])).toEqual([
      ['Ekonomi', 3_250_000.5],
      ['Reskontra', -1_234.5],
    ]);
    expect(costs.rows.some((r) => r[4] === OLD)).toBe(false);
    expect(pane.pageErrors).toEqual([]);
  }, 180_000);
});
