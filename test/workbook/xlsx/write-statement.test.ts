import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runModel } from '../../../src/engine';
import { customerStatement } from '../../../src/engine/statement';
import { exampleTables } from '../../../src/example';
import { statementsXlsx } from '../../../src/workbook/xlsx';

const calc = runModel(exampleTables()).calculation!;
const CUSTOMERS = ['Södermalm stadsdelsförvaltning', 'Utbildningsförvaltningen', 'Stadsledningskontoret'];

async function written(customers: string[]): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const bytes = await statementsXlsx(customers.map((c) => customerStatement(calc, c)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, workbook };
}

function rowOf(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return sheet.getRow(r);
  throw new Error(`no row "${text}" on ${sheet.name}`);
}

describe('Kundbesked as xlsx', () => {
  it('one sheet per customer, named within Excel’s 31 characters, set up to print on A4 portrait fitted to the width', async () => {
    const { workbook } = await written(CUSTOMERS);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Kundbesked Södermalm sdf', 'Kundbesked Utbildningsförv.', 'Kundbesked Stadsledningskontor…']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printArea).toMatch(/^A1:H\d+$/);
      expect(sheet.headerFooter.oddFooter).toMatch(/Sida &P av &N/);
    }
  });

  it('title, customer and period on top; per service Grund, Underlag with its unit, Pris, Belopp and last year, in Swedish number formats', async () => {
    const { workbook } = await written(['Södermalm stadsdelsförvaltning']);
    const sheet = workbook.worksheets[0]!;
    expect([1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'Kundbesked 2021',
      'Södermalm stadsdelsförvaltning',
      'Kundtyp: Stadsdelsförvaltning',
      'Budgetår 2021 (1 januari–31 december 2021)',
    ]);
    const lev = rowOf(sheet, 'Leverantörsreskontra');
    // I fjol: what Södermalm was invoiced (the example's Fjolårsbelopp): 16,10 × 95 100 + 75 000 deviation charges.
    expect([2, 3, 4, 6, 7].map((c) => lev.getCell(c).value)).toEqual(['Volym (faktura)', 89_300, 15.03, 1_422_429, 1_606_110]);
    expect(lev.getCell(3).numFmt).toBe('#,##0 "faktura"');
    expect(lev.getCell(4).numFmt).toBe('#,##0.00');
    expect(lev.getCell(6).numFmt).toBe('#,##0');
    expect(lev.getCell(8).value).toBeCloseTo((1_422_429 - 1_606_110) / 1_606_110, 12);
    expect(lev.getCell(8).numFmt).toBe('+0.0%;-0.0%;0.0%');
    const kassa = rowOf(sheet, 'Kassa och bank');
    expect(kassa.getCell(5).numFmt).toBe('0.00%');
    const s = customerStatement(calc, 'Södermalm stadsdelsförvaltning');
    expect(rowOf(sheet, 'Totalt').getCell(6).value).toBe(s.total);
    expect(rowOf(sheet, 'varav extra hantering (avvikelser)').getCell(6).value).toBe(916_375);
    // the deviation table, and the sentences
    const texts = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Er extra hantering kostar er 916\u00a0375\u00a0kr per år (11\u00a0900 avvikelser).');
    expect(texts).toContain(s.texts.comparison);
    expect(texts).toEqual(expect.arrayContaining(s.texts.method));
  });
});

function hasLibreOffice(): boolean {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The page count of the PDF LibreOffice prints: one A4 page per customer of the example.
(hasLibreOffice() ? describe : describe.skip)('Kundbesked printed by LibreOffice', () => {
  it('prints each customer of the example on one A4 portrait page', async () => {
    const { bytes } = await written(CUSTOMERS);
    const dir = mkdtempSync(join(tmpdir(), 'lo-statement-'));
    try {
      writeFileSync(join(dir, 'in.xlsx'), bytes);
      execFileSync(
        'libreoffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = readFileSync(join(dir, 'out', readdirSync(join(dir, 'out'))[0]!)).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(CUSTOMERS.length);
      // A4 portrait: 595 × 842 points
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
