/** Reasons the adapter refuses to write, found before anything is changed. */

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
