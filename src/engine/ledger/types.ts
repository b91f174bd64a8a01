/** One line of a ledger export as the import reads it: its dimensions and its amount. */
export interface LedgerRow {
  /** Where the line is in its file: the line number of a SIE or CSV file, the row of an xlsx table (1 = first row under the header). */
  line: number;
  konto: string;
  ansvar: string;
  verksamhet: string;
  aktivitet: string;
  /** The amount exactly as a decimal string ("-1234.5"): read with Dec, never through a float. */
  amount: string;
  /**
   * The month the row was booked in, read only for an import into Utfall: a #TRANS's date (its
   * #VER's when it has none), a #PSALDO's period, a CSV or xlsx export's Månad/Period/Datum. The
   * year is null when the export gives the month alone (1–12); the import then takes Budgetår.
   */
  month?: LedgerMonth;
}

/** A month of a ledger row: month 1–12 and its year, when the file names one. */
export interface LedgerMonth {
  year: number | null;
  month: number;
}

/** A ledger file read: its rows and what kind of file it was, for the report. */
export interface LedgerFile {
  /** "SIE 4 #TRANS", "SIE 3 #PBUDGET", "CSV", "xlsx-tabell Huvudbok" … */
  kind: string;
  rows: LedgerRow[];
}

/** The dimensions a Kontering rule matches on, in the order of the contract. */
export const DIMENSIONS = ['Konto', 'Ansvar', 'Verksamhet', 'Aktivitet'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function dimensionOf(row: LedgerRow, dimension: Dimension): string {
  if (dimension === 'Konto') return row.konto;
  if (dimension === 'Ansvar') return row.ansvar;
  if (dimension === 'Verksamhet') return row.verksamhet;
  return row.aktivitet;
}
