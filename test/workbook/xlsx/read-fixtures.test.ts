/**
 * Workbooks written by other programs than exceljs (see test/fixtures/make-fixtures.py) read
 * into exactly the tables their authors wrote.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, RawTable } from '../../../src/engine/cells';
import { openXlsx } from '../../../src/workbook/xlsx';
import { fixture, partNames, partText, sheetXml } from './package-inspection';

/** What openpyxl.xlsx holds, apart from the formula results that only LibreOffice computed. */
function expectedTables(formulaResults: { fastAndel: CellValue; volume: CellValue }): RawTable[] {
  return [
    {
      name: 'Nycklar',
      sheet: 'Nycklar',
      headers: ['Kund', 'Kundtyp', 'Anställda', 'Omsättning'],
      rows: [
        ['Stadsdel Norr', 'Stadsdelsförvaltning', 120, 45000000],
        ['Skolförvaltningen', 'Fackförvaltning', 800, 1500000000.5],
        ['Bostadsbolaget', 'Bolag', 45, '1 234,50'],
      ],
      origin: { row: 1, column: 1 },
    },
    {
      name: 'Tjänster',
      sheet: 'Tjänster',
      headers: ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Fast andel', 'Beskrivning'],
      rows: [
        ['Lön', 'Lön och pension', 'Bastjänst', 'Blandad', formulaResults.fastAndel, 'Löneutbetalning'],
        ['Faktura', 'Ekonomi', 'Tilläggstjänst', 'Styck', null, 'Fakturering'],
        ['Bokslut', 'Ekonomi', 'Uppdrag', 'Tim', true, '=inte en formel'],
      ],
      origin: { row: 1, column: 1 },
    },
    {
      name: 'Volymer',
      sheet: 'Volymer',
      headers: ['Kund', 'Tjänst', 'Volym', 'Avläst'],
      rows: [
        ['Stadsdel Norr', 'Faktura', 1200, { date: '2024-01-31' }],
        ['Skolförvaltningen', 'Faktura', formulaResults.volume, { date: '2024-02-29T13:30:00' }],
        [null, null, null, null],
        ['Bostadsbolaget', 'Bokslut', { error: '#N/A' }, null],
      ],
      origin: { row: 3, column: 3 },
    },
    {
      name: 'Kostnader',
      sheet: 'Kostnader',
      headers: ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp'],
      rows: [
        ['Lön', 'Personal', 2500000],
        ['Ekonomi', 'IT', -125000.75],
      ],
      origin: { row: 1, column: 1 },
    },
    {
      name: 'Inställningar',
      sheet: 'Övrigt',
      headers: ['Parameter', 'Värde'],
      rows: [
        ['Budgetår', 2025],
        ['Pristak', 0.015],
      ],
      origin: { row: 1, column: 1 },
    },
    {
      name: 'Sammansatta_nycklar',
      sheet: 'Övrigt',
      headers: ['Nyckel', 'Delnyckel', 'Vikt'],
      rows: [
        ['Blandnyckel', 'Anställda', 0.5],
        ['Blandnyckel', 'Omsättning', 0.5],
      ],
      origin: { row: 1, column: 5 },
    },
    {
      name: 'Utan_rubrik',
      sheet: 'Övrigt',
      headers: ['Text', 'Tal'],
      rows: [
        ['Utan rubrik', 1],
        ['Andra raden', 2],
      ],
      // No header row: the row above the body, so that body row i sits on origin.row + i.
      origin: { row: 10, column: 1 },
    },
  ];
}

describe('workbooks written by openpyxl', () => {
  it('reads every table, with absolute relationship targets and comments where openpyxl puts them', async () => {
    const workbook = await openXlsx(fixture('openpyxl.xlsx'));
    // openpyxl stores formulas without a cached result: the formula is passed on, for the engine to name.
    expect(await workbook.readTables()).toEqual(expectedTables({ fastAndel: { formula: '=1/4' }, volume: { formula: '=E4*2' } }));
  });

  it('reads date cells stored as ISO text (type "d") as dates, not as the year', async () => {
    const workbook = await openXlsx(fixture('openpyxl-iso-dates.xlsx'));
    expect(await workbook.readTables()).toEqual([
      {
        name: 'Datum',
        sheet: 'Datum',
        headers: ['Händelse', 'Datum'],
        rows: [
          ['Start', { date: '2024-01-31' }],
          ['Möte', { date: '2024-02-29T13:30:00' }],
        ],
        origin: { row: 1, column: 1 },
      },
    ]);
  });
});

describe('workbooks with drawings written by openpyxl', () => {
  it('reads the tables of a sheet with a chart and an image', async () => {
    const workbook = await openXlsx(fixture('openpyxl-drawings.xlsx'));
    expect(await workbook.readTables()).toEqual([
      {
        name: 'Nycklar',
        sheet: 'Nycklar',
        headers: ['Kund', 'Anställda'],
        rows: [
          ['Norr', 120],
          ['Söder', 80],
        ],
        origin: { row: 1, column: 1 },
      },
    ]);
  });
});

