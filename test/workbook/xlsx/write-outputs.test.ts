import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SheetNotOwnedError } from '../../../src/workbook/port';
import { createXlsx, openXlsx, TableNameTakenError } from '../../../src/workbook/xlsx';
import { cellElement, fixture, numberFormatOf, partText, sheetParts, sheetXml } from './package-inspection';
import { sampleOutputs } from './sample-outputs';

async function writtenSample(): Promise<Uint8Array> {
  const workbook = createXlsx();
  await workbook.writeOutputs(sampleOutputs());
  return workbook.toBuffer();
}

describe('writeOutputs', () => {
  it('writes each output on its own sheet as a table of that name, and reads it back', async () => {
    const reread = await (await openXlsx(await writtenSample())).readTables();
    expect(reread).toEqual(
      sampleOutputs().map((output) => ({
        name: output.name,
        sheet: output.name,
        headers: output.columns.map((c) => c.header),
        rows: output.rows,
        origin: { row: 1, column: 1 },
      })),
    );
  });

  it('formats numbers by column meaning', async () => {
    const bytes = await writtenSample();
    const formats = await Promise.all(
      ['A2', 'C2', 'D2', 'E2', 'E3', 'F2'].map((cell) => numberFormatOf(bytes, 'Prislista', cell)),
    );
    expect(formats).toEqual([
      '@', // text
      '#,##0', // kr: "1 234 567" in Swedish Excel
      '#,##0.00', // price
      '#,##0', // a whole quantity shows no decimal separator
      '#,##0.##', // a fractional one shows its decimals
      '0.00%', // percent
    ]);
  });

  it('freezes the header row and sizes the columns', async () => {
    const sheet = await sheetXml(await writtenSample(), 'Prislista');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
    ]);
    // Every column has a width; "Självkostnad" (12 characters) is wider than "Pris".
    expect(widths.map(([min, max]) => max! - min! + 1).reduce((a, b) => a + b, 0)).toBe(6);
    const widthOf = (column: number) => widths.find(([min, max]) => min! <= column && column <= max!)![2]!;
    expect(widthOf(3)).toBeGreaterThan(widthOf(4));
  });

  it('stores text that starts with = + - @ as text, never as a formula', async () => {
    const bytes = await writtenSample();
    const sheet = await sheetXml(bytes, 'Kontroller');
    for (const address of ['C2', 'C3', 'C4', 'C5']) {
      const cell = cellElement(sheet, address)!;
      expect(cell).toContain('t="inlineStr"');
      expect(cell).not.toContain('<f>');
    }
    expect(cellElement(sheet, 'C2')).toContain('<is><t>=SUM(A1:A2) ser ut som en formel</t></is>');
  });

  it('writes an output without rows as a header and one empty body row that reads as no rows', async () => {
    const bytes = await writtenSample();
    const parts = await sheetParts(bytes);
    const rels = await partText(bytes, parts.get('Avvikelsepivot')!.part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const tablePart = `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`;
    const table = await partText(bytes, tablePart);
    expect(table).toMatch(/<table [^>]*ref="A1:B2"/);
    expect(table).toMatch(/<autoFilter ref="A1:B2"/);
    const reread = await (await openXlsx(bytes)).readTables();
    expect(reread.find((t) => t.name === 'Avvikelsepivot')).toMatchObject({ headers: ['Kund', 'Totalt'], rows: [] });
  });

  it('records the sheets it created in the very hidden sheet _intaktsmodell', async () => {
    const bytes = await writtenSample();
    const parts = await sheetParts(bytes);
    expect(parts.get('_intaktsmodell')?.state).toBe('veryHidden');
    const reread = await openXlsx(bytes);
    expect(await listedSheets(bytes)).toEqual(['Prislista', 'Avvikelsepivot', 'Kontroller']);
    expect((await reread.readTables()).map((t) => t.sheet)).not.toContain('_intaktsmodell');
  });

  it('replaces its own sheets on the next run, in the same place, leaving the inputs alone', async () => {
    const first = await openXlsx(fixture('libreoffice.xlsx'));
    const inputs = await first.readTables();
    await first.writeOutputs(sampleOutputs());
    const second = await openXlsx(await first.toBuffer());
    const changed = sampleOutputs();
    changed[0]!.rows = [['Ny tjänst', 'Tim', 1, 2, 3, 0.1]];
    await second.writeOutputs(changed);
    const bytes = await second.toBuffer();

    expect([...(await sheetParts(bytes)).keys()]).toEqual([
      'Nycklar',
      'Tjänster',
      'Volymer',
      'Kostnader',
      'Övrigt',
      'Prislista',
      'Avvikelsepivot',
      'Kontroller',
      '_intaktsmodell',
    ]);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.slice(0, inputs.length)).toEqual(inputs);
    expect(tables.filter((t) => t.name === 'Prislista').map((t) => t.rows)).toEqual([[['Ny tjänst', 'Tim', 1, 2, 3, 0.1]]]);
    expect(await listedSheets(bytes)).toEqual(['Prislista', 'Avvikelsepivot', 'Kontroller']);
  });

  it('refuses, naming every such sheet and changing nothing, when sheets of output names are not its own', async () => {
    const workbook = createXlsx();
    // A user sheet that differs only in case is the same sheet name to Excel.
    await workbook.writeInputTables([
      { name: 'Prislista', sheet: '', headers: ['Egen'], rows: [['mitt']] },
      { name: 'KONTROLLER', sheet: '', headers: ['Egen'], rows: [['mitt']] },
    ]);
    await workbook.writeOutputs([sampleOutputs()[1]!]); // Avvikelsepivot, now owned
    const reopened = await openXlsx(await workbook.toBuffer());
    const beforeRefusal = await reopened.readTables();

    const attempt = reopened.writeOutputs(sampleOutputs());
    await expect(attempt).rejects.toThrow(SheetNotOwnedError);
    await expect(reopened.writeOutputs(sampleOutputs())).rejects.toMatchObject({ sheets: ['Prislista', 'KONTROLLER'] });
    expect(await reopened.readTables()).toEqual(beforeRefusal);
    const after = await reopened.toBuffer();
    expect([...(await sheetParts(after)).keys()]).toEqual(['Prislista', 'KONTROLLER', 'Avvikelsepivot', '_intaktsmodell']);
    expect(await listedSheets(after)).toEqual(['Avvikelsepivot']);
  });

  it('refuses when a table elsewhere already has an output table name', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables([{ name: 'Indata', sheet: '', headers: ['A'], rows: [[1]] }]);
    const bytes = await workbook.toBuffer();
    const renamed = await openXlsx(await renameTable(bytes, 'Indata', 'Prislista'));
    await expect(renamed.writeOutputs(sampleOutputs())).rejects.toThrow(TableNameTakenError);
    expect((await renamed.readTables()).map((t) => t.sheet)).toEqual(['Indata']);
  });

  it('rejects two outputs that would get the same sheet or table name', async () => {
    const workbook = createXlsx();
    const [prislista] = sampleOutputs();
    await expect(workbook.writeOutputs([{ ...prislista!, name: 'Pris lista' }, { ...prislista!, name: 'Pris_lista' }])).rejects.toThrow(
      /två gånger/,
    );
    await expect(workbook.writeOutputs([prislista!, { ...prislista!, name: 'PRISLISTA' }])).rejects.toThrow(/två gånger/);
    expect(await workbook.readTables()).toEqual([]);
  });

  it('checks every output before replacing any sheet', async () => {
    const workbook = await openXlsx(await writtenSample());
    const before = await workbook.readTables();
    const outputs = sampleOutputs();
    outputs[2]!.columns[1]!.header = 'nivå'; // the same header as "Nivå" to Excel
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(/dubblerad kolumnrubrik/);
    expect(await workbook.readTables()).toEqual(before);
  });

  it('rejects numbers Excel cannot store, before writing anything', async () => {
    const workbook = createXlsx();
    const outputs = sampleOutputs();
    outputs[2]!.rows.push(['Fel', Number.NaN, 'x']);
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(/Kontroller rad 5 kolumn Rad/);
    expect(await workbook.readTables()).toEqual([]);
  });
});

/** Column A of the ownership sheet, read with plain exceljs. */
async function listedSheets(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('_intaktsmodell')!;
  const names: string[] = [];
  sheet.getColumn(1).eachCell((cell) => names.push(String(cell.value)));
  return names;
}

async function renameTable(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(`name="${from}" displayName="${from}"`, `name="${to}" displayName="${to}"`));
  }
  return zip.generateAsync({ type: 'uint8array' });
}
