import { OUTPUT_TABLE_NAMES } from '../../../src/engine/output';
import { miniWorkbook } from '../../engine/helpers';
import { DEVIATION_PIVOT, DEVIATION_SHEET, DEVIATION_TABLE, ExcelTooOldError, OfficeWorkbook } from '../../../src/workbook/office';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import { seedTables, syncCount } from './fake-excel';
import { example, excelWith, outputsOf } from './helpers';

// Every output of the contract, in its order (new outputs join without touching this test).
const CONTRACT: string[] = [...OUTPUT_TABLE_NAMES];

async function written(apiVersion: string) {
  const { excel, workbook } = excelWith(example(), apiVersion);
  const outputs = outputsOf(await workbook.readTables());
  const report = await workbook.writeOutputsWithReport(outputs);
  return { excel, workbook, outputs, report };
}

describe('the native PivotTable over the deviation rows', () => {
  it('is created where ExcelApi 1.8 is supported: customers down, deviation types across, kronor', async () => {
    const { excel, outputs, report } = await written('1.8');
    expect(report.pivotTable).toBe(DEVIATION_PIVOT);
    expect(report.skipped.pivotTable).toBeUndefined();
    const [pivot] = excel.sheet(DEVIATION_SHEET).pivots;
    expect(pivot).toMatchObject({ name: DEVIATION_PIVOT, rows: ['Kund'], columns: ['Avvikelse'], data: [{ field: 'Belopp', numberFormat: '#,##0' }] });
    expect(pivot!.source.name).toBe(DEVIATION_TABLE);

    // The rows behind it carry the same kronor as the Avvikelsepivot table.
    const rows = excel.table(DEVIATION_TABLE).rows as [string, string, number][];
    const table = outputs.find((o) => o.name === 'Avvikelsepivot')!;
    const grandTotal = table.rows[table.rows.length - 1]!.at(-1) as number;
    expect(rows.reduce((sum, r) => sum + r[2], 0)).toBe(grandTotal);
    expect(excel.cell(OWNERSHIP_SHEET, `A${CONTRACT.length + 1}`).value).toBe(DEVIATION_SHEET);
  });

  it('is skipped without ExcelApi 1.8, the tables still written and the reason reported', async () => {
    const { excel, report } = await written('1.7');
    expect(report.skipped).toEqual({ pivotTable: 'skipped: ExcelApi 1.8 not supported' });
    expect(report.notes).toEqual([expect.stringMatching(/^Pivottabellen över avvikelserna skapades inte.*ExcelApi 1\.8/)]);
    expect(report.pivotTable).toBeNull();
    expect(report.sheets).toEqual(CONTRACT);
    for (const name of CONTRACT) expect(excel.table(name).sheet).toBe(name);
    expect(excel.sheetNames()).not.toContain(DEVIATION_SHEET);
    expect(report.charts).toHaveLength(2);
  });

  it('goes away, with its sheet, when a host without 1.8 rewrites the outputs', async () => {
    const excel = (await written('1.8')).excel;
    excel.apiVersion = '1.7';
    const workbook = new OfficeWorkbook(excel.host());
    await workbook.writeOutputs(outputsOf(await workbook.readTables()));
    expect(excel.sheetNames()).not.toContain(DEVIATION_SHEET);
    expect(excel.tableNames()).not.toContain(DEVIATION_TABLE);
    const listed = Array.from({ length: CONTRACT.length + 3 }, (_, i) => excel.cell(OWNERSHIP_SHEET, `A${i + 1}`).value).filter((v) => v !== null);
    expect(listed).toEqual(CONTRACT);
  });

  it('is skipped when a sheet of its name belongs to the user, which is left alone', async () => {
    const { excel, workbook } = excelWith(example());
    seedTables(excel, [{ name: 'Mina_avvikelser', sheet: DEVIATION_SHEET, headers: ['x'], rows: [[1]] }]);
    const before = excel.sheetSnapshot(DEVIATION_SHEET);
    const report = await workbook.writeOutputsWithReport(outputsOf(await workbook.readTables()));
    expect(report.skipped.pivotTable).toMatch(/exists and was not created by the add-in/);
    expect(report.notes.join(' ')).toMatch(/bladet "Avvikelseanalys" finns redan/);
    expect(excel.sheetSnapshot(DEVIATION_SHEET)).toBe(before);
  });

  it('is not made when there are no deviations', async () => {
    const { excel, workbook } = excelWith(miniWorkbook());
    const report = await workbook.writeOutputsWithReport(outputsOf(await workbook.readTables()));
    expect(report.skipped.pivotTable).toBe('skipped: no deviation rows');
    expect(report.notes).toEqual([]);
    expect(excel.sheetNames()).not.toContain(DEVIATION_SHEET);
  });
});

describe('charts', () => {
  it('draw each customer\'s charge by area and the price structure per area', async () => {
    const { excel, outputs, report } = await written('1.17');
    expect(report.charts).toEqual(['Debitering per kund', 'Prisstruktur per område']);
    const customers = outputs.find((o) => o.name === 'Kundsammanställning')!;
    const n = customers.rows.length;
    const [byCustomer] = excel.sheet('Kundsammanställning').charts;
    // Kund, Kundtyp, six areas (C:H), Avvikelsepåslag, Totalt
    expect(byCustomer).toMatchObject({ type: 'BarStacked', seriesBy: 'Columns', reversePlotOrder: true });
    expect(byCustomer!.source).toEqual({ top: 1, left: 3, bottom: n + 1, right: 8 });
    expect(byCustomer!.categories).toEqual({ top: 2, left: 1, bottom: n + 1, right: 1 });
    const [structure] = excel.sheet('Prisstruktur').charts;
    const areas = outputs.find((o) => o.name === 'Prisstruktur')!.rows.length - 1; // without Totalt
    expect(structure).toMatchObject({ type: 'ColumnStacked', title: 'Prisstruktur per verksamhetsområde' });
    expect(structure!.source).toEqual({ top: 1, left: 2, bottom: areas + 1, right: 4 });
    expect(structure!.categories).toEqual({ top: 2, left: 1, bottom: areas + 1, right: 1 });
  });
});

describe('older hosts', () => {
  it('without ExcelApi 1.7 write the tables and skip charts and frozen header rows', async () => {
    const { excel, report } = await written('1.6');
    expect(report.skipped).toEqual({
      pivotTable: 'skipped: ExcelApi 1.8 not supported',
      charts: 'skipped: ExcelApi 1.7 not supported',
      frozenHeaders: 'skipped: ExcelApi 1.7 not supported',
    });
    expect(report.notes).toHaveLength(3);
    for (const name of CONTRACT) {
      expect(excel.table(name).sheet).toBe(name);
      expect(excel.sheet(name).charts).toEqual([]);
      expect(excel.sheet(name).frozenRows).toBe(0);
    }
  });

  it('without ExcelApi 1.6 write without suspending calculation', async () => {
    const { excel, report } = await written('1.5');
    expect(report.skipped.calculationSuspension).toBe('skipped: ExcelApi 1.6 not supported');
    expect(excel.stats.requests.some((r) => r.calculationSuspended)).toBe(false);
    expect(excel.table('Prislista').rows.length).toBeGreaterThan(0);
  });

  it('below ExcelApi 1.4 refuse in Swedish without calling Excel', async () => {
    const { excel, workbook } = excelWith(example(), '1.3');
    await expect(workbook.readTables()).rejects.toThrow(ExcelTooOldError);
    await expect(workbook.readTables()).rejects.toThrow(/Excel-versionen saknar funktioner/);
    expect(syncCount(excel)).toBe(0);
  });
});
