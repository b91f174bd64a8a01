/** planOutputs refuses as writeOutputs does, before anything is written: no plan, the package as it was. */
import type JSZip from 'jszip';
import { StreamedTable, type OutputTable } from '../../../../src/engine/output';
import { ExcelLimitError } from '../../../../src/workbook/excel-limits';
import { SheetNotOwnedError } from '../../../../src/workbook/port';
import { createXlsx, openXlsx, TableNameTakenError } from '../../../../src/workbook/xlsx';
import { planOutputs, splicedPackage } from '../../../../src/workbook/xlsx/splice';
import { addDefinedName, loadZip, zipBytes } from '../feature-parts';
import { fixture } from '../package-inspection';
import { sampleOutputs } from '../sample-outputs';
import { gather, guarded } from './spliced';

/** What a refusal must leave as it was: the package's entries and its edited parts. */
async function snapshot(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files);
  return [...names, ...(await Promise.all(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].map((p) => zip.file(p)!.async('string'))))];
}

async function refused(bytes: Uint8Array, outputs: OutputTable[]): Promise<unknown> {
  const zip = await guarded(bytes);
  const before = await snapshot(zip);
  const error = await planOutputs(zip, outputs).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  expect(await snapshot(zip)).toEqual(before);
  return error;
}

describe('planOutputs refuses before anything is written', () => {
  it('sheets of output names the add-in does not own, every one named (also one differing in case only)', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables([
      { name: 'Prislista', sheet: '', headers: ['Egen'], rows: [['mitt']] },
      { name: 'KONTROLLER', sheet: '', headers: ['Egen'], rows: [['mitt']] },
    ]);
    await workbook.writeOutputs([sampleOutputs()[1]!]); // Avvikelsepivot, owned
    const error = await refused(await workbook.toBuffer(), sampleOutputs());
    expect(error).toBeInstanceOf(SheetNotOwnedError);
    expect(error).toMatchObject({ sheets: ['Prislista', 'KONTROLLER'] });
  });

  it('an output table name used by a table on a sheet of another name', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables([{ name: 'Indata', sheet: '', headers: ['A'], rows: [[1]] }]);
    const zip = await loadZip(await workbook.toBuffer());
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace('name="Indata" displayName="Indata"', 'name="Prislista" displayName="Prislista"'));
    }
    const error = await refused(await zipBytes(zip), sampleOutputs());
    expect(error).toBeInstanceOf(TableNameTakenError);
    expect(error).toMatchObject({ names: ['Prislista'] });
  });

  it('an output table name used by a defined name', async () => {
    const zip = await loadZip(fixture('libreoffice.xlsx'));
    await addDefinedName(zip, 'kontroller', 'Nycklar!$A$1');
    const error = await refused(await zipBytes(zip), sampleOutputs());
    expect(error).toBeInstanceOf(TableNameTakenError);
    expect(error).toMatchObject({ names: ['kontroller'] });
  });

  it('two outputs of the same sheet or table name, also across an earlier call', async () => {
    const [prislista] = sampleOutputs();
    expect(String(await refused(fixture('libreoffice.xlsx'), [{ ...prislista!, name: 'Pris lista' }, { ...prislista!, name: 'Pris_lista' }]))).toMatch(/två gånger/);
    expect(String(await refused(fixture('libreoffice.xlsx'), [prislista!, { ...prislista!, name: 'PRISLISTA' }]))).toMatch(/två gånger/);
    const zip = await guarded(fixture('libreoffice.xlsx'));
    const earlier = await planOutputs(zip, [{ ...prislista!, name: 'Pris lista' }]);
    await expect(planOutputs(zip, [{ ...prislista!, name: 'Pris_lista' }], earlier)).rejects.toThrow(/två gånger/);
  });

  it('a column name twice, a number Excel cannot store, a text longer than a cell, a sheet name Excel refuses', async () => {
    const headers = sampleOutputs();
    headers[2]!.columns[1]!.header = 'nivå';
    expect(String(await refused(fixture('libreoffice.xlsx'), headers))).toMatch(/dubblerad kolumnrubrik/);
    const nan = sampleOutputs();
    nan[2]!.rows.push(['Fel', Number.NaN, 'x']);
    expect(String(await refused(fixture('libreoffice.xlsx'), nan))).toMatch(/Kontroller rad 5 kolumn Rad/);
    const long = sampleOutputs();
    long[0]!.rows[1]![0] = 'x'.repeat(32_768);
    expect(await refused(fixture('libreoffice.xlsx'), long)).toBeInstanceOf(ExcelLimitError);
    const wide = sampleOutputs();
    wide[2]!.rows.push(['Fel', 1, 'x', 'en för mycket']);
    expect(String(await refused(fixture('libreoffice.xlsx'), wide))).toMatch(/Kontroller rad 5 har fler värden än kolumner/);
    expect(String(await refused(fixture('libreoffice.xlsx'), [{ ...sampleOutputs()[0]!, name: 'Pris[lista]' }]))).toMatch(/kan inte vara namn på ett blad/);
  });

  it('a NaN in the last block of a streamed table, before any row is written', async () => {
    const table = new StreamedTable('Spårning', [{ header: 'Värde', format: 'number' }], 5000, function* () {
      yield Array.from({ length: 4096 }, (_, i) => [i]);
      yield Array.from({ length: 904 }, (_, i) => [i === 903 ? Number.POSITIVE_INFINITY : i]);
    });
    expect(String(await refused(fixture('libreoffice.xlsx'), [table]))).toMatch(/Spårning rad 5000 kolumn Värde är inget tal/);
  });

  it('a streamed table that makes other rows the second time stops the writing with an error', async () => {
    let pass = 0;
    const table = new StreamedTable('Spårning', [{ header: 'Värde', format: 'number' }], 3, function* () {
      pass++;
      yield pass === 1 ? [[1], [2], [3]] : [[1], [2]];
    });
    const zip = await guarded(fixture('libreoffice.xlsx'));
    const plan = await planOutputs(zip, [table]);
    await expect(gather(splicedPackage(zip, plan))).rejects.toThrow(/Spårning: 2 rader gjordes, 3 räknades/);
  });
});
