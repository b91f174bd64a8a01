import type { CellValue, RawTable } from '../../../src/engine/cells';
import { isImportMark } from '../../../src/engine/ledger/targets';
import { OfficeWorkbook, SheetProtectedError } from '../../../src/workbook/office';
import { ImportWriteError } from '../../../src/workbook/xlsx/import/import-error';
import { renderWorkbookMessage } from '../../../src/workbook/messages/catalog';
import { WorkbookMessageError } from '../../../src/workbook/messages/error';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { FakeExcel, largestRequestBytes, largestResponseBytes, seedTables, syncCount } from './fake-excel';

const OLD = 'Huvudboksimport: budget2026.se 2025-12-01';
const NEW = 'Huvudboksimport: budget2027.se 2026-12-05';

function excelWith(tables: RawTable[], apiVersion = '1.17'): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  seedTables(excel, tables);
  excel.resetStats();
  return { excel, workbook: new OfficeWorkbook(excel.host()) };
}

const kostnader = (rows: CellValue[][], headers = ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter', 'Källa']): RawTable => ({
  name: 'Kostnader',
  sheet: 'Kostnader',
  headers,
  rows,
  origin: { row: 1, column: 1 },
});

const line = (objekt: string, belopp: number, slag: string | null = 'Personal'): Record<string, CellValue> => ({
  Kostnadsobjekt: objekt,
  Kostnadsslag: slag,
  Belopp: belopp,
  'Fördelas efter': null,
  Källa: NEW,
});

const plan = (rows: Record<string, CellValue>[]) => ({ table: 'Kostnader', markColumn: 'Källa', isImported: (mark: string) => isImportMark(mark), rows });

