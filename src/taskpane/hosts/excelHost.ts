import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { ExcelHost } from './host';
import { WorkerClient, type WorkerLike } from '../worker/client';
import type { ToWrite } from './runTypes';
import { workerRun } from './workerRun';
import { sameSheet } from './onDemand';
import { staleSheetsStore } from './staleSheets';
import type { WorkbookMessage } from '../../workbook/messages/catalog';
import type { ImportWritePlan, ImportWriteResult } from './ledgerPort';
import { excelLedgerPort } from './excelLedger';

/**
 * What the pane uses of the Excel adapter in src/workbook, as a shape: the pane depends on
 * this port alone; index.tsx fits the adapter to it.
 */
export interface OfficePort {
  /**
   * Beräkna in one run of the adapter: the input tables read, `calculate` run on them, what it returns
   * written; `notes` says what was skipped (PivotTable, charts), `stale` which of the
   * add-in's sheets are now stale, `inputs` the fingerprint of the inputs read.
   */
  recalculate<T>(calculate: (tables: RawTable[]) => Promise<ToWrite<T>>): Promise<{ value: T; notes: WorkbookMessage[]; stale: string[]; inputs: string }>;
  /** Writes outputs of a run on demand, recorded as calculated from `inputs`. */
  writeOutputs(outputs: OutputTable[], inputs: string): Promise<{ notes: WorkbookMessage[]; stale: string[] }>;
  writeInputTables(tables: RawTable[]): Promise<unknown>;
  selectCell(address: string): Promise<void>;
  writeStatements(statements: Statement[], inputs: string): Promise<{ sheets: string[]; notes: WorkbookMessage[] }>;
  /** These tables (the import's Kontering and target), their names matched as the contract matches them. */
  readTables(names: string[]): Promise<RawTable[]>;
  /** The import's rows into its input table, replacing an earlier import's and keeping the user's. */
  writeImportedRows(plan: ImportWritePlan): Promise<ImportWriteResult>;
}

/**
 * Excel's host: the tables read and the outputs written through the port on the page, the
 * engine in the pane's worker (made by `createWorker`, as the browser's is), so the page stays
 * free while it calculates and Avbryt stops it at once.
 */
export function excelHost(port: OfficePort, createWorker: () => WorkerLike): ExcelHost {
  // The inputs of the last run, recorded with the Kundbesked written from it.
  let inputs = '';
  const stale = staleSheetsStore();
  const client = new WorkerClient(createWorker);
  return {
    kind: 'excel',
    stale,
    workbook: {
      ...workerRun(
        client,
        async (calculate) => {
          const done = await port.recalculate(calculate);
          inputs = done.inputs;
          stale.set(done.stale);
          return done;
        },
        async (outputs, from) => {
          const written = await port.writeOutputs(outputs, from);
          stale.set(written.stale);
          return written;
        },
      ),
      selectCell: (address) => port.selectCell(address),
      ledger: excelLedgerPort(port, client),
    },
    writeInputTables: async (tables) => {
      await port.writeInputTables(tables);
    },
    writeStatements: async (statements) => {
      const { sheets, notes } = await port.writeStatements(statements, inputs);
      stale.set(stale.current().filter((sheet) => !sheets.some((s) => sameSheet(s, sheet))));
      return { sheets, notes };
    },
  };
}
