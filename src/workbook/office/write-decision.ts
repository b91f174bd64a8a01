/// <reference types="office-js" />
import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { decidedInputs } from '../../engine/versions/inputs';
import { readForCalculation } from './recalculate';
import { ExcelTooOldError, type Capabilities } from './requirements';
import { writeOutputs, type WriteReport } from './write-outputs';

/** What the decision made of the tables: Beslutade versioner whole to write (protected), or null when refused. */
export interface Decision<T> {
  table: OutputTable | null;
  value: T;
}

/**
 * "Spara som beslutad version" in one Excel.run (docs/arbetsbok.md, "Decided versions"): (1) the
 * tables a calculation reads, Beslutade versioner among them, with the workbook's state; then
 * `decide` (the engine, in the pane's worker) makes the sheet's table: the earlier versions as
 * read and the new one; then it is written as outputs are (stage, swap: the old protected sheet
 * unprotected and deleted, the new one protected, ownership recorded with the inputs'
 * fingerprint), or nothing when `decide` refused. Nothing else in the workbook is touched, and no
 * sheet is marked stale. A city takes 4 syncs, as Beräkna.
 */
export async function writeDecision<T>(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  decide: (tables: RawTable[]) => Promise<Decision<T>>,
): Promise<{ value: T; report: WriteReport | null }> {
  if (!capabilities.has('sheetProtection')) throw new ExcelTooOldError();
  const { read, state } = await readForCalculation(context, capabilities);
  const { table, value } = await decide(read.tables);
  if (table === null) return { value, report: null };
  if (!table.protected) throw new Error(`Utdatatabellen ${table.name} är ingen beslutad version: den ska skrivas skrivskyddad.`);
  const report = await writeOutputs(context, capabilities, [table], { inputs: decidedInputs(read.tables), state });
  return { value, report: { ...report, syncs: report.syncs + read.syncs } };
}
