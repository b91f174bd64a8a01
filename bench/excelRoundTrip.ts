import type { RawTable } from '../src/engine/cells';
import type { OutputTable } from '../src/engine/output';
import { OfficeWorkbook } from '../src/workbook/office';
import { FakeExcel, largestRequestBytes, seedTables, syncCount } from '../test/workbook/office/fake-excel';

export interface ExcelCost {
  syncs: number;
  maxRequestBytes: number;
}

/**
 * A full read and write through the office-js adapter against the strict in-memory Excel of the
 * tests: it counts context.sync() calls and measures every request's size, as Excel on the web
 * would see them (5 MB limit).
 */
export async function excelRoundTrip(tables: readonly RawTable[], outputs: OutputTable[]): Promise<ExcelCost> {
  const excel = new FakeExcel();
  seedTables(excel, tables);
  excel.resetStats();
  const workbook = new OfficeWorkbook(excel.host());
  await workbook.readTables();
  await workbook.writeOutputs(outputs);
  return { syncs: syncCount(excel), maxRequestBytes: largestRequestBytes(excel) };
}
