import type { CellValue } from '../cells';
import type { SiePost } from './sieReader';

/** One summed line of an import: where the rules put it, and its amount as an exact decimal string. */
export interface ImportedLine {
  kostnadsobjekt: string;
  kostnadsslag: string;
  fordelasEfter: string;
  amount: string;
  /** The month, "2027-03", when the target sums per month (Utfall); absent otherwise. */
  month?: string;
}

/**
 * A table an import writes into, declared: which SIE record it reads by default, the column
 * that marks the rows it wrote (`Källa`), and each written line's cells by header: Kostnader
 * (the budget) and Utfall (the actuals, per month).
 */
export interface ImportTarget {
  table: string;
  defaultSiePost: SiePost;
  /** The column that holds the mark of imported rows. */
  markColumn: string;
  /**
   * Sums per month (Utfall): each ledger row's month is read (a #TRANS's date, a #PSALDO's
   * period, an export's Månad/Period/Datum), checked against the workbook's Budgetår, and is part
   * of each line's key with Kostnadsobjekt and Kostnadsslag (Fördelas efter is not).
   */
  monthly?: boolean;
  /** The cells of a written row, by the table's header (columns it does not name stay blank). */
  cells(line: ImportedLine, mark: string): Record<string, CellValue>;
}

export const IMPORT_TARGETS: Record<string, ImportTarget> = {
  Kostnader: {
    table: 'Kostnader',
    defaultSiePost: 'PBUDGET',
    markColumn: 'Källa',
    cells: (line, mark) => ({
      Kostnadsobjekt: line.kostnadsobjekt,
      Kostnadsslag: line.kostnadsslag === '' ? null : line.kostnadsslag,
      Belopp: Number(line.amount),
      'Fördelas efter': line.fordelasEfter === '' ? null : line.fordelasEfter,
      Källa: mark,
    }),
  },
  Utfall: {
    table: 'Utfall',
    defaultSiePost: 'TRANS',
    markColumn: 'Källa',
    monthly: true,
    cells: (line, mark) => ({
      Kostnadsobjekt: line.kostnadsobjekt,
      Kostnadsslag: line.kostnadsslag === '' ? null : line.kostnadsslag,
      Månad: line.month ?? null,
      Belopp: Number(line.amount),
      Källa: mark,
    }),
  },
};

/** The start of every mark the import writes: rows whose Källa starts with it are the import's, the rest are the user's. */
export const IMPORT_MARK_PREFIX = 'Huvudboksimport:';

/** "Huvudboksimport: budget2027.se 2026-12-05". */
export function importMark(fileName: string, date: string): string {
  return `${IMPORT_MARK_PREFIX} ${fileName} ${date}`;
}

export function isImportMark(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.trim().startsWith(IMPORT_MARK_PREFIX);
}
