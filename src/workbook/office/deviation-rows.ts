import type { OutputTable } from '../../engine/output';

/**
 * The deviation rows behind the native PivotTable: one row per customer and deviation type
 * with its surcharge, unpivoted from the Avvikelsepivot output so that the PivotTable shows
 * the same kronor as that table. Excel only: it lives on a sheet of its own that the add-in
 * owns, next to the PivotTable built over it.
 */
export const DEVIATION_SHEET = 'Avvikelseanalys';
export const DEVIATION_TABLE = 'Avvikelserader';
export const DEVIATION_PIVOT = 'Avvikelser per kund';
export const DEVIATION_HEADERS = ['Kund', 'Avvikelse', 'Belopp'] as const;

const SOURCE = 'Avvikelsepivot';
const TOTAL = 'Totalt';

export interface DeviationRows {
  headers: readonly string[];
  rows: (string | number)[][];
}

/** The rows, or null when there is no Avvikelsepivot or it has no deviation. */
export function deviationRows(outputs: readonly OutputTable[]): DeviationRows | null {
  const pivot = outputs.find((o) => o.name === SOURCE);
  if (!pivot || pivot.columns[0]?.header !== 'Kund') return null;
  const last = pivot.columns.length - 1;
  const typeColumns = pivot.columns
    .map((column, j) => ({ header: column.header, j }))
    .filter(({ j, header }) => j > 0 && !(j === last && header === TOTAL));
  // The last row is the column totals (Kund = "Totalt").
  const body = pivot.rows.filter((row, i) => !(i === pivot.rows.length - 1 && row[0] === TOTAL));
  const rows: (string | number)[][] = [];
  for (const row of body) {
    const customer = row[0];
    if (typeof customer !== 'string') continue;
    for (const { header, j } of typeColumns) {
      const amount = row[j];
      if (typeof amount === 'number' && amount !== 0) rows.push([customer, header, amount]);
    }
  }
  return rows.length > 0 ? { headers: DEVIATION_HEADERS, rows } : null;
}
