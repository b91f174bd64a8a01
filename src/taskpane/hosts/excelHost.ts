import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { ExcelHost } from './host';
import { WorkerClient, type WorkerLike } from '../worker/client';
import type { ToWrite } from './runTypes';
import { workerRun } from './workerRun';
import { sameSheet } from './onDemand';
import { staleSheetsStore } from './staleSheets';

/**
 * What the pane uses of the office-js adapter (src/workbook/office), as a shape: the pane
 * depends on this, not on office-js; index.tsx fits the adapter to it.
 */
export interface OfficePort {
  /**
   * Beräkna in one Excel.run: the input tables read, `calculate` run on them, what it returns
   * written; `notes` says in Swedish what was skipped (PivotTable, charts), `stale` which of the
   * add-in's sheets are now stale, `inputs` the fingerprint of the inputs read.
   */
  recalculate<T>(calculate: (tables: RawTable[]) => Promise<ToWrite<T>>): Promise<{ value: T; notes: string[]; stale: string[]; inputs: string }>;
  /** Writes outputs of a run on demand, recorded as calculated from `inputs`. */
  writeOutputs(outputs: OutputTable[], inputs: string): Promise<{ notes: string[]; stale: string[] }>;
  writeInputTables(tables: RawTable[]): Promise<unknown>;
  selectCell(address: string): Promise<void>;
  writeStatements(statements: Statement[], inputs: string): Promise<{ sheets: string[]; notes: string[] }>;
}

/**
 * Excel's host: the tables read and the outputs written through office-js on the page, the
 * engine in the pane's worker (made by `createWorker`, as the browser's is), so the page stays
 * free while it calculates and Avbryt stops it at once.
 */
export function excelHost(office: OfficePort, createWorker: () => WorkerLike): ExcelHost {
  // The inputs of the last run, recorded with the Kundbesked written from it.
  let inputs = '';
  const stale = staleSheetsStore();
  return {
    kind: 'excel',
    stale,
    workbook: {
      ...workerRun(
        new WorkerClient(createWorker),
        async (calculate) => {
          const done = await office.recalculate(calculate);
          inputs = done.inputs;
          stale.set(done.stale);
          return done;
        },
        async (outputs, from) => {
          const written = await office.writeOutputs(outputs, from);
          stale.set(written.stale);
          return written;
        },
      ),
      selectCell: (address) => office.selectCell(address),
    },
    writeInputTables: async (tables) => {
      await office.writeInputTables(tables);
    },
    writeStatements: async (statements) => {
      const { sheets, notes } = await office.writeStatements(statements, inputs);
      stale.set(stale.current().filter((sheet) => !sheets.some((s) => sameSheet(s, sheet))));
      return { sheets, notes };
    },
  };
}
