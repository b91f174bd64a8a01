/** OUT used again as IN: the add-in's sheets replaced in place, nothing left behind, nothing twice. */
import ExcelJS from 'exceljs';
import { exampleTables } from '../../../../src/example';
import { runModel } from '../../../../src/engine';
import { templateTables } from '../../../../src/engine/template';
import { excelTableName } from '../../../../src/engine/schema';
import { createXlsx, OWNERSHIP_SHEET, openXlsx } from '../../../../src/workbook/xlsx';
import { addSheetTable } from '../../../../src/workbook/xlsx/sheet-table';
import { writeInputTables } from '../../../../src/workbook/xlsx/write-input-tables';
import { planOutputs, splicedPackage } from '../../../../src/workbook/xlsx/splice';
import { addCharts, addPart, addRelationship, loadZip, zipBytes } from '../feature-parts';
import { fixture, partNames, partText, sheetParts } from '../package-inspection';
import { sampleOutputs } from '../sample-outputs';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';
import { inconsistencies, orphans } from './package-consistency';
import { contents, gather, guarded, rawEntries, spliced } from './spliced';

const check = xlsxCheckAvailable() ? it : it.skip;

/** Column A of the ownership sheet, read with plain exceljs. */
async function listedSheets(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const names: string[] = [];
  workbook.getWorksheet('_intaktsmodell')!.getColumn(1).eachCell((cell) => names.push(String(cell.value)));
  return names;
}

function changedOutputs() {
  const outputs = sampleOutputs();
  outputs[0]!.rows = [['Ny tjänst', 'Tim', 1, 2, 3, 0.1]];
  return outputs;
}

