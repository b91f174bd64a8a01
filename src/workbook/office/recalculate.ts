/// <reference types="office-js" />
import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { excelTableName, normalizeTableName, TABLE_ORDER } from '../../engine/schema';
import { decidedInputs } from '../../engine/versions/inputs';
import { DECISIONS_SHEET } from '../../engine/versions/sheet';
import { queueInspection, type WorkbookState } from './inspect';
import { readTables } from './read-tables';
import type { Capabilities } from './requirements';
import { writeOutputs, type WriteReport } from './write-outputs';

/** What a calculation hands back to be written: the outputs to write now, the rest of the run's. */
export interface Calculated<T> {
  write: OutputTable[];
  /** The run's outputs left for later (Fakturaunderlag, Spårning): their widths place stale notes. */
  others: OutputTable[];
  value: T;
}

export interface RecalculationReport extends WriteReport {
  /** The fingerprint of the input tables read (input-fingerprint.ts), to record with later writes of this run. */
  inputs: string;
}

const INPUT_TABLES = new Set(TABLE_ORDER.map(normalizeTableName));
const DECISIONS_TABLE = normalizeTableName(DECISIONS_SHEET);
/** The names those tables go by in a workbook made from the template, described in the first request. */
const EXPECTED_NAMES = [...TABLE_ORDER, DECISIONS_SHEET].map(excelTableName);

/** The tables a calculation reads: the contract's inputs and Beslutade versioner (Versionsjämförelse compares with it; no part of the fingerprint). */
export function readByCalculation(name: string): boolean {
  const n = normalizeTableName(name);
  return INPUT_TABLES.has(n) || n === DECISIONS_TABLE;
}

/**
 * The tables a calculation reads (readByCalculation) and, in the same requests, the workbook's
 * state for the writing that follows (sheets, names, ownership list): Beräkna's and "Spara som
 * beslutad version"'s first syncs.
 */
export async function readForCalculation(context: Excel.RequestContext, capabilities: Capabilities): Promise<{ read: Awaited<ReturnType<typeof readTables>>; state: WorkbookState }> {
  let inspected: () => WorkbookState = () => {
    throw new Error('Arbetsboken granskades inte före skrivningen.');
  };
  const read = await readTables(context, {
    only: readByCalculation,
    expected: EXPECTED_NAMES,
    alongside: () => {
      inspected = queueInspection(context, capabilities, { ownership: true });
    },
  });
  return { read, state: inspected() };
}

/**
 * Beräkna in one Excel.run, so that the workbook is looked at once: (1) in one request, the
 * tables' names, the workbook's sheets, names and ownership list, and the input tables' headers,
 * addresses and first rows (asked for by the contract's names; a table spelt otherwise is
 * described in one request more); (2) their cells (one request per 4 MB of answer,
 * read-tables.ts); then the calculation; then the outputs it chose, staged (one request per
 * 4 MB) and swapped in with the ownership list and the stale marks (one request). A city takes
 * 4 syncs. Output sheets are not read: only tables named as the contract's inputs, and
 * Beslutade versioner (readByCalculation).
 */
export async function recalculate<T>(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  calculate: (tables: RawTable[]) => Promise<Calculated<T>>,
): Promise<{ value: T; report: RecalculationReport }> {
  const { read, state } = await readForCalculation(context, capabilities);
  const inputs = decidedInputs(read.tables);
  const { write, others, value } = await calculate(read.tables);
  const report = await writeOutputs(context, capabilities, write, { inputs, calculation: { others }, state });
  return { value, report: { ...report, syncs: report.syncs + read.syncs, inputs } };
}
