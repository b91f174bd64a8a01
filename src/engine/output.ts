/** What the engine hands back: output tables the workbook adapters write as Excel tables. */

/**
 * The meaning of a column's numbers; each adapter picks the Excel number format.
 * kr: whole kronor; price: kronor with decimals; percent: a fraction shown as %;
 * number: a plain quantity; text: text, never a formula.
 */
export type ColumnFormat = 'text' | 'kr' | 'price' | 'percent' | 'number';

export interface OutputColumn {
  header: string;
  format: ColumnFormat;
}

export type OutputValue = string | number | null;

export interface OutputTable {
  /** Table name and sheet name alike. */
  name: string;
  columns: OutputColumn[];
  rows: OutputValue[][];
}

/** The output tables in the order they are written; the workbook contract's names. */
export const OUTPUT_TABLE_NAMES = [
  'Prislista',
  'Fördelning',
  'Kundsammanställning',
  'Avvikelsepivot',
  'Avstämning',
  'Prisstruktur',
  'Scenariojämförelse',
  'Scenariopriser',
  'Tjänstekatalog',
  'Fakturaunderlag',
  'Nyckeltal',
  'Spårning',
  'Förändringsanalys',
  'Övergång',
  'Kontroller',
] as const;

export type OutputTableName = (typeof OUTPUT_TABLE_NAMES)[number];

/** An output table as JSON: one object per row keyed by the column headers. */
export function tableToJson(table: OutputTable): Record<string, OutputValue>[] {
  return table.rows.map((row) => {
    const obj: Record<string, OutputValue> = {};
    table.columns.forEach((col, i) => {
      obj[col.header] = row[i] ?? null;
    });
    return obj;
  });
}
