/** Reasons the adapter refuses to write, found before anything is changed. */
import { workbookMsg } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';
import { TableNameTakenError } from '../xlsx/errors';
import { nameClashes, type WorkbookState } from './inspect';

/** The workbook's structure is protected: sheets cannot be added, removed or renamed. */
export class WorkbookProtectedError extends WorkbookMessageError {
  constructor() {
    super(workbookMsg('workbookProtected', {}));
    this.name = 'WorkbookProtectedError';
  }
}

/** A sheet the add-in would replace is protected. */
export class SheetProtectedError extends WorkbookMessageError {
  constructor(readonly sheets: string[]) {
    super(workbookMsg('sheetProtected', { sheets }));
    this.name = 'SheetProtectedError';
  }
}

/** "Skapa mall" / "Infoga exempel" into a workbook that already has sheets of those names. */
export class SheetExistsError extends WorkbookMessageError {
  constructor(readonly sheets: string[]) {
    super(workbookMsg('sheetExists', { sheets }));
    this.name = 'SheetExistsError';
  }
}

/**
 * The workbook is open for viewing only (Excel on the web's view mode, or a file opened
 * read-only): Excel refuses every change with AccessDenied, so nothing is attempted.
 */
export class ReadOnlyWorkbookError extends WorkbookMessageError {
  constructor() {
    super(workbookMsg('readOnlyWorkbook', {}));
    this.name = 'ReadOnlyWorkbookError';
  }
}

/** A table the add-in would create has the name of a name scoped to a sheet, which Excel refuses. */
export class SheetNameClashError extends WorkbookMessageError {
  constructor(readonly clashes: { name: string; sheet: string }[]) {
    super(workbookMsg('sheetNameClash', { clashes }));
    this.name = 'SheetNameClashError';
  }
}

/**
 * Refuses, before any change, tables named as something Excel keeps: a table elsewhere or a
 * workbook name (TableNameTakenError), or a name scoped to a sheet that stays (SheetNameClashError).
 */
export function refuseTakenNames(state: WorkbookState, tableNames: readonly string[], replaced: (sheet: string) => boolean): void {
  const clashes = nameClashes(state, tableNames, replaced);
  const plain = clashes.filter((c) => c.sheet === null).map((c) => c.name);
  if (plain.length > 0) throw new TableNameTakenError(plain);
  const scoped = clashes.filter((c): c is { name: string; sheet: string } => c.sheet !== null);
  if (scoped.length > 0) throw new SheetNameClashError(scoped);
}
