import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { CellValue, RawTable } from '../../../../src/engine/cells';
import { isImportMark } from '../../../../src/engine/ledger/targets';
import { createXlsx, openXlsx } from '../../../../src/workbook/xlsx';
import { ImportWriteError } from '../../../../src/workbook/xlsx/import/import-error';
import { writeImportedRows } from '../../../../src/workbook/xlsx/import/write-imported-rows';
import { xlsxCheckAvailable, xlsxFindings } from '../xlsx-check';

const HEADERS = ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter', 'Källa'];
const OLD = 'Huvudboksimport: gammal.se 2026-01-01';
const NEW = 'Huvudboksimport: ny.se 2026-12-05';

async function workbook(rows: CellValue[][], headers = HEADERS): Promise<Uint8Array> {
  const wb = createXlsx();
  const table: RawTable = { name: 'Kostnader', sheet: 'Kostnader', headers, rows };
  await wb.writeInputTables([table]);
  return wb.toBuffer();
}

async function gather(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

const plan = (rows: Record<string, CellValue>[]) => ({ table: 'Kostnader', markColumn: 'Källa', isImported: isImportMark, rows });

async function rowsOf(bytes: Uint8Array) {
  return (await (await openXlsx(bytes)).readTables()).find((t) => t.name === 'Kostnader')!;
}

describe('writing imported rows into a table', () => {
  test('the earlier import\'s rows go, a user row below them moves up, the new rows follow; the table shrinks to fit', async () => {
    const input = await workbook([
      ['Ekonomi', 'Personal', 100, null, null],
      ['IT-pool', 'IT', 1, null, OLD],
      ['Kundtjänst', 'Lokaler', 5, null, 'min egen anteckning'],
      ['Lön och pension', 'Personal', 2, null, OLD],
      ['Ekonomi', 'Övrigt', 3, null, OLD],
    ]);
    const result = await writeImportedRows(input, plan([{ Kostnadsobjekt: 'IT-pool', Kostnadsslag: 'IT', Belopp: 1000.25, Källa: NEW }]));
    expect([result.written, result.replaced, result.kept]).toEqual([1, 3, 2]);
    const out = await gather(result.chunks);
    const table = await rowsOf(out);
    expect(table.rows).toEqual([
      ['Ekonomi', 'Personal', 100, null, null],
      ['Kundtjänst', 'Lokaler', 5, null, 'min egen anteckning'],
      ['IT-pool', 'IT', 1000.25, null, NEW],
    ]);
    const zip = await JSZip.loadAsync(out);
    const tablePart = Object.keys(zip.files).find((n) => /tables\/table\d+\.xml$/.test(n))!;
    expect(await zip.file(tablePart)!.async('string')).toMatch(/ref="A1:E4"/);
    if (xlsxCheckAvailable()) expect(xlsxFindings(out)).toEqual([]);
  });

  test('a formula in a user row that would move is refused, naming its cell', async () => {
    const input = await workbook([
      ['IT-pool', 'IT', 1, null, OLD],
      ['Ekonomi', 'Personal', { formula: '=2*50' }, null, null],
    ]);
    await expect(writeImportedRows(input, plan([]))).rejects.toThrow(new ImportWriteError({ id: 'importFormulaMoved', args: { table: 'Kostnader', cell: 'Kostnader!C3' } }).message);
  });

  test('a value below the table where it must grow is refused, not overwritten', async () => {
    const input = await workbook([['Ekonomi', 'Personal', 100, null, null]]);
    const zip = await JSZip.loadAsync(input);
    const sheet = Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(sheet, xml.replace(/<\/sheetData>/, '<row r="3"><c r="B3" t="inlineStr"><is><t>Summa</t></is></c></row></sheetData>'));
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const err = await writeImportedRows(edited, plan([{ Kostnadsobjekt: 'A', Belopp: 1, Källa: NEW }])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportWriteError);
    expect((err as Error).message).toBe('Tabellen Kostnader behöver växa, men cellen Kostnader!B3 under eller bredvid den är inte tom; flytta det som står där.');
  });

  test('a workbook without the table is refused', async () => {
    const wb = createXlsx();
    await wb.writeInputTables([{ name: 'Volymer', sheet: 'Volymer', headers: ['Kund'], rows: [] }]);
    await expect(writeImportedRows(await wb.toBuffer(), plan([]))).rejects.toThrow('Arbetsboken har ingen tabell Kostnader att importera till.');
  });

  test('a workbook from openpyxl with charts, a chartsheet and defined names: only the Kostnader sheet and its table change', async () => {
    const input = new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/openpyxl-charts.xlsx')));
    const before = await (await openXlsx(input)).readTables();
    const userRows = before.find((t) => t.name === 'Kostnader')!.rows;
    const result = await writeImportedRows(input, plan([{ Kostnadsobjekt: 'IT-pool', Kostnadsslag: 'IT', Belopp: -12.5, Källa: NEW }]));
    const out = await gather(result.chunks);
    const unpack = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      return new Map(await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => [f.name, await f.async('string')] as const)));
    };
    const [a, b] = [await unpack(input), await unpack(out)];
    const changed = [...a.keys()].filter((name) => a.get(name) !== b.get(name)).sort();
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(changed).toHaveLength(2);
    expect(changed.some((n) => /^xl\/worksheets\//.test(n)) && changed.some((n) => /^xl\/tables\//.test(n))).toBe(true);
    const table = await rowsOf(out);
    expect(table.headers.at(-1)).toBe('Källa');
    expect(table.rows).toEqual([...userRows.map((r) => [...r, null]), ['IT-pool', 'IT', -12.5, null, NEW]]);
    if (xlsxCheckAvailable()) expect(xlsxFindings(out)).toEqual([]);
  });
});
