/** The parts that must change are edited, not rewritten: take the additions out and IN's text is back. */
import JSZip from 'jszip';
import { openXlsx } from '../../../../src/workbook/xlsx';
import { fixture, partText } from '../package-inspection';
import { sampleOutputs } from '../sample-outputs';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';
import { inconsistencies } from './package-consistency';
import { spliced } from './spliced';

describe('the parts a first run changes', () => {
  it('workbook.xml, its relationships and the content types gain elements and lose none; the styles gain cell formats at the end', async () => {
    const input = fixture('libreoffice.xlsx');
    const { bytes } = await spliced(input, sampleOutputs());
    const newSheets = /<sheet name="(Prislista|Avvikelsepivot|Kontroller|_intaktsmodell)" sheetId="\d+"( state="veryHidden")? r:id="rId\d+"\/>/g;
    const workbook = await partText(bytes, 'xl/workbook.xml');
    expect(workbook.match(newSheets)).toHaveLength(4);
    expect(workbook.replace(newSheets, '')).toBe(await partText(input, 'xl/workbook.xml'));
    const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
    const newRels = /<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/worksheet" Target="worksheets\/sheet(6|7|8|9).xml"\/>/g;
    expect(rels.match(newRels)).toHaveLength(4);
    expect(rels.replace(newRels, '')).toBe(await partText(input, 'xl/_rels/workbook.xml.rels'));
    const types = await partText(bytes, '[Content_Types].xml');
    const newTypes = /<Override PartName="\/xl\/(worksheets\/sheet[6-9]|tables\/table(8|9|10))\.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.(worksheet|table)\+xml"\/>/g;
    const inputTypes = await partText(input, '[Content_Types].xml');
    const end = inputTypes.lastIndexOf('</Types>');
    expect(types.slice(0, end)).toBe(inputTypes.slice(0, end));
    expect(types.slice(end).replace(newTypes, '')).toBe(inputTypes.slice(end));
    expect(types.slice(end).match(newTypes)).toHaveLength(7);
    const xfs = (xml: string) => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!;
    const before = xfs(await partText(input, 'xl/styles.xml'));
    expect(xfs(await partText(bytes, 'xl/styles.xml')).startsWith(before)).toBe(true);
  });

  it('a package without a styles part gets one, with its relationship and content type', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
    zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { bytes } = await spliced(input, sampleOutputs());
    expect(await partText(bytes, 'xl/_rels/workbook.xml.rels')).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/);
    expect(await partText(bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    expect(await inconsistencies(bytes)).toEqual([]);
    if (xlsxCheckAvailable()) expect(xlsxFindings(bytes)).toEqual([]);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.map((t) => t.name)).toEqual(['Prislista', 'Avvikelsepivot', 'Kontroller']);
  });
});
