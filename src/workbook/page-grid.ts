import type { CellRange } from './xlsx/cell-range';
import type { PageStyle, StatementPage } from './statement-layout';

/** Row r's cells from column `from` to `to` (1-based). */
export function cells(r: number, from: number, to = from): CellRange {
  return { top: r, left: from, bottom: r, right: to };
}

/**
 * The cells of a printable page as they are laid out row by row: values, number formats, styles,
 * merged ranges and row heights, the shared part of the Kundbesked and price-list layouts.
 */
export class PageGrid {
  readonly values: (string | number)[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly styles: PageStyle[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: { row: number; points: number }[] = [];
  /** The last row begun, 1-based (0 before the first). */
  row = 0;

  constructor(private readonly columns: number) {}

  /** Begins a row of empty cells; its number. */
  next(): number {
    this.row++;
    this.values.push(Array.from({ length: this.columns }, () => ''));
    this.formats.push(Array.from({ length: this.columns }, () => null));
    return this.row;
  }

  /** A value in a cell: text as text ('@'), a number with its display format; null leaves the cell empty. */
  put(r: number, column: number, value: string | number | null, format?: string): void {
    if (value === null) return;
    this.values[r - 1]![column - 1] = value;
    this.formats[r - 1]![column - 1] = typeof value === 'string' ? '@' : (format ?? null);
  }

  style(range: CellRange, s: Omit<PageStyle, 'range'>): void {
    this.styles.push({ range, ...s });
  }

  page(footer: StatementPage['footer']): StatementPage {
    const { row: rows, values, formats, styles, merges, rowHeights } = this;
    return { rows, values, formats, styles, merges, rowHeights, footer };
  }
}
