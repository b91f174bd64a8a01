import type { CaseExpectation } from './case';

/**
 * Short ways to write a case's expectation. The place is always written out by hand in the case
 * (the cell worked out from the layout: table at A1 on a sheet of its name, data row r on sheet
 * row r + 1, the column letter from the header's position), never computed from the workbook.
 */

/** An error on a cell: exit 1. */
export function error(table: string, row: number, column: string, cell: string, message: string[]): CaseExpectation {
  return { exit: 1, level: 'Fel', table, row, column, cell, message };
}

/** A warning on a cell; the workbook still calculates: exit 0. */
export function warning(table: string, row: number, column: string, cell: string, message: string[]): CaseExpectation {
  return { exit: 0, level: 'Varning', table, row, column, cell, message };
}

/** An error on a whole table (missing, empty): no row, column or cell. */
export function tableError(table: string, message: string[]): CaseExpectation {
  return { exit: 1, level: 'Fel', table, row: null, column: null, cell: null, message };
}

/** A required column missing from the header row: on the column, no row and no cell. */
export function columnError(table: string, column: string, message: string[]): CaseExpectation {
  return { exit: 1, level: 'Fel', table, row: null, column, cell: null, message };
}
