import { columnLetters, columnNumber } from '../cell-range';

/** A name, a function or a reference in a formula: whatever might be a cell to move. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in another cell of its range: every relative reference moved
 * by the distance between the cells (`C2*2` in C3 is `C3*2` in C4), absolute parts (`$C$2`)
 * and names left alone. The same translation exceljs makes, so a formula reads as before.
 */
export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string, address: string, paren: string | undefined) => {
    if (paren) return match;
    const cell = CELL.exec(address);
    if (!cell) return match;
    const [, columnDollar, letters, rowDollar, digits] = cell;
    const upper = letters!.toUpperCase();
    if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return match;
    const column = columnNumber(upper) + (columnDollar ? 0 : to.column - from.column);
    const row = parseInt(digits!, 10) + (rowDollar ? 0 : to.row - from.row);
    return `${sheet ?? ''}${columnDollar ?? ''}${columnLetters(column)}${rowDollar ?? ''}${row}`;
  });
}
