/**
 * Opens what the adapter writes in LibreOffice Calc, the one independent spreadsheet program
 * available here: LibreOffice must see the same tables and show the number formats. Skipped
 * where LibreOffice is not installed (CI); to run it:
 *   apt-get install -y --no-install-recommends libreoffice-calc
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx } from '../../../src/workbook/xlsx';
import { fixture } from './package-inspection';
import { sampleOutputs } from './sample-outputs';

function hasLibreOffice(): boolean {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function convert(bytes: Uint8Array, filter: string): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), bytes);
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')],
      { stdio: 'ignore', timeout: 60_000 },
    );
    const out = join(dir, 'out');
    return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(hasLibreOffice() ? describe : describe.skip)('LibreOffice opens written workbooks', () => {
  let written: Uint8Array;
  beforeAll(async () => {
    const workbook = await openXlsx(fixture('libreoffice.xlsx'));
    await workbook.writeOutputs(sampleOutputs());
    written = await workbook.toBuffer();
  });

  it('and finds the same tables when it saves them again', async () => {
    const resaved = convert(written, 'xlsx:Calc MS Excel 2007 XML').get('in.xlsx')!;
    const theirs = await (await openXlsx(resaved)).readTables();
    const ours = await (await openXlsx(written)).readTables();
    expect(theirs).toEqual(ours);
  });

  it('and shows the numbers as formatted', () => {
    // CSV of every sheet, UTF-8, cells as shown (LibreOffice's locale here: en-US).
    const csv = convert(written, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1');
    const prislista = csv.get('in-Prislista.csv')!.toString('utf8');
    expect(prislista.split('\n')[1]).toBe('Lön,Blandad,"1,234,567",53.50,"12,000",36.47%');
    expect(prislista.split('\n')[2]).toBe('Faktura,Styck,"250,000",12.25,1.5,-2.00%');
    const pivot = csv.get('in-Avvikelsepivot.csv')!.toString('utf8');
    expect(pivot.trim()).toBe('Kund,Totalt');
    const kontroller = csv.get('in-Kontroller.csv')!.toString('utf8');
    expect(kontroller).toContain('=SUM(A1:A2) ser ut som en formel');
  });
});
