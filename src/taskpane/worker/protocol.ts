import type { RawTable } from '../../engine/cells';
import type { OutputTable, OutputValue } from '../../engine/output';
import type { Problem } from '../../engine/problems';
import type { Statement } from '../../engine/statement';
import type { PaneSettings } from '../summary/settings';
import type { RunSummary } from '../summary/summarize';
import type { ErrorText } from '../messages/errorText';
import type { CustomerSettlement } from './customerSettlement';
import type { DecideAnswer } from './decideRun';
import type { ImportWritePlan, ImportWriteResult, LedgerPreview, LedgerRequest } from '../hosts/ledgerPort';

/**
 * The messages between the pane and its worker. Everything here is plain data (structured
 * clone); the big byte arrays are transferred, not copied. Each request carries an id, and
 * the worker answers it with progress messages and then one `done` or `failed` of that id.
 */
export type Request = { id: number } & RequestBody;

export type RequestBody =
  /** An .xlsx file's bytes (transferred): the worker keeps the workbook and its tables. */
  | { kind: 'open'; bytes: ArrayBuffer }
  /**
   * Calculate the given tables, or (without them) the opened file's, and (with a file open)
   * write the outputs into it for a later download.
   */
  | { kind: 'calculate'; tables?: RawTable[] }
  /** The opened file with the last run's outputs, as an .xlsx Blob. */
  | { kind: 'download' }
  /** One customer's charges trace and Kundbesked, from the last run. */
  | { kind: 'customer'; customer: string }
  /** Kundbesked for these customers, from the last run. */
  | { kind: 'statements'; customers: string[] }
  /** Kundbesked for these customers as a new .xlsx. */
  | { kind: 'statementsXlsx'; customers: string[] }
  /** The published price list from the last run, as PDF or .xlsx, with this version label. */
  | { kind: 'priceListFile'; format: 'pdf' | 'xlsx'; label: string }
  /** Kundbesked for these customers as one PDF. */
  | { kind: 'statementsPdf'; customers: string[] }
  /** The invoice file for the ERP as CSV from the last run: Fakturaunderlag, or with `settlement` Slutavräkning. */
  | { kind: 'invoiceCsv'; settlement: boolean }
  /** Next year's workbook from these bytes (Excel's open file), or without them from the opened file (docs "The roll to next year"). */
  | { kind: 'rollover'; bytes?: ArrayBuffer }
  /** A table kept in the worker (Fakturaunderlag, Spårning) with its rows, from the last run: Excel writes it on demand. */
  | { kind: 'keptRows'; table: string }
  /**
   * "Spara som beslutad version": the given tables (Excel's; the table comes back to be written)
   * or the opened file's (written into it; its new bytes come back), priced and decided.
   */
  | { kind: 'decide'; label: string; date: string; tables?: RawTable[] }
  /** A ledger export read and put on the Kontering rules of the given tables (Excel's) or the opened file's: the import's preview. */
  | ({ kind: 'ledgerPreview'; tables?: RawTable[] } & LedgerRequest)
  /** The import's rows written into the opened file, which is opened again with them. */
  | { kind: 'writeImported'; plan: ImportWritePlan };

/** What the file's opening tells the pane. */
export interface Opened {
  /** The tables found, with their row counts. */
  tables: { name: string; rows: number }[];
  /** The file is macro-enabled (.xlsm); the download keeps everything it had, its macros too. */
  macros: boolean;
}

/**
 * A run as the pane shows it: the engine's RunResult without its calculation (classes and
 * Decimals, kept in the worker) and without the rows of Fakturaunderlag and Spårning (tens of
 * thousands of rows no view shows, kept in the worker for the download).
 */
export interface PaneRunData {
  ok: boolean;
  problems: Problem[];
  /** Every output table; one kept for the download with `rows: []`, its row count in `rowCount`. */
  outputs: PaneOutput[];
  /** True when the run has a calculation the worker can trace customers in. */
  calculated: boolean;
  summary: RunSummary | null;
  settings: PaneSettings | null;
}

export type PaneOutput = OutputTable & { rowCount: number; kept: boolean };

/** A customer's detail: its trace table (the Spårning rows of this customer alone), Kundbesked and settlement. */
export interface CustomerDetail {
  trace: OutputTable | null;
  statement: Statement;
  /** Its part of Slutavräkning, with the result fund's context; null when the workbook has no actuals. */
  settlement: CustomerSettlement | null;
}

export interface Answers {
  open: Opened;
  calculate: PaneRunData;
  /**
   * Made in the worker: a Blob crosses as a handle, so the page neither copies the bytes nor
   * waits while they are copied into one (a city's 6 MB took the page 0,2 s).
   */
  download: Blob;
  customer: CustomerDetail;
  statements: Statement[];
  statementsXlsx: Blob;
  priceListFile: Blob;
  statementsPdf: Blob;
  invoiceCsv: Blob;
  /** The table; its rows come ahead of the answer in `rows` messages, as a calculation's do. */
  keptRows: OutputTable;
  rollover: NextYearFile;
  /** With a file open, `file` is that file with the version written into it. */
  decide: DecideAnswer & { file?: Blob };
  ledgerPreview: LedgerPreview;
  /** What was written, and the file with the rows (for the page to open again in a fresh worker). */
  writeImported: ImportWriteResult & { file: Blob };
}

/** Next year's workbook as the worker made it, or why not: the workbook has errors. */
export type NextYearFile =
  | { ok: false; errors: number }
  | {
      ok: true;
      file: Blob;
      /** Next year's Budgetår, when this year's is given. */
      year: number | null;
      /** Input tables in it, those changed, and this year's output sheets left out. */
      tables: number;
      changed: number;
      leftOut: number;
      /** Formulas that pointed at an output left out and now hold their last value. */
      formulasToValues: number;
      macros: boolean;
    };

/** The phases whose progress the pane shows; the pane names them in its language. */
export type Phase = 'opening' | 'reading' | 'calculating' | 'writing' | 'packing';

/**
 * Rows per `rows` message. The page takes a message in one task, and a city's Fördelning and
 * Förändringsanalys (6 765 rows each) in one answer kept it busy for over 100 ms.
 */
export const ROWS_PER_MESSAGE = 1000;

export type Response =
  /** `fraction` is of the request's whole work (0–1); `step` the engine's own name of its step, if any. */
  | { id: number; kind: 'progress'; phase: Phase; fraction: number; step?: string }
  /**
   * Rows of an output table of the `calculate` answer to come, in order, sent ahead of it a block
   * at a time; in the answer that table's `rows` is empty, for the client to fill with these.
   */
  | { id: number; kind: 'rows'; table: string; rows: OutputValue[][] }
  | { [K in keyof Answers]: { id: number; kind: 'done'; request: K; answer: Answers[K] } }[keyof Answers]
  /** `message` in Swedish; `text` the message to render in the pane's language, when the error carries one. */
  | { id: number; kind: 'failed'; message: string; text?: ErrorText };
