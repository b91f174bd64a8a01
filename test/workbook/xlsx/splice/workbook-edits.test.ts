import { withContentTypes, withRelationships, withSheets } from '../../../../src/workbook/xlsx/splice/workbook-edits';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('the text edits of workbook.xml, its relationships and the content types', () => {
  it('appends sheets with the prefixes the part uses (Open XML SDK writes x: and its own relationships prefix)', () => {
    const xml = `<x:workbook xmlns:x="main" xmlns:rel="${R}"><x:sheets><x:sheet name="A" sheetId="3" rel:id="R1"/><x:sheet name="_intaktsmodell" sheetId="4" state="hidden" rel:id="R2"/></x:sheets><x:definedNames/></x:workbook>`;
    expect(withSheets(xml, [{ name: 'O\'Brien & <Co>', sheetId: 5, relId: 'rId9' }], '<x:sheet name="_intaktsmodell" sheetId="4" state="hidden" rel:id="R2"/>')).toBe(
      `<x:workbook xmlns:x="main" xmlns:rel="${R}"><x:sheets><x:sheet name="A" sheetId="3" rel:id="R1"/><x:sheet name="_intaktsmodell" sheetId="4" state="veryHidden" rel:id="R2"/><x:sheet name="O'Brien &amp; &lt;Co&gt;" sheetId="5" rel:id="rId9"/></x:sheets><x:definedNames/></x:workbook>`,
    );
  });

  it('declares the relationships namespace on a new sheet when the root does not', () => {
    const xml = '<workbook xmlns="main"><sheets/></workbook>';
    expect(withSheets(xml, [{ name: '_intaktsmodell', sheetId: 1, relId: 'rId1', veryHidden: true }])).toBe(
      `<workbook xmlns="main"><sheets><sheet name="_intaktsmodell" sheetId="1" state="veryHidden" xmlns:r="${R}" r:id="rId1"/></sheets></workbook>`,
    );
  });

  it('retargets, removes and appends relationships, the rest of the text as it was', () => {
    const xml = '<Relationships xmlns="p"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/>\n<Relationship Id="rId2" Type="t/calcChain" Target="calcChain.xml"></Relationship></Relationships>';
    expect(withRelationships(xml, new Map([['rId1', 'worksheets/sheet7.xml']]), [{ id: 'rId3', type: 't/worksheet', target: 'worksheets/sheet8.xml' }], new Set(['rId2']))).toBe(
      '<Relationships xmlns="p"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet7.xml"/>\n<Relationship Id="rId3" Type="t/worksheet" Target="worksheets/sheet8.xml"/></Relationships>',
    );
  });

  it('takes out the Overrides of removed parts (in any case), appends the new ones and a Default for .rels if missing', () => {
    const xml = '<Types xmlns="c"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/worksheets/Sheet1.xml" ContentType="w"/><Override PartName="/xl/styles.xml" ContentType="s"/></Types>';
    expect(withContentTypes(xml, new Set(['xl/worksheets/sheet1.xml']), [{ part: 'xl/worksheets/sheet2.xml', type: 'w' }])).toBe(
      '<Types xmlns="c"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/styles.xml" ContentType="s"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="w"/></Types>',
    );
  });
});
