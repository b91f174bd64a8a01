/** Errors the xlsx adapter throws for a workbook it cannot use; the command line exits 2 on them. */
import { workbookMsg, type PackageReason } from '../messages/catalog';
import { WorkbookMessageError } from '../messages/error';

/** The bytes are not a workbook this adapter can read (not .xlsx, encrypted, or damaged). */
export class UnreadableWorkbookError extends WorkbookMessageError {
  constructor(reason: PackageReason, options?: { cause?: unknown }) {
    super(workbookMsg('unreadableWorkbook', { reason }), options);
    this.name = 'UnreadableWorkbookError';
  }
}

/**
 * An output table's name is already used by a table or a defined name outside the sheets the
 * add-in owns; Excel requires names to be unique in the workbook, so nothing is written.
 */
export class TableNameTakenError extends WorkbookMessageError {
  constructor(readonly names: string[]) {
    super(workbookMsg('tableNameTaken', { names }));
    this.name = 'TableNameTakenError';
  }
}
