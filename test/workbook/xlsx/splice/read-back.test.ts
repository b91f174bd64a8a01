/** What the splice writes reads back as it was given, looks as the outputs always looked, and leaves the inputs alone. */
import { StreamedTable, type OutputTable, type OutputValue } from '../../../../src/engine/output';
import { openXlsx } from '../../../../src/workbook/xlsx';
import { cellElement, fixture, numberFormatOf, partText, sheetParts, sheetXml } from '../package-inspection';
import { sampleOutputs } from '../sample-outputs';
import { spliced } from './spliced';

const asRead = (output: OutputTable) => ({
  name: output.name,
  sheet: output.name,
  headers: output.columns.map((c) => c.header),
  rows: output.rows,
  origin: { row: 1, column: 1 },
});

describe('splicedPackage: what was written reads back', () => {
  it('the outputs as tables of their names after the inputs, which read as before', async () => {
    const input = fixture('libreoffice.xlsx');
    const inputs = await (await openXlsx(input)).readTables();
    const { bytes } = await spliced(input, sampleOutputs());
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables).toEqual([...inputs, ...sampleOutputs().map(asRead)]);
    expect([...(await sheetParts(bytes)).entries()].map(([name, { state }]) => `${name} ${state}`)).toEqual([
      'Nycklar visible',
      'Tjänster visible',
      'Volymer visible',
      'Kostnader visible',
      'Övrigt visible',
      'Prislista visible',
      'Avvikelsepivot visible',
      'Kontroller visible',
      '_intaktsmodell veryHidden',
    ]);
  });

  it('numbers formatted by column meaning, text that looks like a formula kept as text', async () => {
    const { bytes } = await spliced(fixture('openpyxl.xlsx'), sampleOutputs());
    const formats = await Promise.all(['A2', 'C2', 'D2', 'E2', 'E3', 'F2', 'D4'].map((cell) => numberFormatOf(bytes, 'Prislista', cell)));
    expect(formats).toEqual(['@', '#,##0', '#,##0.00', '#,##0', '#,##0.##', '0.00%', '#,##0.00']);
    const sheet = await sheetXml(bytes, 'Kontroller');
    for (const address of ['C2', 'C3', 'C4', 'C5']) {
      expect(cellElement(sheet, address)).toMatch(/t="inlineStr"/);
      expect(cellElement(sheet, address)).not.toMatch(/<f>/);
    }
    expect(cellElement(sheet, 'C2')).toContain('<t>=SUM(A1:A2) ser ut som en formel</t>');
  });

  it('a frozen header row, columns as wide as their widest text, the table at A1 with filter buttons and stripes', async () => {
    const { bytes } = await spliced(fixture('libreoffice.xlsx'), sampleOutputs());
    const sheet = await sheetXml(bytes, 'Prislista');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*topLeftCell="A2"[^>]*state="frozen"/);
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\1" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    // Header + 3 for the filter button, at least 10: "Självkostnad" 15, "Förändring" 13; "Pris" 10.
    expect(widths).toEqual([10, 13, 15, 10, 10, 13]);
    const rels = await partText(bytes, (await sheetParts(bytes)).get('Prislista')!.part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const table = await partText(bytes, `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`);
    expect(table).toMatch(/<table [^>]*name="Prislista" displayName="Prislista" ref="A1:F4"/);
    expect(table).toContain('<autoFilter ref="A1:F4"/>');
    expect(table).toMatch(/<tableStyleInfo name="TableStyleMedium2"[^>]*showRowStripes="1"/);
  });

  it('an output without rows as a header and one empty body row, read back as no rows', async () => {
    const { bytes } = await spliced(fixture('libreoffice.xlsx'), sampleOutputs());
    const rels = await partText(bytes, (await sheetParts(bytes)).get('Avvikelsepivot')!.part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const table = await partText(bytes, `xl/tables/${/Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1]}`);
    expect(table).toMatch(/<table [^>]*ref="A1:B2"/);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.find((t) => t.name === 'Avvikelsepivot')).toMatchObject({ headers: ['Kund', 'Totalt'], rows: [] });
  });

  it('texts with tabs, line breaks, carriage returns, spaces at the ends, markup characters and emoji', async () => {
    const texts = ['tab\there', ' inledande mellanslag ', 'rad\nbrytning', 'vagn\r\nretur', 'bara\rvagnretur', '<&>"\'', 'emoji 🙂'];
    const output: OutputTable = { name: 'Kontroller', columns: [{ header: 'Text', format: 'text' }], rows: texts.map((t) => [t]) };
    const { bytes } = await spliced(fixture('libreoffice.xlsx'), [output]);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.find((t) => t.name === 'Kontroller')!.rows).toEqual(texts.map((t) => [t]));
  });

  it('control characters XML 1.0 cannot hold as Excel writes them (_xHHHH_), and a text that looks like such an escape escaped itself', async () => {
    const texts = ['styr\u0001tecken\u001f', 'x_x0041_y', '_x005F_', 'nul\u0000'];
    const output: OutputTable = { name: 'Kontroller', columns: [{ header: 'Text', format: 'text' }], rows: texts.map((t) => [t]) };
    const { bytes } = await spliced(fixture('libreoffice.xlsx'), [output]);
    const sheet = await sheetXml(bytes, 'Kontroller');
    const cells = ['A2', 'A3', 'A4', 'A5'].map((a) => /<t[^>]*>([^<]*)<\/t>/.exec(cellElement(sheet, a)!)![1]);
    expect(cells).toEqual(['styr_x0001_tecken_x001F_', 'x_x005F_x0041_y', '_x005F_x005F_', 'nul_x0000_']);
    // As Excel reads ST_Xstring (ECMA-376 Part 1, 22.9.2.19): each _xHHHH_ is one UTF-16 code unit.
    const excelReads = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(cells.map((c) => excelReads(c!))).toEqual(texts);
  });

  it('a streamed table a block at a time: the same rows, made twice (checked, then written), never kept', async () => {
    const made: number[] = [];
    const row = (i: number): OutputValue[] => [`Kund ${i}`, i * 1.25, i % 3 === 0 ? null : i];
    const table = new StreamedTable(
      'Fakturaunderlag',
      [
        { header: 'Kund', format: 'text' },
        { header: 'Belopp', format: 'price' },
        { header: 'Antal', format: 'number' },
      ],
      10_000,
      function* () {
        made.push(0);
        for (let start = 0; start < 10_000; start += 4096) {
          yield Array.from({ length: Math.min(4096, 10_000 - start) }, (_, k) => row(start + k));
        }
      },
    );
    const { bytes } = await spliced(fixture('libreoffice.xlsx'), [table]);
    expect(made).toHaveLength(2);
    expect(table.stream).toBeDefined();
    const read = (await (await openXlsx(bytes)).readTables()).find((t) => t.name === 'Fakturaunderlag')!;
    expect(read.rows).toHaveLength(10_000);
    expect(read.rows[9_999]).toEqual(row(9_999));
    expect(read.rows.slice(0, 4)).toEqual([row(0), row(1), row(2), row(3)]);
  });
});
