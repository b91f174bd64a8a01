import { CELL_TEXT_MAX, COLUMN_NAME_MAX, shortenText } from '../engine/textLimits';
import { workbookMsg, type WorkbookMessage } from './messages/catalog';
import { WorkbookMessageError } from './messages/error';

/**
 * Excel's limits on what the adapters write, checked by both (xlsx and office) before the first
 * change: a cell holds at most 32 767 characters (Excel cuts a longer text when it opens the
 * file, and office-js refuses it), a table's column name at most 255 and no line break or other
 * control character (exceljs writes it into an XML attribute, where a line break becomes a
 * space and the name no longer matches its header cell: Excel repairs the file). The engine
 * keeps its own texts within these limits (textLimits.ts); this is the last line, for names
 * taken from the input.
 */
export class ExcelLimitError extends WorkbookMessageError {
  constructor(text: WorkbookMessage) {
    super(text);
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
    const shownColumn = column === undefined ? null : shortenText(column, 40);
    throw new ExcelLimitError(
      workbookMsg('cellTextTooLong', { table, row, column: shownColumn, text: quoted(value), length: count(value.length), max: count(CELL_TEXT_MAX) }),
    );
  }
}

/** Column names Excel takes for a table: not empty, unique without regard to case, at most 255 characters, no line break or control character. */
export function checkColumnNames(table: string, headers: readonly string[]): void {
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.trim().toLocaleLowerCase('sv-SE');
    if (key === '' || seen.has(key)) throw new ExcelLimitError(workbookMsg('columnNameRepeated', { table, header: quoted(header) }));
    seen.add(key);
    if (header.length > COLUMN_NAME_MAX) {
      throw new ExcelLimitError(workbookMsg('columnNameTooLong', { table, header: quoted(header), length: count(header.length), max: COLUMN_NAME_MAX }));
    }
    if (/\p{Cc}/u.test(header)) {
      throw new ExcelLimitError(workbookMsg('columnNameControl', { table, header: quoted(header) }));
    }
  }
}

/** Refuses a printed page (rows of values from row 1, column A) with a text longer than a cell holds. */
export function checkPageTexts(sheet: string, values: readonly (readonly unknown[])[]): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > CELL_TEXT_MAX) {
        const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
        throw new ExcelLimitError(workbookMsg('pageTextTooLong', { sheet: quoted(sheet), cell, text: quoted(value), length: count(value.length), max: count(CELL_TEXT_MAX) }));
      }
    }),
  );
}
