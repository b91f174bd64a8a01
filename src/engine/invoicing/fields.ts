import type { ColumnFormat } from '../output';

/**
 * The fields an invoice file may hold (Fakturakolumner's Kolumn), in the order the docs list
 * them. Kund, Tjänst, Period, Belopp and Text are Fakturaunderlag's five columns, the file's
 * layout when Fakturakolumner has no rows.
 */
export const INVOICE_FIELDS = [
  'Kund',
  'Kundnummer',
  'Motpart',
  'Kundtyp',
  'Tjänst',
  'Verksamhetsområde',
  'Artikel',
  'Intäktskonto',
  'Ansvar',
  'Verksamhet',
  'Aktivitet',
  'Period',
  'År',
  'Månad',
  'Belopp',
  'Netto',
  'Momssats',
  'Moms',
  'Brutto',
  'Text',
] as const;
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

/** The number format of each field in an .xlsx file (a CSV writes numbers with a decimal comma). */
export const FIELD_FORMAT: Record<InvoiceField, ColumnFormat> = {
  Kund: 'text',
  Kundnummer: 'text',
  Motpart: 'text',
  Kundtyp: 'text',
  Tjänst: 'text',
  Verksamhetsområde: 'text',
  Artikel: 'text',
  Intäktskonto: 'text',
  Ansvar: 'text',
  Verksamhet: 'text',
  Aktivitet: 'text',
  Period: 'text',
  År: 'number',
  Månad: 'number',
  Belopp: 'kr',
  Netto: 'kr',
  Momssats: 'number',
  Moms: 'kr',
  Brutto: 'kr',
  Text: 'text',
};

/** One column of the invoice file: the field and its header. */
export interface LayoutColumn {
  field: InvoiceField;
  header: string;
}

/** The file's layout without Fakturakolumner: Fakturaunderlag's five columns, as before. */
export const DEFAULT_LAYOUT: readonly LayoutColumn[] = (['Kund', 'Tjänst', 'Period', 'Belopp', 'Text'] as const).map((field) => ({ field, header: field }));