describe('writeImportedRows in Excel (the pane’s import)', () => {
  it('replaces the earlier import and empty rows, keeps the user’s rows, moves those below up, in 3 syncs', async () => {
    const { excel, workbook } = excelWith([
      kostnader([
        ['Kassa', 'Lokaler', 50_000, null, null],
        ['Lön', 'Personal', 1_000, null, OLD],
        [null, null, null, null, null],
        ['Ekonomi', 'IT', 2_000, 'Omsättning', 'eget'],
        ['Lön', 'IT', 3_000, null, OLD],
      ]),
    ]);
    const report = await workbook.writeImportedRows(plan([line('Lön', 123_456.5), line('=Ekonomi', 7, null)]));
    expect(report).toEqual({ written: 2, replaced: 2, kept: 2, syncs: 3 });
    expect(syncCount(excel)).toBe(3);
    const table = excel.table('Kostnader');
    expect(table.address).toBe('Kostnader!A1:E5');
    expect(table.rows).toEqual([
      ['Kassa', 'Lokaler', 50_000, null, null],
      ['Ekonomi', 'IT', 2_000, 'Omsättning', 'eget'],
      ['Lön', 'Personal', 123_456.5, null, NEW],
      // Text that looks like a formula stays text.
      ['=Ekonomi', null, 7, null, NEW],
    ]);
    expect(excel.cell('Kostnader', 'A5')).toEqual({ kind: 'text', value: '=Ekonomi', numberFormat: '@' });
    // The row the table gave up is empty.
    expect(excel.cell('Kostnader', 'C6').kind).toBe('empty');
  });

  it('adds Källa at the table’s right when it is missing, every row the user’s', async () => {
    const { excel, workbook } = excelWith([kostnader([['Kassa', 50_000]], ['Kostnadsobjekt', 'Belopp'])]);
    const report = await workbook.writeImportedRows(plan([line('Lön', 10)]));
    expect(report).toMatchObject({ written: 1, replaced: 0, kept: 1 });
    const table = excel.table('Kostnader');
    expect(table.headers).toEqual(['Kostnadsobjekt', 'Belopp', 'Källa']);
    expect(table.rows).toEqual([
      ['Kassa', 50_000, null],
      ['Lön', 10, NEW],
    ]);
  });

  it('takes the same number of syncs for 10 and for 10 000 rows', async () => {
    const syncsFor = async (n: number) => {
      const old = Array.from({ length: n }, (_, i): CellValue[] => [`Tjänst ${i}`, 'Personal', i, null, OLD]);
      const { excel, workbook } = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, 'eget'], ...old])]);
      const rows = Array.from({ length: n }, (_, i) => line(`Tjänst ${i}`, i + 0.5));
      const report = await workbook.writeImportedRows(plan(rows));
      expect(report).toMatchObject({ written: n, replaced: n, kept: 1 });
      const table = excel.table('Kostnader');
      expect(table.rows).toHaveLength(n + 1);
      expect(table.rows[n]).toEqual([`Tjänst ${n - 1}`, 'Personal', n - 0.5, null, NEW]);
      expect(largestRequestBytes(excel)).toBeLessThan(4_000_000);
      if (process.env.MEASURE) console.log(n, largestRequestBytes(excel), largestResponseBytes(excel));
      return syncCount(excel);
    };
    const small = await syncsFor(10);
    const large = await syncsFor(10_000);
    // Measured: the write of 10 000 rows is one request of about 1,3 MB, under the 4 MB budget.
    expect(small).toBe(3);
    expect(large).toBe(small);
  });

  it('reads a table too large for one answer in parts: 60 000 rows, of which the user’s keep their place and moved ones their cells', async () => {
    // 60 000 rows: every third the user's ('eget', a text Belopp now and then), the rest an
    // earlier import. The table's cells with the 40 000 rows below come to some 9 MB: Excel
    // refuses that answer, and the table is read in planned parts of at most 4 MB.
    const old = Array.from({ length: 60_000 }, (_, i): CellValue[] =>
      i % 3 === 0 ? [`Eget ${i}`, 'Lokaler', i % 9 === 0 ? `ca ${i}` : i, null, 'eget'] : [`Tjänst ${i}`, 'Personal', i, null, OLD],
    );
    const { excel, workbook } = excelWith([kostnader(old)]);
    const rows = Array.from({ length: 40_000 }, (_, i) => line(`Ny ${i}`, i + 0.25));
    const report = await workbook.writeImportedRows(plan(rows));
    expect(report).toMatchObject({ written: 40_000, replaced: 40_000, kept: 20_000 });
    expect(excel.stats.requests[1]!.failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(excel.stats.requests.filter((r) => r.failed !== undefined)).toHaveLength(1);
    const reads = excel.stats.requests.slice(3).filter((r) => r.responseBytes > 10_000);
    expect(reads.length).toBeGreaterThan(1);
    // Every answer read is within the budget (the refused one measured 15 MB).
    expect(Math.max(...excel.stats.requests.filter((r) => r.failed === undefined).map((r) => r.responseBytes))).toBeLessThanOrEqual(4_000_000);
    expect(largestRequestBytes(excel)).toBeLessThanOrEqual(4_000_000);
    expect(report.syncs).toBe(syncCount(excel));
    const table = excel.table('Kostnader');
    // The user's rows first (the first row is one, so nothing moves above it), in their order, then the new ones.
    const own = old.filter((r) => r[4] === 'eget');
    expect(table.rows).toHaveLength(60_000);
    expect(table.rows.slice(0, 20_000)).toEqual(own);
    expect(table.rows[20_000]).toEqual(['Ny 0', 'Personal', 0.25, null, NEW]);
    expect(table.rows[59_999]).toEqual(['Ny 39999', 'Personal', 39_999.25, null, NEW]);
    // A moved user row keeps its text Belopp as text.
    expect(excel.cell('Kostnader', 'C5')).toMatchObject({ kind: 'text', value: 'ca 9' });
  });

  it('refuses, writing nothing, where it would overwrite a cell below the table or move a formula', async () => {
    const below = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, null]])]);
    below.excel.sheet('Kostnader').ensure(4, 3).content = { kind: 'text', text: 'anteckning' };
    const before = below.excel.snapshot();
    const refusal = await below.workbook.writeImportedRows(plan([line('A', 1), line('B', 2), line('C', 3)])).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImportWriteError);
    expect(renderMessage((refusal as ImportWriteError).text, 'sv')).toContain('Kostnader!C4');
    expect(below.excel.snapshot()).toBe(before);

    const formula = excelWith([kostnader([['Lön', 'IT', 3_000, null, OLD], ['Kassa', 'Lokaler', 1, null, null]])]);
    formula.excel.sheet('Kostnader').ensure(3, 3).content = { kind: 'formula', formula: '=1+1' };
    const moved = await formula.workbook.writeImportedRows(plan([line('A', 1)])).catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(ImportWriteError);
    expect(renderMessage((moved as ImportWriteError).text, 'en')).toContain('the cell Kostnader!C3 holds a formula');
  });

  it('refuses a protected sheet, a missing table and an Excel without Table.resize', async () => {
    const locked = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, null]])]);
    locked.excel.protectSheet('Kostnader');
    await expect(locked.workbook.writeImportedRows(plan([line('A', 1)]))).rejects.toBeInstanceOf(SheetProtectedError);

    const missing = excelWith([{ ...kostnader([]), name: 'Volymer', sheet: 'Volymer' }]);
    await expect(missing.workbook.writeImportedRows(plan([line('A', 1)]))).rejects.toThrow('Arbetsboken har ingen tabell Kostnader att importera till.');

    const old = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, null]])], '1.12');
    const error = await old.workbook.writeImportedRows(plan([line('A', 1)])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookMessageError);
    expect(renderWorkbookMessage((error as WorkbookMessageError).text, 'en')).toContain('ExcelApi 1.13 is needed');
  });

  it('finds the table however its name is spelt, on a sheet whose name needs quotes', async () => {
    const { excel, workbook } = excelWith([{ ...kostnader([['Kassa', 'Lokaler', 1, null, OLD]]), sheet: 'Mina kostnader' }]);
    const report = await workbook.writeImportedRows({ ...plan([line('Lön', 2), line('Kassa', 3)]), table: 'KOSTNADER' });
    expect(report).toMatchObject({ written: 2, replaced: 1, kept: 0 });
    expect(excel.table('Kostnader').address).toBe("'Mina kostnader'!A1:E3");
  });

  it('refuses a workbook open for viewing only and a table that would grow past the sheet', async () => {
    const viewed = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, null]])]);
    viewed.excel.viewOnly();
    await expect(viewed.workbook.writeImportedRows(plan([line('A', 1)]))).rejects.toThrow('visning');

    const low = excelWith([{ ...kostnader([['Kassa', 'Lokaler', 1, null, null]]), origin: { row: 1_048_575, column: 1 } }]);
    const error = await low.workbook.writeImportedRows(plan([line('A', 1), line('B', 2)])).catch((e: unknown) => e);
    expect(renderWorkbookMessage((error as WorkbookMessageError).text, 'sv')).toBe('Tabellen Kostnader når bladet Kostnaders sista rad eller kolumn och kan inte växa; flytta den och importera igen.');
  });

  it('reads only the tables asked for', async () => {
    const { workbook } = excelWith([kostnader([['Kassa', 'Lokaler', 1, null, null]]), { ...kostnader([['x', 1]], ['Konto', 'Kostnadsobjekt']), name: 'Kontering', sheet: 'Kontering' }]);
    const tables = await workbook.readNamedTables(['KONTERING']);
    expect(tables.map((t) => t.name)).toEqual(['Kontering']);
  });
});
