import type { RawTable } from '../src/engine/cells';
import { runModel } from '../src/engine';
import type { OutputTable } from '../src/engine/output';
import { OfficeWorkbook } from '../src/workbook/office';
import { splitOutputs } from '../src/taskpane/hosts/onDemand';
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

/** What one use case of the pane cost through the fake. */
export interface PaneCost {
  syncs: number;
  /** Request plus response bytes, UTF-8 JSON as the fake measures them. */
  bytes: number;
  maxRequestBytes: number;
  /** The pane's own time writing, the fake's handling left out. */
  writeMs: number;
}

/**
 * The task pane's Beräkna as a user meets it the second time: the workbook already holds the
 * outputs of a first run (Fakturaunderlag and Spårning included), and the pane recalculates,
 * reading the input tables and writing the core outputs (onDemand.ts) in one Excel.run, which
 * leaves Fakturaunderlag and Spårning marked stale. Then Fakturaunderlag written on demand.
 */
export async function paneRecalculation(tables: readonly RawTable[]): Promise<{ recalculation: PaneCost; invoiceOnDemand: PaneCost }> {
  const excel = new FakeExcel();
  seedTables(excel, tables);
  const workbook = new OfficeWorkbook(excel.host());
  // The first run writes everything, as a workbook calculated from the command line holds it.
  await workbook.writeOutputs(runModel(await workbook.readTables()).outputs);

  excel.resetStats();
  let writeStart = 0;
  let handledAtWrite = 0;
  const { value: later, report } = await workbook.recalculate(async (read) => {
    const { write, later: kept } = splitOutputs(runModel(read).outputs, false);
    writeStart = performance.now();
    handledAtWrite = excel.stats.handlingMs;
    return { write, others: kept, value: kept };
  });
  const recalculation = cost(excel, performance.now() - writeStart - (excel.stats.handlingMs - handledAtWrite));
  if (!report.stale.includes('Fakturaunderlag')) throw new Error('Fakturaunderlag was not marked stale');

  excel.resetStats();
  const start = performance.now();
  await workbook.writeOutputsWithReport(later.filter((o) => o.name === 'Fakturaunderlag'), report.inputs);
  const invoiceOnDemand = cost(excel, performance.now() - start - excel.stats.handlingMs);
  return { recalculation, invoiceOnDemand };
}

function cost(excel: FakeExcel, writeMs: number): PaneCost {
  const requests = excel.stats.requests;
  return {
    syncs: syncCount(excel),
    bytes: requests.reduce((n, r) => n + r.bytes + r.responseBytes, 0),
    maxRequestBytes: largestRequestBytes(excel),
    writeMs,
  };
}
