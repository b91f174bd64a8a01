import { CELL_TEXT_MAX, COLUMN_NAME_MAX, shortenText } from '../engine/textLimits';

/**
 * Excel's limits on what the adapters write, checked by both (xlsx and office) before the first
 * change: a cell holds at most 32 767 characters (Excel cuts a longer text when it opens the
 * file, and office-js refuses it), a table's column name at most 255 and no line break or other
 * control character (exceljs writes it into an XML attribute, where a line break becomes a
 * space and the name no longer matches its header cell: Excel repairs the file). The engine
 * keeps its own texts within these limits (textLimits.ts); this is the last line, for names
 * taken from the input.
 */
export class ExcelLimitError extends Error {
  constructor(message: string) {
    super(`${message} Inget har skrivits.`);
    this.name = 'ExcelLimitError';
  }
}

const quoted = (text: string) => `"${shortenText(text.replace(/\r\n|\r|\n/g, '↵'), 40)}"`;
const count = (n: number) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

/**
 * Refuses a text longer than a cell holds, in output table `table`, data row `row` (1 = the
 * first), column `column`. Called for every cell written: nothing is made unless it refuses.
 */
export function checkCellText(value: unknown, table: string, row: number, column: string | undefined): void {
  if (typeof value === 'string' && value.length > CELL_TEXT_MAX) {
    const where = `Utdatatabellen ${table} rad ${row}${column === undefined ? '' : `, kolumn ${shortenText(column, 40)}`}`;
    throw new ExcelLimitError(`${where}: texten ${quoted(value)} är ${count(value.length)} tecken lång, men en cell i Excel rymmer högst ${count(CELL_TEXT_MAX)}.`);
  }
}

/** Column names Excel takes for a table: not empty, unique without regard to case, at most 255 characters, no line break or control character. */
export function checkColumnNames(table: string, headers: readonly string[]): void {
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.trim().toLocaleLowerCase('sv-SE');
    if (key === '' || seen.has(key)) throw new ExcelLimitError(`Utdatatabellen ${table} har en tom eller dubblerad kolumnrubrik: ${quoted(header)}.`);
    seen.add(key);
    if (header.length > COLUMN_NAME_MAX) {
      throw new ExcelLimitError(`Utdatatabellen ${table}: kolumnrubriken ${quoted(header)} är ${count(header.length)} tecken lång; en kolumn i en Excel-tabell får heta högst ${COLUMN_NAME_MAX} tecken. Korta namnet i indata.`);
    }
    if (/\p{Cc}/u.test(header)) {
      throw new ExcelLimitError(`Utdatatabellen ${table}: kolumnrubriken ${quoted(header)} innehåller en radbrytning eller ett annat styrtecken, som inte kan stå i namnet på en kolumn i en Excel-tabell. Ta bort det i indata.`);
    }
  }
}

/** Refuses a printed page (rows of values from row 1, column A) with a text longer than a cell holds. */
export function checkPageTexts(sheet: string, values: readonly (readonly unknown[])[]): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > CELL_TEXT_MAX) {
        const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
        throw new ExcelLimitError(`Bladet ${quoted(sheet)}, cell ${cell}: texten ${quoted(value)} är ${count(value.length)} tecken lång, men en cell i Excel rymmer högst ${count(CELL_TEXT_MAX)}.`);
      }
    }),
  );
}
