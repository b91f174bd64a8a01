/** Reasons the adapter refuses to write, found before anything is changed. */
import { TableNameTakenError } from '../xlsx/errors';
import { nameClashes, type WorkbookState } from './inspect';

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** The workbook's structure is protected: sheets cannot be added, removed or renamed. */
export class WorkbookProtectedError extends Error {
  constructor() {
    super(
      'Arbetsbokens struktur är skyddad, så Intäktsmodell kan inte lägga till eller byta ut blad. ' +
        'Ta bort skyddet (Granska > Skydda arbetsbok) och kör igen; inget har skrivits.',
    );
    this.name = 'WorkbookProtectedError';
  }
}

/** A sheet the add-in would replace is protected. */
export class SheetProtectedError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `Bladet ${list(sheets)} är skyddat. Ta bort bladskyddet (Granska > Ta bort bladskydd) och kör igen; inget har skrivits.`,
    );
    this.name = 'SheetProtectedError';
  }
}

/** "Skapa mall" / "Infoga exempel" into a workbook that already has sheets of those names. */
export class SheetExistsError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `Arbetsboken har redan ${sheets.length === 1 ? 'bladet' : 'bladen'} ${list(sheets)}. ` +
        'Infoga mallen eller exemplet i en tom arbetsbok, eller byt namn på bladen; inget har skrivits.',
    );
    this.name = 'SheetExistsError';
  }
}

/**
 * The workbook is open for viewing only (Excel on the web's view mode, or a file opened
 * read-only): Excel refuses every change with AccessDenied, so nothing is attempted.
 */
export class ReadOnlyWorkbookError extends Error {
  constructor() {
    super(
      'Arbetsboken är öppnad för visning (skrivskyddad), så Intäktsmodell kan inte skriva i den. ' +
        'Välj Redigering (Redigera arbetsbok) i Excel, eller spara en egen kopia, och kör igen; inget har skrivits.',
    );
    this.name = 'ReadOnlyWorkbookError';
  }
}

/** A table the add-in would create has the name of a name scoped to a sheet, which Excel refuses. */
export class SheetNameClashError extends Error {
  constructor(readonly clashes: { name: string; sheet: string }[]) {
    super(
      clashes.map((c) => `Namnet "${c.name}" är definierat på bladet "${c.sheet}"`).join('; ') +
        ', och en tabell får inte heta som ett namn i arbetsboken. Byt namn på det eller ta bort det ' +
        '(Formler > Namnhanteraren) och kör igen; inget har skrivits.',
    );
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
