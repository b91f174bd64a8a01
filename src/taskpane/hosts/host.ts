import type { RawTable } from '../../engine/cells';
import type { Statement } from '../../engine/statement';
import type { Progress } from '../worker/client';
import type { CustomerDetail, PaneRunData } from '../worker/protocol';
import type { WorkbookMessage } from '../../workbook/messages/catalog';
import type { PublishedFiles, SavePublished } from './published';
import type { Message } from '../../engine/messages/catalog';
import type { Problem } from '../../engine/problems';
import type { LedgerPort } from './ledgerPort';

export type { Progress } from '../worker/client';

/** A run as the pane holds it: plain data, and a way to ask for more of it. */
export interface PaneRun {
  data: PaneRunData;
  /** What the host skipped while writing (a PivotTable, a chart); [] when nothing. */
  notes: WorkbookMessage[];
  /** null when the workbook had errors and nothing was calculated. */
  details: RunDetails | null;
  /**
   * Excel: the add-in's sheets this run left stale (written before it from other inputs, and
   * marked so on the sheet); absent elsewhere.
   */
  stale?: string[];
  /** Excel: the outputs this run did not write (Fakturaunderlag, Spårning), to write when asked. */
  onDemand?: OnDemandOutputs | null;
}

/** Outputs of a run kept for writing when the user asks (onDemand.ts). */
export interface OnDemandOutputs {
  /** Their names, in the run's order. */
  names: string[];
  /** Writes one of them; resolves to the adapter's notes and the sheets still stale after it. */
  write(name: string): Promise<{ notes: WorkbookMessage[]; stale: string[] }>;
}

/** How the user wants a run to go. */
export interface RunOptions {
  /** Excel: write Fakturaunderlag and Spårning with the core outputs ("Skriv alltid"). */
  writeAll?: boolean;
}

/** What the pane asks of a run after it: made where the run's calculation is kept. */
export interface RunDetails {
  customer(customer: string): Promise<CustomerDetail>;
  statements(customers: string[]): Promise<Statement[]>;
  /** Kundbesked for these customers as a new .xlsx (never a copy of the open workbook): the browser's. */
  statementsXlsx?: (customers: string[]) => Promise<Blob>;
  /** The price list (PDF, .xlsx) and Kundbesked as PDF, made in the worker (published.ts). */
  publish?: PublishedFiles;
}

/**
 * What the pane needs from a workbook: one run (read the tables, calculate, write the
 * outputs) with its progress, plus what Excel alone can do. The pane never sees office-js,
 * the xlsx adapter or the worker; the composition root (index.tsx) hands it one.
 */
export interface PaneWorkbook {
  run(onProgress: (progress: Progress) => void, options?: RunOptions): Promise<PaneRun>;
  /**
   * Stops the run (or download) under way at once; it rejects with CancelledError and leaves
   * nothing changed. Only where a run can be stopped (the browser's worker).
   */
  cancel?: () => void;
  /** Selects a cell such as `Volymer!C17`; only hosts with a visible grid (Excel) have it. */
  selectCell?: (address: string) => Promise<void>;
  /**
   * "Spara som beslutad version" (docs/arbetsbok.md, "Decided versions"): prices the workbook as
   * it is now and saves its price list and customers' amounts under `label` on the protected sheet
   * Beslutade versioner (Excel: the open workbook; the browser: the opened file, for the download).
   */
  decide?: (label: string, onProgress: (progress: Progress) => void) => Promise<DecideOutcome>;
  /**
   * Next year's workbook from this one (docs/arbetsbok.md "The roll to next year"): the browser
   * offers it as a download, Excel opens it as a new workbook. The open workbook is not changed.
   */
  nextYear?: (onProgress: (progress: Progress) => void) => Promise<NextYearOutcome>;
  /** The import from the ledger into an input table (docs/arbetsbok.md, "In the pane"). */
  ledger?: LedgerPort;
}

/** How making next year's workbook ended. */
export type NextYearOutcome =
  | {
      kind: 'created';
      /** Next year's Budgetår, when this year's is given. */
      year: number | null;
      tables: number;
      changed: number;
      /** This year's output sheets left out. */
      leftOut: number;
      /** Formulas that pointed at an output left out and now hold their last value. */
      formulasToValues: number;
      /** The browser: the downloaded file's name; Excel: null (a new, unsaved workbook). */
      fileName: string | null;
    }
  /** The workbook has errors: nothing is made. */
  | { kind: 'errors'; errors: number }
  /** This Excel cannot hand over its file or open a new workbook. */
  | { kind: 'unsupported' };

/** How a decision went: saved (what to tell), or refused (why, and the workbook's errors). */
export type DecideOutcome = { ok: true; messages: Message[] } | { ok: false; reason: Message; problems: Problem[] };

/** The add-in's sheets known to be stale (docs/arbetsbok.md), for useSyncExternalStore. */
export interface StaleSheets {
  current(): string[];
  subscribe(listener: () => void): () => void;
}

/** Inside Excel: the open workbook, where the template and the example are inserted. */
export interface ExcelHost {
  kind: 'excel';
  workbook: PaneWorkbook;
  /** The stale sheets after the last write: Beräkna, on demand or Kundbesked. */
  stale: StaleSheets;
  writeInputTables(tables: RawTable[]): Promise<void>;
  /** Kundbesked: a printable sheet per statement in the open workbook; resolves to the sheets and notes. */
  writeStatements(statements: Statement[]): Promise<{ sheets: string[]; notes: WorkbookMessage[] }>;
  /** A published file: the .xlsx opened as a new workbook where Excel can, else a download where the pane can make one. */
  savePublished?: SavePublished;
}

/** A workbook opened from a file in the browser; the result is offered as a download. */
export interface FileWorkbook extends PaneWorkbook {
  /** The opened file with the last run's outputs, as an .xlsx Blob. */
  download(onProgress: (progress: Progress) => void): Promise<Blob>;
  /** The file is macro-enabled (.xlsm): the download keeps its macros and is named .xlsm. */
  macros: boolean;
}

/** Outside Office: .xlsx files in and out, no grid. */
export interface BrowserHost {
  kind: 'browser';
  /**
   * Opens and reads the file (in a worker). Throws an Error with a message for the user when it
   * is not a usable workbook, CancelledError when cancelOpen() stopped it.
   */
  open(file: Blob, onProgress: (progress: Progress) => void): Promise<FileWorkbook>;
  /** Stops an opening under way; the file opened before stays open. */
  cancelOpen(): void;
  /** A new .xlsx holding these input tables (the template, the example). */
  build(tables: RawTable[]): Promise<Uint8Array>;
  /** Offers the file to the user as a download. */
  download(file: Uint8Array | Blob, fileName: string): void;
  /** A published file, as a download. */
  savePublished?: SavePublished;
}

export type PaneHost = ExcelHost | BrowserHost;
