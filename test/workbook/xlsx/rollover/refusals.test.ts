import JSZip from 'jszip';
import type { CellValue, RawTable } from '../../../../src/engine/cells';
import { WorkbookMessageError } from '../../../../src/workbook/messages/error';
import { renderWorkbookMessage } from '../../../../src/workbook/messages/catalog';
import { createXlsx, openXlsx } from '../../../../src/workbook/xlsx';
import { writeRolledWorkbook } from '../../../../src/workbook/xlsx/rollover/write-rolled-workbook';
import { gather } from './rolled-example';

const settings = (rows: CellValue[][]): RawTable => ({ name: 'Inställningar', sheet: 'Inställningar', headers: ['Parameter', 'Värde'], rows });
const services = (rows: CellValue[][]): RawTable => ({ name: 'Tjänster', sheet: 'Tjänster', headers: ['Tjänst', 'Pris'], rows });

async function workbook(tables: RawTable[], patch?: (sheet: string) => string, sheetPart = 'xl/worksheets/sheet1.xml'): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  const bytes = await wb.toBuffer();
  if (!patch) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  zip.file(sheetPart, patch(await zip.file(sheetPart)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refusal(input: Uint8Array, next: RawTable[]): Promise<[string, string]> {
  const before = await (await openXlsx(input)).readTables();
  try {
    await writeRolledWorkbook(input, before, next);
  } catch (error) {
    if (error instanceof WorkbookMessageError) return [renderWorkbookMessage(error.text, 'sv'), renderWorkbookMessage(error.text, 'en')];
    throw error;
  }
  throw new Error('not refused');
}

describe('refusing what cannot be rolled safely', () => {
  it('refuses a formula in a row that must move up, naming its cell', async () => {
    const input = await workbook([settings([['Budgetår', 2021], ['Uppföljning t.o.m.', 6], ['Tröskel', 0.02]])], (xml) =>
      xml.replace(/<c r="B4"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, '<c r="B4"><f>1/50</f><v>0.02</v></c>'),
    );
    const [sv, en] = await refusal(input, [settings([['Budgetår', 2022], ['Tröskel', 0.02]])]);
    expect(sv).toContain('Inställningar!B4');
    expect(sv).toContain('har en formel och skulle flyttas upp');
    expect(en).toContain('Inställningar!B4');
  });

  it('refuses a value where a column is added, naming its cell', async () => {
    const input = await workbook([services([['Lev', 10]])], (xml) => xml.replace('</row></sheetData>', '<c r="C2" t="inlineStr"><is><t>anteckning</t></is></c></row></sheetData>'));
    const [sv, en] = await refusal(input, [{ ...services([['Lev', 10, 10]]), headers: ['Tjänst', 'Pris', 'Fjolårspris'] }]);
    expect(sv).toBe('Tabellen Tjänster behöver växa i nästa års arbetsbok, men cellen Tjänster!C2 under eller bredvid den är inte tom; flytta det som står där och gör om.');
    expect(en).toContain('Tjänster!C2');
  });

  it('refuses a value below a table that grows', async () => {
    const input = await workbook([services([['Lev', 10]])], (xml) => xml.replace('</sheetData>', '<row r="3"><c r="A3" t="inlineStr"><is><t>under</t></is></c></row></sheetData>'));
    const [sv] = await refusal(input, [services([['Kassa', 5], ['Lev', 10]])]);
    expect(sv).toContain('Tjänster!A3');
  });

  it('adds a column, keeps formulas that do not change, and writes text as text', async () => {
    const input = await workbook([services([['Lev', 10], ['=1+1', 5]])], (xml) => xml.replace(/<c r="B2"([^>]*?)>[\s\S]*?<\/c>/, '<c r="B2"$1><f>5*2</f><v>10</v></c>'));
    const before = await (await openXlsx(input)).readTables();
    const next = [{ ...before[0]!, headers: ['Tjänst', 'Pris', 'Fjolårspris'], rows: [['Lev', 10, '=SUM(A1)'], ['=1+1', 5, 5]] as CellValue[][] }];
    const out = await gather((await writeRolledWorkbook(input, before, next)).chunks);
    const sheet = await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<f>5*2</f>');
    expect(sheet).not.toContain('<f>SUM');
    const read = (await (await openXlsx(out)).readTables())[0]!;
    expect(read.headers).toEqual(['Tjänst', 'Pris', 'Fjolårspris']);
    expect(read.rows).toEqual([['Lev', 10, '=SUM(A1)'], ['=1+1', 5, 5]]);
  });
});
