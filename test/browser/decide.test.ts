/**
 * The built pane in headless Chromium, standalone: "Spara som beslutad version" on the example
 * asks for a label in a dialog, saves the version into the opened file, refuses the same label
 * again, and the next Beräkna and the download carry Beslutade versioner and Versionsjämförelse.
 */
import { join } from 'node:path';
import { exampleTables } from '../../src/example';
import { openXlsx } from '../../src/workbook/xlsx';
import { seriousViolations } from './axe';
import { chromiumMissing } from './chromium';
import { panePage } from './pane-page';
import { tempFolder, workbookFile } from './workbooks';

const skip = chromiumMissing();
if (skip) console.warn(skip);
const suite = skip ? describe.skip : describe;

suite('Spara som beslutad version in the browser pane', () => {
  const pane = panePage();

  async function decide(label: string): Promise<void> {
    await pane.page.getByRole('button', { name: 'Spara som beslutad version' }).click();
    const dialog = pane.page.getByRole('dialog', { name: 'Spara som beslutad version' });
    await dialog.getByRole('textbox', { name: /Etikett/ }).fill(label);
    await dialog.getByRole('button', { name: 'Spara' }).click();
  }

  it('saves the version, refuses its label again, and Beräkna and the download carry it', async () => {
    await pane.page.goto(`${pane.server.url}/taskpane.html`);
    const example = await workbookFile('beslut.xlsx', exampleTables());
    await pane.page.locator('input[type="file"]').setInputFiles(example.path);
    await pane.page.getByText('Öppnad: beslut.xlsx').waitFor();

    await pane.page.getByRole('button', { name: 'Spara som beslutad version' }).click();
    const dialog = pane.page.getByRole('dialog', { name: 'Spara som beslutad version' });
    await dialog.waitFor();
    // Nothing to save without a label.
    expect(await dialog.getByRole('button', { name: 'Spara' }).isDisabled()).toBe(true);
    expect(await seriousViolations(pane.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await decide('Servicenämnden 2021-11-18');
    await pane.page.getByText(/Versionen "Servicenämnden 2021-11-18" sparades som beslutad \d{4}-\d\d-\d\d: 38 tjänster och 552 belopp per kund och tjänst/).waitFor({ timeout: 60_000 });
    await pane.page.getByText('Versionen finns i filen du laddar ned.').waitFor();

    await decide('servicenämnden 2021-11-18');
    await pane.page.getByText(/Det finns redan en beslutad version "Servicenämnden 2021-11-18"/).waitFor({ timeout: 60_000 });

    await pane.page.getByRole('button', { name: 'Beräkna' }).click();
    await pane.page.getByText('Beräkningen är klar').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', { name: /Ladda ned resultatet/ }).click()]);
    const saved = join(tempFolder, 'beslut resultat.xlsx');
    await download.saveAs(saved);
    const { readFileSync } = await import('node:fs');
    const tables = await (await openXlsx(new Uint8Array(readFileSync(saved)))).readTables();
    const decided = tables.find((t) => t.name === 'Beslutade_versioner');
    expect(new Set(decided?.rows.map((r) => r[0]))).toEqual(new Set(['Servicenämnden 2021-11-18']));
    expect(decided?.rows).toHaveLength(38 + 552);
    const comparison = tables.find((t) => t.name === 'Versionsjämförelse');
    expect(comparison?.rows[0]?.[6]).toBe('Oförändrad');
    expect(pane.pageErrors).toEqual([]);
  });
});
