import { phrase } from '../../engine/messages/wording';

/**
 * Excel's limits on what the adapters write (excel-limits.ts). Texts and counts come quoted and
 * formatted (Swedish digit grouping in both languages); `column` is null for a page's cell.
 */
export const limitPhrases = {
  cellTextTooLong: phrase(
    (a: { table: string; row: number; column: string | null; text: string; length: string; max: string }) =>
      `Utdatatabellen ${a.table} rad ${a.row}${a.column === null ? '' : `, kolumn ${a.column}`}: texten ${a.text} är ${a.length} tecken lång, men en cell i Excel rymmer högst ${a.max}. Inget har skrivits.`,
    (a) =>
      `Output table ${a.table} row ${a.row}${a.column === null ? '' : `, column ${a.column}`}: the text ${a.text} is ${a.length} characters long, but a cell in Excel holds at most ${a.max}. Nothing has been written.`,
  ),
  pageTextTooLong: phrase(
    (a: { sheet: string; cell: string; text: string; length: string; max: string }) =>
      `Bladet ${a.sheet}, cell ${a.cell}: texten ${a.text} är ${a.length} tecken lång, men en cell i Excel rymmer högst ${a.max}. Inget har skrivits.`,
    (a) =>
      `Sheet ${a.sheet}, cell ${a.cell}: the text ${a.text} is ${a.length} characters long, but a cell in Excel holds at most ${a.max}. Nothing has been written.`,
  ),
  columnNameRepeated: phrase(
    (a: { table: string; header: string }) => `Utdatatabellen ${a.table} har en tom eller dubblerad kolumnrubrik: ${a.header}. Inget har skrivits.`,
    (a) => `Output table ${a.table} has an empty or repeated column header: ${a.header}. Nothing has been written.`,
  ),
  columnNameTooLong: phrase(
    (a: { table: string; header: string; length: string; max: number }) =>
      `Utdatatabellen ${a.table}: kolumnrubriken ${a.header} är ${a.length} tecken lång; en kolumn i en Excel-tabell får heta högst ${a.max} tecken. Korta namnet i indata. Inget har skrivits.`,
    (a) =>
      `Output table ${a.table}: the column header ${a.header} is ${a.length} characters long; a column in an Excel table may have a name of at most ${a.max} characters. Shorten the name in the input. Nothing has been written.`,
  ),
  columnNameControl: phrase(
    (a: { table: string; header: string }) =>
      `Utdatatabellen ${a.table}: kolumnrubriken ${a.header} innehåller en radbrytning eller ett annat styrtecken, som inte kan stå i namnet på en kolumn i en Excel-tabell. Ta bort det i indata. Inget har skrivits.`,
    (a) =>
      `Output table ${a.table}: the column header ${a.header} contains a line break or another control character, which cannot be part of a column name in an Excel table. Remove it in the input. Nothing has been written.`,
  ),
};
