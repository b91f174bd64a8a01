/**
 * Skapa nästa års arbetsbok in the standalone page: open this year's workbook, calculate,
 * press the button, and the download is next year's workbook, named for next year.
 */
import { join } from 'node:path';
import { exampleTables } from '../../src/example';
import { openXlsx } from '../../src/workbook/xlsx';
import { chromiumMissing } from './chromium';
import { panePage } from './pane-page';
import { tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

suite('next year’s workbook from the browser page', () => {
  const pane = panePage();

  it('offers the button after a run and downloads next year’s workbook', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    await pane.page.getByRole('heading', { name: 'Intäktsmodell' }).waitFor();
    // No button before a run: next year is made from a workbook that calculates.
    await expect(pane.page.getByRole('button', { name: 'Skapa nästa års arbetsbok' }).count()).resolves.toBe(0);
    const example = await workbookFile('Intäktsmodell 2021.xlsx', exampleTables());
    await pane.page.locator('input[type="file"]').setInputFiles(example.path);
    await pane.page.getByText('Öppnad: Intäktsmodell 2021.xlsx').waitFor();
    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });

    const [download] = await Promise.all([pane.page.waitForEvent('download', { timeout: 60_000 }), pane.page.getByRole('button', { name: 'Skapa nästa års arbetsbok' }).click()]);
    expect(download.suggestedFilename()).toBe('Intäktsmodell 2022.xlsx');
    const saved = join(tempFolder, 'nasta-ar.xlsx');
    await download.saveAs(saved);
    await pane.page.getByText('Arbetsboken för 2022 är skapad').waitFor();
    const { readFileSync } = await import('node:fs');
    const tables = await (await openXlsx(new Uint8Array(readFileSync(saved)))).readTables();
    const settings = new Map(tables.find((t) => t.name === 'Inställningar')!.rows.map((r) => [r[0], r[1]]));
    expect(settings.get('Budgetår')).toBe(2022);
    expect(tables.find((t) => t.name === 'Utfall')!.rows).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  }, 180_000);
});
