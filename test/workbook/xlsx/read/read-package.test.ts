import JSZip from 'jszip';
import { openXlsx, UnreadableWorkbookError } from '../../../../src/workbook/xlsx';
import type { RawTable } from '../../../../src/engine/cells';
import { miniPackage, stylesWith, type MiniPackage } from './mini-package';

/** The tables of a hand-written package, through openXlsx as the command line reads them. */
async function tablesOf(spec: MiniPackage): Promise<RawTable[]> {
  return (await openXlsx(await miniPackage(spec))).readTables();
}

const TWO_COLUMNS = { attributes: 'name="Lista" displayName="Lista" ref="A1:B3"', columns: ['Kund', 'Belopp'] };
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kund</t></is></c><c r="B1" t="inlineStr"><is><t>Belopp</t></is></c></row>';

describe('the streaming reader reads', () => {
  it('shared strings: rich-text runs joined, the phonetic guide (rPh) left out, _x000D_ escapes decoded', async () => {
    const [table] = await tablesOf({
      sharedStrings:
        '<si><t>Kund</t></si><si><t>Belopp</t></si>' +
        '<si><r><t>Norr</t></r><r><rPr><b/></rPr><t xml:space="preserve">land </t></r><rPh sb="0" eb="4"><t>ノルル</t></rPh></si>' +
        '<si><t>rad_x000D_två</t></si>',
      rows:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>5</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>6</v></c></row>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.headers).toEqual(['Kund', 'Belopp']);
    expect(table!.rows).toEqual([['Norrland ', 5], ['rad\rtvå', 6]]);
  });

  it('inline strings, plain and in runs', async () => {
    const [table] = await tablesOf({
      rows: header +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Syd</t></is></c><c r="B2" t="inlineStr"><is><r><t>1</t></r><r><t>2</t></r></is></c></row>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.rows).toEqual([['Syd', '12']]);
  });

  it('empty values (<v/>) as empty cells, also in shared-string and inline-string cells', async () => {
    const [table] = await tablesOf({
      sharedStrings: '<si><t>Öst</t></si>',
      rows: header + '<row r="2"><c r="A2" t="s"><v/></c><c r="B2"><v></v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t/></is></c><c r="B3"><v>2</v></c></row>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.rows).toEqual([[null, null], [null, 2]]);
  });

  it('shared formulas without values as each cell\'s own formula, and cached values as values', async () => {
    const [table] = await tablesOf({
      rows: header +
        '<row r="2"><c r="A2" t="str"><f>"N"&amp;"o"</f><v>No</v></c><c r="B2"><f t="shared" ref="B2:B3" si="4">$E$1*E2</f></c></row>' +
        '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3"><f t="shared" si="4"/><v></v></c></row>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.rows).toEqual([['No', { formula: '=$E$1*E2' }], [true, { formula: '=$E$1*E3' }]]);
  });

  it('parts that spell their namespace with a prefix (<x:sst>, <x:worksheet>, <x:table>)', async () => {
    const prefixed = (xml: string) => xml.replace(/<(\/?)(?!\/)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2').replace(/xmlns="/, 'xmlns:x="');
    const bytes = await miniPackage({
      sharedStrings: '<si><t>Väst</t></si>',
      rows: header + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>3</v></c></row>',
      tables: [TWO_COLUMNS],
    });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    for (const part of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/tables/table1.xml']) {
      zip.file(part, prefixed(await zip.file(part)!.async('string')));
    }
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<x:sheetData>');
    const tables = await (await openXlsx(await zip.generateAsync({ type: 'uint8array' }))).readTables();
    expect(tables.map((t) => t.rows)).toEqual([[['Väst', 3]]]);
  });

  it('a table whose header row count is 0: its column names as headers, its first row as data', async () => {
    const [table] = await tablesOf({
      rows: '<row r="4"><c r="B4" t="inlineStr"><is><t>Öst</t></is></c><c r="C4"><v>1</v></c></row>' +
        '<row r="5"><c r="B5" t="inlineStr"><is><t>Syd</t></is></c><c r="C5"><v>2</v></c></row>',
      tables: [{ attributes: 'name="Utan" displayName="Utan" ref="B4:C5" headerRowCount="0"', columns: ['Kund', 'Belopp'] }],
    });
    expect(table).toEqual({ name: 'Utan', sheet: 'Data', headers: ['Kund', 'Belopp'], rows: [['Öst', 1], ['Syd', 2]], origin: { row: 3, column: 2 } });
  });

  it('a table with a totals row: the row left out', async () => {
    const [table] = await tablesOf({
      rows: header +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Öst</t></is></c><c r="B2"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Summa</t></is></c><c r="B3"><f>SUBTOTAL(109,B2)</f><v>1</v></c></row>',
      tables: [{ attributes: 'name="Lista" displayName="Lista" ref="A1:B3" totalsRowCount="1"', columns: ['Kund', 'Belopp'] }],
    });
    expect(table!.rows).toEqual([['Öst', 1]]);
  });

  it('only the cells inside each table, tables in the order of <tableParts>, trailing empty rows left out', async () => {
    const tables = await tablesOf({
      rows:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Kund</t></is></c><c r="B1" t="inlineStr"><is><t>Belopp</t></is></c><c r="C1"><v>99</v></c>' +
        '<c r="E1" t="inlineStr"><is><t>Nr</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Öst</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>98</v></c><c r="E2"><v>7</v></c></row>' +
        '<row r="9"><c r="A9"><v>97</v></c></row>',
      tables: [
        { attributes: 'name="Andra" displayName="Andra" ref="E1:E2"', columns: ['Nr'] },
        { attributes: 'name="Lista" displayName="Lista" ref="A1:B4"', columns: ['Kund', 'Belopp'] },
      ],
    });
    expect(tables.map((t) => [t.name, t.headers, t.rows])).toEqual([
      ['Andra', ['Nr'], [[7]]],
      ['Lista', ['Kund', 'Belopp'], [['Öst', 1]]],
    ]);
  });

  it('rows and cells written without r: each after the one before, a row\'s first cell in column A', async () => {
    const [table] = await tablesOf({
      rows:
        '<row><c t="inlineStr"><is><t>Kund</t></is></c><c t="inlineStr"><is><t>Belopp</t></is></c></row>' +
        '<row><c t="inlineStr"><is><t>Öst</t></is></c><c><v>1</v></c></row>' +
        '<row><c r="B3"><v>2</v></c></row>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.headers).toEqual(['Kund', 'Belopp']);
    expect(table!.rows).toEqual([['Öst', 1], [null, 2]]);
  });

  it('dates by cell format (custom and built-in, only cellXfs counted), t="d" ISO dates, and 1904 serials', async () => {
    const rows = (cells: string) => header + `<row r="2">${cells}</row>`;
    const styles = stylesWith([0, 14, 164], '<numFmt numFmtId="164" formatCode="0\\ \\m²"/>');
    const [plain] = await tablesOf({
      styles,
      rows: rows('<c r="A2" s="2"><v>44317.5</v></c><c r="B2" s="1"><v>44317</v></c>'),
      tables: [TWO_COLUMNS],
    });
    // 44317 days after 1899-12-30 is 2021-05-01; s="1" is cellXfs' General, not cellStyleXfs' date.
    expect(plain!.rows).toEqual([[{ date: '2021-05-01T12:00:00' }, 44317]]);
    const [iso] = await tablesOf({ styles, rows: rows('<c r="A2" t="d" s="2"><v>2024-01-31</v></c><c r="B2" s="3"><v>12</v></c>'), tables: [TWO_COLUMNS] });
    expect(iso!.rows).toEqual([[{ date: '2024-01-31' }, 12]]);
    const [in1904] = await tablesOf({ styles, workbookPr: 'date1904="1"', rows: rows('<c r="A2" s="2"><v>0</v></c>'), tables: [TWO_COLUMNS] });
    expect(in1904!.rows).toEqual([[{ date: '1904-01-01' }, null]]);
  });

  it('merged ranges inside a table: the cells covered as { merged }, the first cell as its value', async () => {
    const [table] = await tablesOf({
      rows: header + '<row r="2"><c r="A2" t="inlineStr"><is><t>Öst</t></is></c><c r="B2"><v>4</v></c></row><row r="3"><c r="B3"><v>5</v></c></row>',
      after: '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>',
      tables: [TWO_COLUMNS],
    });
    expect(table!.rows).toEqual([['Öst', 4], [{ merged: 'A2:A3' }, 5]]);
  });
});

describe('the streaming reader refuses, naming where', () => {
  it('a worksheet that is no well-formed XML', async () => {
    const bytes = await miniPackage({ rows: header + '<row r="2"><c r="A2"><v>1</x></c></row>', tables: [TWO_COLUMNS] });
    const attempt = openXlsx(bytes);
    await expect(attempt).rejects.toThrow(UnreadableWorkbookError);
    await expect(attempt).rejects.toThrow(/delen xl\/worksheets\/sheet1\.xml \(bladet "Data"\) är inte giltig XML \(rad 1, kolumn \d+: /);
  });

  it('a table part whose range is no range', async () => {
    const bytes = await miniPackage({ rows: header, tables: [{ attributes: 'name="Lista" displayName="Lista" ref="A1-B3"', columns: ['Kund', 'Belopp'] }] });
    await expect(openXlsx(bytes)).rejects.toThrow(/tabellen "Lista" i delen xl\/tables\/table1\.xml har cellområdet "A1-B3", som inte är något cellområde/);
  });

  it('a cell pointing past the shared strings', async () => {
    const bytes = await miniPackage({ sharedStrings: '<si><t>Kund</t></si>', rows: header + '<row r="2"><c r="A2" t="s"><v>5</v></c></row>', tables: [TWO_COLUMNS] });
    await expect(openXlsx(bytes)).rejects.toThrow(/cellen A2 på bladet "Data" hänvisar till delad text nummer 5, som inte finns/);
  });
});

describe('a damaged part the tables do not come from', () => {
  it('is no reason to refuse reading, and a copy carries it over as it was', async () => {
    const bytes = await miniPackage({
      rows: header + '<row r="2"><c r="A2" t="inlineStr"><is><t>Öst</t></is></c><c r="B2"><v>1</v></c></row>',
      tables: [TWO_COLUMNS],
      extra: {
        'docProps/app.xml': '<Properties><Company>Region</Properties>',
        '[Content_Types].xml':
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
      },
    });
    const workbook = await openXlsx(bytes);
    expect((await workbook.readTables())[0]!.rows).toEqual([['Öst', 1]]);
    await workbook.writeOutputs([{ name: 'Prislista', columns: [{ header: 'Tjänst', format: 'text' }], rows: [['Lön']] }]);
    const copy = await JSZip.loadAsync(await workbook.toBuffer());
    expect(await copy.file('docProps/app.xml')!.async('string')).toBe('<Properties><Company>Region</Properties>');
  });
});
