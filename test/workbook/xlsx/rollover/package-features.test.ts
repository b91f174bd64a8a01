import JSZip from 'jszip';
import { runModel } from '../../../../src/engine';
import type { RawTable } from '../../../../src/engine/cells';
import { rolloverTables } from '../../../../src/engine/rollover';
import { exampleTables } from '../../../../src/example';
import { createXlsx, openXlsx } from '../../../../src/workbook/xlsx';
import { writeRolledWorkbook } from '../../../../src/workbook/xlsx/rollover/write-rolled-workbook';
import { addDefinedName, addPivotTable, addVbaProject } from '../feature-parts';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';
import { gather, thisYearsWorkbook } from './rolled-example';

async function roll(input: Uint8Array) {
  const before = await (await openXlsx(input)).readTables();
  const next = rolloverTables(before, runModel(before).calculation!);
  const rolled = await writeRolledWorkbook(input, before, next);
  return { next, rolled, output: await gather(rolled.chunks) };
}

const sheetNames = (workbookXml: string) => [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);

describe('next year’s package', () => {
  it('puts Fjolårsbelopp on a sheet of its own when this year has none', async () => {
    const wb = createXlsx();
    await wb.writeInputTables(exampleTables().filter((t) => t.name !== 'Fjolårsbelopp'));
    const input = await wb.toBuffer();
    const { next, rolled, output } = await roll(input);
    expect(rolled.added).toEqual(['Fjolårsbelopp']);
    const zip = await JSZip.loadAsync(output);
    const sheets = sheetNames(await zip.file('xl/workbook.xml')!.async('string'));
    expect(sheets[sheets.length - 1]).toBe('Fjolårsbelopp');
    const read = (await (await openXlsx(output)).readTables()).find((t) => t.name === 'Fjolårsbelopp') as RawTable;
    const expected = next.find((t) => t.name === 'Fjolårsbelopp')!;
    expect(read.headers).toEqual(['Kund', 'Tjänst', 'Belopp', 'Varav avvikelser']);
    expect(read.rows.length).toBeGreaterThan(100);
    expect(read.rows).toEqual(expected.rows);
    if (xlsxCheckAvailable()) expect(xlsxFindings(output)).toEqual([]);
  }, 120_000);

  it('keeps the macros, drops the outputs’ defined names and renumbers the sheet-local ones after them', async () => {
    const zip = await JSZip.loadAsync(await thisYearsWorkbook());
    // The user's notes sheet moved last, after the outputs, with a print area of its own.
    let workbook = await zip.file('xl/workbook.xml')!.async('string');
    const notesTag = /<sheet [^>]*name="Anteckningar"[^>]*\/>/.exec(workbook)![0];
    workbook = workbook.replace(notesTag, '').replace('</sheets>', `${notesTag}</sheets>`);
    zip.file('xl/workbook.xml', workbook);
    const before = sheetNames(workbook);
    await addDefinedName(zip, '_xlnm.Print_Area', 'Anteckningar!$A$1:$C$9', ` localSheetId="${before.indexOf('Anteckningar')}"`);
    await addDefinedName(zip, '_xlnm.Print_Area', 'Prislista!$A$1:$D$9', ` localSheetId="${before.indexOf('Prislista')}"`);
    await addDefinedName(zip, 'Priserna', "'Prislista'!$A$1:$D$9");
    await addDefinedName(zip, 'Budgetcell', 'Inställningar!$B$2');
    await addVbaProject(zip);
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });

    const { output } = await roll(input);
    const out = await JSZip.loadAsync(output);
    const xml = await out.file('xl/workbook.xml')!.async('string');
    const after = sheetNames(xml);
    // 19 input sheets, then the notes: index 19 (the outputs before it are gone).
    expect(after.indexOf('Anteckningar')).toBe(19);
    const names = [...xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(names).toEqual(['name="_xlnm.Print_Area" localSheetId="19" Anteckningar!$A$1:$C$9', 'name="Budgetcell" Inställningar!$B$2']);
    expect(Object.keys(out.files)).toContain('xl/vbaProject.bin');
    expect(await out.file('[Content_Types].xml')!.async('string')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(await (await openXlsx(output)).hasMacros()).toBe(true);
  }, 120_000);

  it('leaves a PivotTable on an output sheet out with it, and the package stays sound', async () => {
    const zip = await JSZip.loadAsync(await thisYearsWorkbook());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const id = /<sheet [^>]*name="Avvikelsepivot"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
    const part = `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    await addPivotTable(zip, part, 1);
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { output } = await roll(input);
    const out = await JSZip.loadAsync(output);
    expect(Object.keys(out.files).filter((f) => f.startsWith('xl/pivotTables/'))).toEqual([]);
    if (xlsxCheckAvailable()) expect(xlsxFindings(output)).toEqual(["[formula] Anteckningar!B2 formula 'Tjänster!A2' {}"]);
  }, 120_000);

  it('moves a month typed as a date to next year, in the cell’s own date format', async () => {
    const wb = createXlsx();
    const profile: RawTable = { name: 'Månadsprofil', sheet: 'Månadsprofil', headers: ['Tjänst', 'Månad', 'Andel'], rows: [['Lev', { date: '2021-03-01' }, 0.5]] };
    await wb.writeInputTables([profile]);
    const input = await wb.toBuffer();
    const before = await (await openXlsx(input)).readTables();
    expect(before[0]!.rows[0]![1]).toEqual({ date: '2021-03-01' });
    const out = await gather((await writeRolledWorkbook(input, before, [{ ...before[0]!, rows: [['Lev', { date: '2022-03-01' }, 0.5]] }])).chunks);
    expect((await (await openXlsx(out)).readTables())[0]!.rows).toEqual([['Lev', { date: '2022-03-01' }, 0.5]]);
    const cell = (xml: string) => /<c r="B2"[^>]*>[\s\S]*?<\/c>/.exec(xml)![0];
    const inSheet = cell(await (await JSZip.loadAsync(input)).file('xl/worksheets/sheet1.xml')!.async('string'));
    const outSheet = cell(await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string'));
    // 2021-03-01 is serial 44256; a year later 44621 (365 days); the format (s) stays.
    expect(inSheet).toContain('<v>44256</v>');
    expect(outSheet).toBe(inSheet.replace('<v>44256</v>', '<v>44621</v>'));
  });

  it('refuses a shared formula whose first cell goes while others keep it', async () => {
    const wb = createXlsx();
    const services: RawTable = { name: 'Tjänster', sheet: 'Tjänster', headers: ['Tjänst', 'Pris'], rows: [['A', 1], ['B', 2]] };
    await wb.writeInputTables([services]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    let sheet = await zip.file(part)!.async('string');
    sheet = sheet
      .replace(/<c r="B2"([^>]*?)>[\s\S]*?<\/c>/, '<c r="B2"$1><f t="shared" ref="B2:B3" si="0">ROW()-1</f><v>1</v></c>')
      .replace(/<c r="B3"([^>]*?)>[\s\S]*?<\/c>/, '<c r="B3"$1><f t="shared" si="0"/><v>2</v></c>');
    zip.file(part, sheet);
    const input = await zip.generateAsync({ type: 'uint8array' });
    const before = await (await openXlsx(input)).readTables();
    // B2's value changes: it would be written as a number, leaving B3 without its formula.
    const next = [{ ...before[0]!, rows: [['A', 5], ['B', 2]] }];
    await expect(writeRolledWorkbook(input, before, next)).rejects.toThrow('cellen Tjänster!B3 har en formel som delas med celler som ändras eller tas bort');
  });
});
