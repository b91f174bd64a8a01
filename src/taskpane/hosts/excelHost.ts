import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { ExcelHost } from './host';
import type { SavePublished } from './published';
import { WorkerClient, type WorkerLike } from '../worker/client';
import type { ToWrite } from './runTypes';
import { workerRun } from './workerRun';
import { nextYearInExcel } from './nextYearInExcel';
import { sameSheet } from './onDemand';
import { staleSheetsStore } from './staleSheets';
import type { WorkbookMessage } from '../../workbook/messages/catalog';
import { decisionDay } from './decisionDay';
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
  /** "Spara som beslutad version": the tables a calculation reads, `decide` run on them, the table it returns written protected. */
  decide<T>(decide: (tables: RawTable[]) => Promise<{ table: OutputTable | null; value: T }>): Promise<{ value: T }>;
  /** The open workbook's file and new workbooks (next year's); absent where the host has none. */
  files?: FilesPort;
}

/** The open workbook as a file, and a new workbook in Excel from one (the adapter's OfficeFiles). */
export interface FilesPort {
  /** Whether this Excel hands over the open file and opens a new workbook (requirement sets). */
  canOpenNewWorkbook(): boolean;
  /** The open workbook's file, as Excel has it. */
  readOpenFile(): Promise<Uint8Array>;
  /** Opens a file as a new workbook in Excel. */
  openNewWorkbook(bytes: Uint8Array): Promise<void>;
}

/**
 * Excel's host: the tables read and the outputs written through the port on the page, the
 * engine in the pane's worker (made by `createWorker`, as the browser's is), so the page stays
 * free while it calculates and Avbryt stops it at once. `savePublished` hands the published price
 * list and Kundbesked PDFs to the user (excelSavePublished.ts, in the office chunk).
 */
export function excelHost(port: OfficePort, createWorker: () => WorkerLike, savePublished?: SavePublished): ExcelHost {
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
      nextYear: (onProgress) => nextYearInExcel(port, client, onProgress),
      decide: async (label, onProgress) => {
        const { value } = await port.decide(async (tables) => {
          const answer = await client.decide(label, decisionDay(), tables, onProgress);
          return { table: answer.ok ? answer.table : null, value: answer };
        });
        return value.ok ? { ok: true, messages: value.messages } : value;
      },
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
    ...(savePublished ? { savePublished } : {}),
  };
}
