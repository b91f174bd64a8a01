import JSZip from 'jszip';
import { runModel } from '../../../src/engine';
import { exampleTables } from '../../../src/example';
import { templateTables } from '../../../src/engine/template';
import { customerStatement } from '../../../src/engine/statement';
import { createXlsx, openXlsx, statementsXlsx } from '../../../src/workbook/xlsx';
import { legacyDrawingInPlace } from '../../../src/workbook/xlsx/written-package';
import { xlsxCheckAvailable, xlsxFindings } from './xlsx-check';

// exceljs writes <legacyDrawing> (a sheet's notes) after <tableParts>; the schema (CT_Worksheet)
// wants it before legacyDrawingHF, drawingHF, picture, oleObjects, controls, webPublishItems,
// tableParts and extLst, and Excel offers to repair such a file.

const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('legacyDrawingInPlace', () => {
  it('moves legacyDrawing before tableParts', () => {
    const xml = `<worksheet ${R}><sheetData/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><legacyDrawing r:id="rId1"/></worksheet>`;
    expect(legacyDrawingInPlace(xml)).toBe(`<worksheet ${R}><sheetData/><legacyDrawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`);
  });

  it('moves it before the first element the schema puts after it (picture), not only tableParts', () => {
    const xml = `<worksheet ${R}><sheetData/><drawing r:id="rId3"/><picture r:id="rId4"/><tableParts count="0"/><legacyDrawing r:id="rId1"/><extLst/></worksheet>`;
    expect(legacyDrawingInPlace(xml)).toBe(`<worksheet ${R}><sheetData/><drawing r:id="rId3"/><legacyDrawing r:id="rId1"/><picture r:id="rId4"/><tableParts count="0"/><extLst/></worksheet>`);
  });

  it('leaves a sheet in the right order, or without notes, unchanged', () => {
    const right = `<worksheet ${R}><sheetData/><legacyDrawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`;
    const noNotes = `<worksheet ${R}><sheetData/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`;
    expect(legacyDrawingInPlace(right)).toBe(right);
    expect(legacyDrawingInPlace(noNotes)).toBe(noNotes);
  });
});

/** For every worksheet part with both: is <legacyDrawing> before <tableParts>? */
async function legacyBeforeTables(bytes: Uint8Array): Promise<boolean[]> {
  const zip = await JSZip.loadAsync(bytes);
  const order: boolean[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const legacy = xml.indexOf('<legacyDrawing');
    const tables = xml.indexOf('<tableParts');
    if (legacy >= 0 && tables >= 0) order.push(legacy < tables);
  }
  return order;
}

describe('every package the xlsx adapter writes has its notes where the schema wants them', () => {
  it('the example, the template and a copy with the outputs: legacyDrawing before tableParts on every sheet with both', async () => {
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    const exampleBytes = await example.toBuffer();
    const template = createXlsx();
    await template.writeInputTables(templateTables());
    const templateBytes = await template.toBuffer();
    const copy = await openXlsx(exampleBytes);
    const result = runModel(await copy.readTables());
    expect(result.ok).toBe(true);
    await copy.writeOutputs(result.outputs);
    const outBytes = await copy.toBuffer();

    for (const bytes of [exampleBytes, templateBytes, outBytes]) {
      const order = await legacyBeforeTables(bytes);
      // Every input sheet has notes on its headers and a table: the example has more than ten.
      expect(order.length).toBeGreaterThan(10);
      expect(order.every(Boolean)).toBe(true);
      if (xlsxCheckAvailable()) expect(xlsxFindings(bytes)).toEqual([]);
    }
  });
});

describe('every kind of package the tool writes passes check_xlsx.py --xsd without a finding', () => {
  const check = xlsxCheckAvailable() ? it : it.skip;

  check('template, example, OUT from each, OUT written again, the invoice basis and Kundbesked', async () => {
    const kinds = new Map<string, Uint8Array>();
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    kinds.set('example', await example.toBuffer());
    const template = createXlsx();
    await template.writeInputTables(templateTables());
    kinds.set('template', await template.toBuffer());

    // OUT from the template: notes on every table sheet, outputs (Kontroller) from an empty model.
    const fromTemplate = await openXlsx(kinds.get('template')!);
    await fromTemplate.writeOutputs(runModel(await fromTemplate.readTables()).outputs);
    kinds.set('OUT of the template', await fromTemplate.toBuffer());

    const out = await openXlsx(kinds.get('example')!);
    const result = runModel(await out.readTables());
    await out.writeOutputs(result.outputs);
    kinds.set('OUT of the example', await out.toBuffer());
    const again = await openXlsx(kinds.get('OUT of the example')!);
    await again.writeOutputs(runModel(await again.readTables()).outputs);
    kinds.set('OUT written again', await again.toBuffer());

    // The invoice basis as `invoice --out X.xlsx` writes it: a new workbook with one table.
    const invoice = createXlsx();
    await invoice.writeOutputs(result.outputs.filter((o) => o.name === 'Fakturaunderlag'));
    kinds.set('invoice basis', await invoice.toBuffer());

    kinds.set('Kundbesked', await statementsXlsx(['Södermalm stadsdelsförvaltning', 'Utbildningsförvaltningen'].map((c) => customerStatement(result.calculation!, c))));

    const findings = [...kinds].map(([kind, bytes]) => [kind, xlsxFindings(bytes)] as const);
    expect(findings).toEqual([...kinds.keys()].map((kind) => [kind, []]));
  }, 300_000);
});
