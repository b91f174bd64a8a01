import JSZip from 'jszip';
import { openXlsx, UnreadableWorkbookError } from '../../../src/workbook/xlsx';
import { fixture, partText } from './package-inspection';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('openXlsx on files it cannot read', () => {
  it.each([
    ['text', new TextEncoder().encode('Kund;Tjänst\nNorr;Lön\n'), /inte en \.xlsx-fil/],
    ['an empty file', new Uint8Array(0), /inte en \.xlsx-fil/],
    ['an encrypted workbook or .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /lösenordsskyddad/],
  ])('throws UnreadableWorkbookError for %s', async (_, bytes, message) => {
    const attempt = openXlsx(bytes);
    await expect(attempt).rejects.toThrow(UnreadableWorkbookError);
    await expect(openXlsx(bytes)).rejects.toThrow(message);
  });

  it('throws UnreadableWorkbookError for a truncated file', async () => {
    const bytes = fixture('libreoffice.xlsx');
    await expect(openXlsx(bytes.slice(0, bytes.length / 2))).rejects.toThrow(UnreadableWorkbookError);
  });

  it('throws UnreadableWorkbookError for a zip that holds no workbook (.docx, .ods, .xlsb)', async () => {
    await expect(openXlsx(await zipOf({ 'word/document.xml': '<w:document/>' }))).rejects.toThrow(/ingen arbetsbok/);
    await expect(openXlsx(await zipOf({ 'xl/workbook.bin': 'x' }))).rejects.toThrow(/\.xlsb/);
  });

  it('throws UnreadableWorkbookError, with the Swedish message first, for damaged XML', async () => {
    const zip = await JSZip.loadAsync(fixture('libreoffice.xlsx'));
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
    const attempt = openXlsx(await zip.generateAsync({ type: 'uint8array' }));
    await expect(attempt).rejects.toThrow(UnreadableWorkbookError);
    await expect(attempt).rejects.toThrow(/^Filen kunde inte läsas som en Excel-arbetsbok/);
  });
});

describe('openXlsx on unusual but valid packages', () => {
  it('reads parts that spell their namespace with a prefix (<x:worksheet>, as the Open XML SDK writes)', async () => {
    const zip = await JSZip.loadAsync(fixture('libreoffice.xlsx'));
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name]!.dir || !/^(xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+|tables\/table\d+)\.xml|.*\.rels)$/.test(name)) continue;
      const prefix = name.endsWith('.rels') ? 'pr' : 'x';
      const xml = (await zip.file(name)!.async('string'))
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, `<$1${prefix}:$2`)
        .replace(/\sxmlns="/, ` xmlns:${prefix}="`);
      zip.file(name, xml);
    }
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<x:sheetData>');
    const expected = await (await openXlsx(fixture('libreoffice.xlsx'))).readTables();
    expect(await (await openXlsx(bytes)).readTables()).toEqual(expected);
  });

  it('finds parts under any name through the relationships', async () => {
    // The libreoffice fixture with its parts moved: the workbook to /book/, sheets named
    // "Blad", tables "lista", comments in a folder, and absolute and "./" targets mixed.
    const source = await JSZip.loadAsync(fixture('libreoffice.xlsx'));
    const moved = new JSZip();
    const rename = (name: string) =>
      name
        .replace(/^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/, 'book/ark/_rels/Blad$1.xml.rels')
        .replace(/^xl\/worksheets\/sheet(\d+)\.xml$/, 'book/ark/Blad$1.xml')
        .replace(/^xl\/tables\/table(\d+)\.xml$/, 'book/lista$1.xml')
        .replace(/^xl\/comments(\d+)\.xml$/, 'book/notes/note$1.xml')
        .replace(/^xl\/_rels\/workbook\.xml\.rels$/, 'book/_rels/main.xml.rels')
        .replace(/^xl\/workbook\.xml$/, 'book/main.xml')
        .replace(/^xl\//, 'book/');
    for (const entry of Object.values(source.files)) {
      if (entry.dir) continue;
      let text = await entry.async('string');
      if (entry.name.endsWith('.rels')) {
        text = text
          .replace(/Target="xl\/workbook.xml"/, 'Target="/book/main.xml"')
          .replace(/Target="worksheets\/sheet(\d+)\.xml"/g, 'Target="./ark/Blad$1.xml"')
          .replace(/Target="\.\.\/tables\/table(\d+)\.xml"/g, 'Target="/book/lista$1.xml"')
          .replace(/Target="\.\.\/comments(\d+)\.xml"/g, 'Target="../notes/note$1.xml"');
      }
      moved.file(rename(entry.name), text);
    }
    const bytes = await moved.generateAsync({ type: 'uint8array' });
    const expected = await (await openXlsx(fixture('libreoffice.xlsx'))).readTables();
    expect(await (await openXlsx(bytes)).readTables()).toEqual(expected);
  });
});
