import JSZip from 'jszip';
import { patchWorkbookPart } from '../../../src/workbook/xlsx/workbook-part';

describe('patchWorkbookPart', () => {
  it("drops LibreOffice's per-sheet _FilterDatabase names and maps sheets to their parts", async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns="main" xmlns:r="rel"><workbookPr date1904="true"/><sheets>' +
        '<sheet name="Nycklar" sheetId="1" r:id="rId2"/><sheet name="Tjänster &amp; mer" sheetId="2" r:id="rId3"/></sheets>' +
        '<definedNames><definedName function="false" hidden="true" localSheetId="0" name="_xlnm._FilterDatabase" vbProcedure="false">Nycklar!$A$1:$D$4</definedName>' +
        '<definedName name="Moms">0.25</definedName></definedNames></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId2" Type="t/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId3" Type="t/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    );
    const facts = await patchWorkbookPart(zip);
    expect(facts.date1904).toBe(true);
    expect([...facts.sheetParts]).toEqual([
      ['Nycklar', 'xl/worksheets/sheet1.xml'],
      ['Tjänster & mer', 'xl/worksheets/sheet2.xml'],
    ]);
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).not.toContain('_FilterDatabase');
    expect(xml).toContain('<definedName name="Moms">0.25</definedName>');
  });
});
