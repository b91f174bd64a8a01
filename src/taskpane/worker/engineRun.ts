import type { RawTable } from '../../engine/cells';
import { runModel, type RunResult } from '../../engine';
import { customerTraceTable } from '../../engine/report/trace';
import { rowCount, type OutputTable } from '../../engine/output';
import { customerStatement, type Statement } from '../../engine/statement';
import { isOnDemand } from '../hosts/onDemand';
import { paneSettings } from '../summary/settings';
import { summarize } from '../summary/summarize';
import type { CustomerDetail, PaneOutput, PaneRunData } from './protocol';
import { customerSettlement } from './customerSettlement';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';

/**
 * The engine's part of the pane's worker, with nothing of a file in it, so that any host can
 * run it: the Excel host on its own tables, the browser on an opened file's.
 */

/** A run: the engine's whole result (kept where it was made) and what the pane is sent of it. */
export interface EngineRun {
  result: RunResult;
  data: PaneRunData;
}

/** Calculates; `onProgress` gets the engine's steps with the fraction of its work done (0–1). */
export function calculateForPane(tables: readonly RawTable[], onProgress: (step: string, fraction: number) => void = () => {}): EngineRun {
  const result = runModel(tables, { onProgress });
  return {
    result,
    data: {
      ok: result.ok,
      problems: result.problems,
      outputs: result.outputs.map(paneOutput),
      calculated: result.calculation !== null,
      summary: result.ok ? summarize(result.outputs) : null,
      settings: result.calculation ? paneSettings(result.calculation.model, tables, result.outputs) : null,
    },
  };
}

/**
 * A table as plain data. The on-demand ones (onDemand.ts), which no view of the pane reads and
 * which are by far the biggest (a city's: 81 180 and 29 822 rows), keep their rows unmade here,
 * for the download or Excel's on-demand write to take a block at a time; a customer's trace is
 * made for that customer when asked (customerDetail).
 */
function paneOutput(table: OutputTable): PaneOutput {
  const kept = isOnDemand(table.name);
  return { name: table.name, columns: table.columns, rows: kept ? [] : table.rows, rowCount: rowCount(table), kept };
}

/** A customer's trace (its rows of Spårning, made for it alone), Kundbesked and part of the settlement. */
export function customerDetail(result: RunResult, customer: string): CustomerDetail {
  const calc = needCalculation(result);
  const trace = customerTraceTable(calc, customer);
  return {
    trace: trace && { name: trace.name, columns: trace.columns, rows: trace.rows },
    statement: customerStatement(calc, customer),
    settlement: customerSettlement(calc, customer),
  };
}

export function statementsOf(result: RunResult, customers: readonly string[]): Statement[] {
  const calc = needCalculation(result);
  return customers.map((customer) => customerStatement(calc, customer));
}

function needCalculation(result: RunResult) {
  if (!result.calculation) throw new TextError(paneMsg('noCalculation', {}));
  return result.calculation;
}
