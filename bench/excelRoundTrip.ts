import type { RawTable } from '../src/engine/cells';
import type { OutputTable } from '../src/engine/output';
import { OfficeWorkbook } from '../src/workbook/office';
import { FakeExcel, largestRequestBytes, seedTables, syncCount } from '../test/workbook/office/fake-excel';

export interface ExcelCost {
  syncs: number;
  maxRequestBytes: number;
  /**
   * The task pane's own time, the fake's handling of the requests at sync left out: reading the
   * tables, and writing the outputs (which makes the streamed tables' rows as it goes).
   */
  readMs: number;
  writeMs: number;
}

/**
 * A full read and write through the office-js adapter against the strict in-memory Excel of the
 * tests: it counts context.sync() calls and measures every request's size, as Excel on the web
 * would see them (5 MB limit), and times the adapter's side of each (one read and one write, in a
 * process of its own: the first, not a warmed-up median).
 */
export async function excelRoundTrip(tables: readonly RawTable[], outputs: OutputTable[]): Promise<ExcelCost> {
  const excel = new FakeExcel();
  seedTables(excel, tables);
  excel.resetStats();
  const workbook = new OfficeWorkbook(excel.host());
  let start = performance.now();
  await workbook.readTables();
  const readMs = performance.now() - start - excel.stats.handlingMs;
  const handledBefore = excel.stats.handlingMs;
  start = performance.now();
  await workbook.writeOutputs(outputs);
  const writeMs = performance.now() - start - (excel.stats.handlingMs - handledBefore);
  return { syncs: syncCount(excel), maxRequestBytes: largestRequestBytes(excel), readMs, writeMs };
}