describe('splicing into a workbook the splice wrote', () => {
  let input: Uint8Array;
  let first: Uint8Array;
  let second: Uint8Array;
  beforeAll(async () => {
    input = fixture('libreoffice.xlsx');
    first = (await spliced(input, sampleOutputs())).bytes;
    second = (await spliced(first, changedOutputs())).bytes;
  });

  it('replaces its sheets where they were, with their names and ids, and lists them again', async () => {
    expect([...(await sheetParts(second)).keys()]).toEqual(['Nycklar', 'Tjänster', 'Volymer', 'Kostnader', 'Övrigt', 'Prislista', 'Avvikelsepivot', 'Kontroller', '_intaktsmodell']);
    // The sheet list, sheet ids and relationship ids stay; so do the styles (no second copy of the formats).
    expect(await partText(second, 'xl/workbook.xml')).toBe(await partText(first, 'xl/workbook.xml'));
    expect(await partText(second, 'xl/styles.xml')).toBe(await partText(first, 'xl/styles.xml'));
    expect(await listedSheets(second)).toEqual(['Prislista', 'Avvikelsepivot', 'Kontroller']);
    const tables = await (await openXlsx(second)).readTables();
    expect(tables.filter((t) => t.name === 'Prislista').map((t) => t.rows)).toEqual([[['Ny tjänst', 'Tim', 1, 2, 3, 0.1]]]);
  });

  it('leaves no part of the old sheets behind and has each part once', async () => {
    const names = await partNames(second);
    expect(names).toHaveLength((await partNames(first)).length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(await inconsistencies(second)).toEqual([]);
    expect(await orphans(second)).toEqual([]);
    // The input's own parts are still IN's bytes.
    const before = await rawEntries(input);
    const after = await rawEntries(second);
    for (const [name, raw] of before) {
      if (['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].includes(name)) continue;
      expect(Buffer.from(after.get(name)!.compressed).equals(Buffer.from(raw.compressed))).toBe(true);
    }
  });

  check('gives the checker nothing to find that it does not find in IN', () => {
    expect(xlsxFindings(second)).toEqual(xlsxFindings(input));
  });

  it('removes what only a replaced sheet pointed to (a drawing and its chart) with their content types', async () => {
    const zip = await loadZip(first);
    const prislista = (await sheetParts(first)).get('Prislista')!.part;
    await addCharts(zip, prislista, 1);
    const withChart = await zipBytes(zip);
    const chartParts = (await partNames(withChart)).filter((n) => /^xl\/(charts|drawings)\//.test(n) && !n.endsWith('.vml'));
    expect(chartParts.length).toBeGreaterThanOrEqual(2);
    const again = (await spliced(withChart, changedOutputs())).bytes;
    const names = await partNames(again);
    for (const part of chartParts) expect(names).not.toContain(part);
    expect(await partText(again, '[Content_Types].xml')).not.toMatch(/chart\+xml|drawing\+xml/);
    expect(await inconsistencies(again)).toEqual([]);
    expect(await orphans(again)).toEqual([]);
  });

  it('drops the calculation chain when it replaces a sheet (Excel rebuilds it), keeps it when it only adds sheets', async () => {
    const withChain = async (bytes: Uint8Array) => {
      const zip = await loadZip(bytes);
      await addPart(zip, 'xl/calcChain.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E5" i="3"/></calcChain>', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml');
      await addRelationship(zip, 'xl/workbook.xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain', 'calcChain.xml');
      return zipBytes(zip);
    };
    const kept = (await spliced(await withChain(input), sampleOutputs())).bytes;
    expect(await partNames(kept)).toContain('xl/calcChain.xml');
    const dropped = (await spliced(await withChain(first), changedOutputs())).bytes;
    expect(await partNames(dropped)).not.toContain('xl/calcChain.xml');
    expect(await partText(dropped, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await partText(dropped, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await inconsistencies(dropped)).toEqual([]);
  });

  it('with an earlier plan: both calls written, the later replacing outputs of the same name', async () => {
    const zip = await guarded(input);
    const [prislista, avvikelse, kontroller] = sampleOutputs();
    const earlier = await planOutputs(zip, [prislista!, kontroller!]);
    const plan = await planOutputs(zip, [changedOutputs()[0]!, avvikelse!], earlier);
    const bytes = await gather(splicedPackage(zip, plan));
    expect([...(await sheetParts(bytes)).keys()].slice(5)).toEqual(['Prislista', 'Kontroller', 'Avvikelsepivot', '_intaktsmodell']);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.find((t) => t.name === 'Prislista')!.rows).toEqual(changedOutputs()[0]!.rows);
    expect(tables.find((t) => t.name === 'Kontroller')!.rows).toEqual(kontroller!.rows);
    expect(await inconsistencies(bytes)).toEqual([]);
  });
});

describe('splicing into a workbook the exceljs writer wrote (its ownership list in shared strings)', () => {
  it('replaces the sheets listed there in place and leaves nothing of them behind', async () => {
    // As the add-in's exceljs writer left a workbook: output sheets with their tables and the list in shared strings.
    const model = new ExcelJS.Workbook();
    writeInputTables(model, [{ name: 'Nycklar', sheet: '', headers: ['Kund', 'Anställda'], rows: [['Norr', 3]] }]);
    for (const output of sampleOutputs()) {
      addSheetTable(model, { sheetName: output.name, tableName: excelTableName(output.name), headers: output.columns.map((c) => c.header), rows: output.rows });
    }
    const list = model.addWorksheet(OWNERSHIP_SHEET, { state: 'veryHidden' });
    sampleOutputs().forEach((output, i) => (list.getCell(i + 1, 1).value = output.name));
    const old = new Uint8Array((await model.xlsx.writeBuffer()) as ArrayBuffer);
    // exceljs keeps the ownership list as shared strings: the splice must read them there.
    expect(await partText(old, 'xl/sharedStrings.xml')).toContain('<t>Avvikelsepivot</t>');
    const bytes = (await spliced(old, changedOutputs())).bytes;
    expect([...(await sheetParts(bytes)).keys()]).toEqual([...(await sheetParts(old)).keys()]);
    expect(await listedSheets(bytes)).toEqual(['Prislista', 'Avvikelsepivot', 'Kontroller']);
    expect(await inconsistencies(bytes)).toEqual(await inconsistencies(old));
    expect(await orphans(bytes)).toEqual(await orphans(old));
    expect((await partNames(bytes)).length).toBe((await partNames(old)).length);
    const tables = await (await openXlsx(bytes)).readTables();
    expect(tables.find((t) => t.name === 'Prislista')!.rows).toEqual(changedOutputs()[0]!.rows);
  });
});

describe('the template and the example workbook, with notes on every table sheet', () => {
  check('the outputs spliced in, and spliced in again: no findings; the example calculates to the outputs written', async () => {
    const template = createXlsx();
    await template.writeInputTables(templateTables());
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    const exampleBytes = await example.toBuffer();
    const result = runModel(await (await openXlsx(exampleBytes)).readTables());
    if (!result.ok) throw new Error('the example does not calculate');

    for (const [bytes, outputs] of [
      [await template.toBuffer(), sampleOutputs()],
      [exampleBytes, result.outputs],
    ] as const) {
      const out = (await spliced(bytes, outputs)).bytes;
      expect(xlsxFindings(out)).toEqual([]);
      const again = (await spliced(out, outputs)).bytes;
      expect(xlsxFindings(again)).toEqual([]);
      expect(await inconsistencies(again)).toEqual([]);
      expect(await orphans(again)).toEqual([]);
      const read = await (await openXlsx(again)).readTables();
      for (const output of outputs) {
        expect(read.find((t) => t.name === output.name)?.rows).toEqual(output.rows);
      }
      expect((await contents(again)).size).toBe((await contents(out)).size);
    }
  });
});
