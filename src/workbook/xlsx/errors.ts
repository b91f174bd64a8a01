/** Errors the xlsx adapter throws for a workbook it cannot use; the command line exits 2 on them. */

/** The bytes are not a workbook this adapter can read (not .xlsx, encrypted, or damaged). */
export class UnreadableWorkbookError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): ${detail}`, options);
    this.name = 'UnreadableWorkbookError';
  }
}

/**
 * An output table's name is already used by a table or a defined name outside the sheets the
 * add-in owns; Excel requires names to be unique in the workbook, so nothing is written.
 */
export class TableNameTakenError extends Error {
  constructor(readonly names: string[]) {
    super(
      `Namnet ${names.map((n) => `"${n}"`).join(', ')} används redan av en tabell eller ett namn i arbetsboken ` +
        'utanför Intäktsmodells blad. Byt namn på den och kör igen; inget har skrivits.',
    );
    this.name = 'TableNameTakenError';
  }
}
