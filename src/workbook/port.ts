import type { RawTable } from '../engine/cells';
import type { OutputTable } from '../engine/output';
import { workbookMsg } from './messages/catalog';
import { WorkbookMessageError } from './messages/error';

/**
 * The one door between the add-in and a workbook. The office-js adapter (Excel) and the xlsx
 * adapter (command line, browser) implement it; the engine and the UI see nothing else.
 */
export interface WorkbookPort {
  /** Every table (ListObject) in the workbook, with raw cell values. Never changes anything. */
  readTables(): Promise<RawTable[]>;
  /**
   * Writes each output table on its own sheet of the same name, as an Excel table of that
   * name, replacing the sheet when the add-in created it earlier. Refuses (throws
   * SheetNotOwnedError, writing nothing) when a sheet of that name exists that the add-in did
   * not create. Input tables are never touched.
   */
  writeOutputs(outputs: OutputTable[]): Promise<void>;
}

/** A sheet of an output's name exists that the add-in did not create. */
export class SheetNotOwnedError extends WorkbookMessageError {
  constructor(readonly sheets: string[]) {
    super(workbookMsg('sheetNotOwned', { sheets }));
    this.name = 'SheetNotOwnedError';
  }
}
