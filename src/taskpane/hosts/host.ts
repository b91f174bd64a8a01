import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';

/**
 * What the pane needs from a workbook: the port's read and write, plus what Excel alone can
 * do. The pane never sees office-js or ExcelJS; the composition root (index.tsx) hands it one.
 */
export interface PaneWorkbook {
  readTables(): Promise<RawTable[]>;
  /**
   * Writes the output tables. Resolves to notes on what the host could not do (a PivotTable
   * or chart skipped for lack of a requirement set), shown after the run; [] when none.
   */
  writeOutputs(outputs: OutputTable[]): Promise<string[]>;
  /** Selects a cell such as `Volymer!C17`; only hosts with a visible grid (Excel) have it. */
  selectCell?: (address: string) => Promise<void>;
}

/** Inside Excel: the open workbook, where the template and the example are inserted. */
export interface ExcelHost {
  kind: 'excel';
  workbook: PaneWorkbook;
  writeInputTables(tables: RawTable[]): Promise<void>;
  /** Kundbesked: a printable sheet per statement in the open workbook; resolves to the sheets and notes. */
  writeStatements(statements: Statement[]): Promise<{ sheets: string[]; notes: string[] }>;
}

/** A workbook opened from a file in the browser; the result is offered as a download. */
export interface FileWorkbook extends PaneWorkbook {
  toBytes(): Promise<Uint8Array>;
}

/** Outside Office: .xlsx files in and out, no grid. */
export interface BrowserHost {
  kind: 'browser';
  /** Throws an Error with a message for the user when the bytes are not a usable workbook. */
  open(bytes: Uint8Array): Promise<FileWorkbook>;
  /** A new .xlsx holding these input tables (the template, the example). */
  build(tables: RawTable[]): Promise<Uint8Array>;
  /** Kundbesked: a new .xlsx with a printable sheet per statement (never a copy of the open workbook). */
  statementsXlsx(statements: Statement[]): Promise<Uint8Array>;
  /** Offers the bytes to the user as a file download. */
  download(bytes: Uint8Array, fileName: string): void;
}

export type PaneHost = ExcelHost | BrowserHost;