describe('workbooks saved by LibreOffice', () => {
  it('reads formula results, rich text flattened, the totals row left out', async () => {
    const workbook = await openXlsx(fixture('libreoffice.xlsx'));
    expect(await workbook.readTables()).toEqual(expectedTables({ fastAndel: 0.25, volume: 2400 }));
  });

  it('reads a workbook whose every relationship target is absolute (exceljs issue #1468)', async () => {
    const workbook = await openXlsx(fixture('absolute-targets.xlsx'));
    expect(await workbook.readTables()).toEqual(expectedTables({ fastAndel: 0.25, volume: 2400 }));
  });
});

describe('workbooks as Excel saves them (mimicked: no Excel here)', () => {
  it('reads tables without headerRowCount, with filter criteria, calculated columns and shared formulas', async () => {
    const workbook = await openXlsx(fixture('excel-style.xlsx'));
    expect(await workbook.readTables()).toEqual(expectedTables({ fastAndel: 0.25, volume: 2400 }));
  });
});

describe('exceljs 4.4 on its own (canary: when these start to pass, the workarounds can go)', () => {
  it.each(['openpyxl.xlsx', 'absolute-targets.xlsx', 'openpyxl-drawings.xlsx'])('cannot load %s', async (name) => {
    const workbook = new ExcelJS.Workbook();
    await expect(workbook.xlsx.load(fixture(name) as unknown as ExcelJS.Buffer)).rejects.toThrow(
      /Cannot read properties of undefined/,
    );
  });

  it('reads a table saved the way Excel saves it (no headerRowCount) as having no header row', async () => {
    const zip = await JSZip.loadAsync(fixture('libreoffice.xlsx'));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/tables/'))) {
      zip.file(name, (await zip.file(name)!.async('string')).replace(' headerRowCount="1"', ''));
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
    const tables = workbook.getWorksheet('Nycklar')!.getTables() as unknown as { table: { headerRow: boolean } }[];
    expect(tables[0]!.table.headerRow).toBe(false);
  });
});

describe('the fixtures still hold what they are meant to test', () => {
  it('openpyxl.xlsx: absolute table targets, comments under xl/comments/, formulas without results', async () => {
    const bytes = fixture('openpyxl.xlsx');
    expect(await partNames(bytes)).toContain('xl/comments/comment1.xml');
    expect(await partText(bytes, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="/xl/tables/table1.xml"');
    expect(await sheetXml(bytes, 'Tjänster')).toMatch(/<f>1\/4<\/f><v\s*\/?>(<\/v>)?/);
  });

  it('openpyxl-drawings.xlsx: a drawing in the default namespace', async () => {
    expect(await partText(fixture('openpyxl-drawings.xlsx'), 'xl/drawings/drawing1.xml')).toMatch(/^<wsDr xmlns="/);
  });

  it('openpyxl-iso-dates.xlsx: cells of type "d"', async () => {
    expect(await sheetXml(fixture('openpyxl-iso-dates.xlsx'), 'Datum')).toContain('t="d"');
  });

  it('libreoffice.xlsx: rich text, tables without a table style', async () => {
    const bytes = fixture('libreoffice.xlsx');
    expect(await partText(bytes, 'xl/sharedStrings.xml')).toMatch(/<r><rPr>[\s\S]*?<t[^>]*>Fak<\/t><\/r>/);
    const tables = (await partNames(bytes)).filter((n) => n.startsWith('xl/tables/'));
    for (const table of tables) expect(await partText(bytes, table)).not.toContain('tableStyleInfo');
  });

  it('excel-style.xlsx: filter criteria exceljs cannot parse, shared formulas', async () => {
    const bytes = fixture('excel-style.xlsx');
    const tables = await Promise.all((await partNames(bytes)).filter((n) => n.startsWith('xl/tables/')).map((n) => partText(bytes, n)));
    const nycklar = tables.find((xml) => xml.includes('name="Nycklar"'))!;
    expect(nycklar).toContain('<dynamicFilter type="thisMonth"/>');
    expect(nycklar).toContain('<calculatedColumnFormula>');
    expect(nycklar).not.toContain('headerRowCount');
    expect(await sheetXml(bytes, 'Nycklar')).toContain('<f t="shared" si="0"/>');
  });

  it('absolute-targets.xlsx: every internal target absolute, no headerRowCount="1"', async () => {
    const bytes = fixture('absolute-targets.xlsx');
    const names = await partNames(bytes);
    const rels = await Promise.all(names.filter((n) => n.endsWith('.rels')).map((n) => partText(bytes, n)));
    const targets = rels.flatMap((xml) => [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]));
    expect(targets.filter((t) => !t.includes('TargetMode="External"') && !/Target="\//.test(t))).toEqual([]);
    const tables = names.filter((n) => n.startsWith('xl/tables/'));
    for (const table of tables) expect(await partText(bytes, table)).not.toContain('headerRowCount="1"');
  });
});
