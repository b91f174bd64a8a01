import type { Dec } from '../decimal';
import type { LayoutColumn } from './fields';

/** A customer's accounting data for its invoice lines (Nycklar). */
export interface CustomerAccount {
  number: string | null;
  counterpart: string | null;
  type: string | null;
  /** Its Kundtyp is one of Momspliktiga kundtyper: its lines bear VAT. */
  vat: boolean;
}

/** A service's accounting data for its invoice lines (Tjänster). */
export interface ServiceAccount {
  area: string;
  article: string | null;
  revenueAccount: string | null;
  responsibility: string | null;
  operation: string | null;
  activity: string | null;
  /** Momssats, 25 % when blank. */
  vatRate: Dec;
}

/** What the invoice needs beyond the amounts: accounting data, who pays VAT, the file's layout. */
export interface InvoiceSetup {
  /** By the customer's name as the model spells it. */
  customers: Map<string, CustomerAccount>;
  /** By the service's name as the model spells it. */
  services: Map<string, ServiceAccount>;
  /** Fakturakolumner's columns; null when the table is absent or has no rows (the five columns). */
  layout: LayoutColumn[] | null;
  /** Some customer pays VAT: Fakturaunderlag and Slutavräkning get Moms and Brutto. */
  vat: boolean;
}
