/** read → write → read loses nothing, and writing keeps what the user's workbook had. */
import type { RawTable } from '../../../src/engine/cells';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { cellElement, fixture, partNames, partText, sheetXml } from './package-inspection';
import { sampleOutputs } from './sample-outputs';

async function writtenCopy(name: string): Promise<{ before: RawTable[]; after: RawTable[]; bytes: Uint8Array }> {
  const workbook = await openXlsx(fixture(name));
  const before = await workbook.readTables();
  await workbook.writeOutputs(sampleOutputs());
  const bytes = await workbook.toBuffer();
  const after = await (await openXlsx(bytes)).readTables();
  return { before, after, bytes };
}

describe.each([
  'openpyxl.xlsx',
  'libreoffice.xlsx',
  'absolute-targets.xlsx',
  'excel-style.xlsx',
  'openpyxl-iso-dates.xlsx',
  'openpyxl-drawings.xlsx',
])(
  'a copy of %s with the outputs written',
  (name) => {
    it('reads back the same input tables (values, errors, dates, origins) and the outputs', async () => {
      const { before, after } = await writtenCopy(name);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length).map((t) => t.name)).toEqual(sampleOutputs().map((o) => o.name));
    });
  },
);

describe('what writing keeps of a LibreOffice workbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ bytes } = await writtenCopy('libreoffice.xlsx'));
  });

  it('keeps formulas with their results', async () => {
    const cell = cellElement(await sheetXml(bytes, 'Tjänster'), 'E2')!;
    expect(cell).toMatch(/<f>1\/4<\/f><v>0.25<\/v>/);
  });

  it('keeps rich text as rich text', async () => {
    expect(await partText(bytes, 'xl/sharedStrings.xml')).toMatch(/<r><rPr>[\s\S]*?<b\/>[\s\S]*?<t>Fak<\/t><\/r><r>[\s\S]*?<t>turering<\/t><\/r>/);
  });

  it('keeps the header row, filter buttons, totals row and header-less tables as they were', async () => {
    const tables = await Promise.all(
      (await partNames(bytes)).filter((n) => /^xl\/tables\/.+\.xml$/.test(n)).map((n) => partText(bytes, n)),
    );
    const byName = (table: string) => tables.find((xml) => xml.includes(`name="${table}"`))!;
    expect(byName('Nycklar')).toMatch(/headerRowCount="1"/);
    expect(byName('Nycklar')).not.toMatch(/hiddenButton="1"/);
    expect(byName('Kostnader')).toMatch(/totalsRowCount="1"/);
    expect(byName('Utan_rubrik')).toMatch(/headerRowCount="0"/);
    // Excel allows no autofilter on a table without header row.
    expect(byName('Utan_rubrik')).not.toMatch(/<autoFilter/);
  });

  it('keeps comments, hyperlinks and the data validation with its range', async () => {
    const names = await partNames(bytes);
    const comments = await Promise.all(names.filter((n) => /^xl\/comments\d*\.xml$/.test(n)).map((n) => partText(bytes, n)));
    expect(comments.join('')).toContain('En rad per kund.');
    const tjanster = await sheetXml(bytes, 'Tjänster');
    expect(tjanster).toMatch(/<hyperlink ref="F2"/);
    expect(tjanster).toMatch(/<dataValidation type="list"[^>]*sqref="C2:C1004"/);
  });
});

describe('what writing keeps of a workbook as Excel saves it', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ bytes } = await writtenCopy('excel-style.xlsx'));
  });

  it('keeps the header row and which filter buttons are hidden', async () => {
    const tables = await Promise.all(
      (await partNames(bytes)).filter((n) => /^xl\/tables\/.+\.xml$/.test(n)).map((n) => partText(bytes, n)),
    );
    const nycklar = tables.find((xml) => xml.includes('name="Nycklar"'))!;
    expect(nycklar).toMatch(/headerRowCount="1"/);
    const hidden = [...nycklar.matchAll(/<filterColumn colId="(\d)" hiddenButton="1"/g)].map((m) => Number(m[1]));
    expect(hidden).toEqual([3]);
    // A calculated column (tableColumn with a child element) used to end exceljs's column list.
    expect([...nycklar.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Kund',
      'Kundtyp',
      'Anställda',
      'Omsättning',
    ]);
  });

  it('keeps shared formulas with their results', async () => {
    const sheet = await sheetXml(bytes, 'Nycklar');
    expect(cellElement(sheet, 'C2')).toMatch(/<f t="shared" ref="C2:C4" si="0">N\(INDIRECT\(&quot;X&quot;&amp;ROW\(\)\)\)\+120<\/f><v>120<\/v>/);
    expect(cellElement(sheet, 'C3')).toMatch(/<f t="shared" si="0"\/><v>800<\/v>/);
  });
});

describe('what writing keeps of a workbook with drawings written by openpyxl', () => {
  it('keeps the image (exceljs writes no charts back)', async () => {
    const { bytes } = await writtenCopy('openpyxl-drawings.xlsx');
    const names = await partNames(bytes);
    expect(names.filter((n) => n.startsWith('xl/media/'))).toEqual(['xl/media/image1.png']);
    const drawings = await Promise.all(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).map((n) => partText(bytes, n)));
    expect(drawings.join('')).toMatch(/<xdr:pic>[\s\S]*r:embed="rId1"/);
  });
});

describe('a whole-column data validation (openpyxl.xlsx: C2:C1048576)', () => {
  it('is written back with its range, as one validation', async () => {
    const { bytes } = await writtenCopy('openpyxl.xlsx');
    const validations = [...(await sheetXml(bytes, 'Tjänster')).matchAll(/<dataValidation [^>]*>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('sqref="C2:C1048576"');
  });
});

describe('tables written by writeInputTables', () => {
  it('read back as written: numbers, text, booleans, error values, formula-looking text', async () => {
    const tables: RawTable[] = [
      {
        name: 'Volymer',
        sheet: 'Volymer',
        headers: ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'],
        rows: [
          ['Norr', 'Lön', 1200, 1100.5],
          ['Söder', '=Lön', { error: '#N/A' }, null],
          ['Väster', 'Faktura', true, { error: '#DIV/0!' }],
        ],
        origin: { row: 1, column: 1 },
      },
      {
        name: 'Sammansatta nycklar',
        sheet: 'Sammansatta nycklar',
        headers: ['Nyckel', 'Delnyckel', 'Vikt'],
        rows: [['Mix', 'Anställda', 0.25]],
        origin: { row: 1, column: 1 },
      },
    ];
    const workbook = createXlsx();
    await workbook.writeInputTables(tables);
    const reread = await (await openXlsx(await workbook.toBuffer())).readTables();
    expect(reread).toEqual([tables[0], { ...tables[1], name: 'Sammansatta_nycklar' }]);
  });
});
