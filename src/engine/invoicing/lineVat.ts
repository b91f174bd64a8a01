import { Dec, toNumber } from '../decimal';
import type { ColumnFormat, OutputValue } from '../output';
import type { AmountStep } from '../money';
import type { InvoiceSetup } from './setup';
import { VAT_PERCENT, lineVat } from './vat';

/** The columns Fakturaunderlag and Slutavräkning get when some customer pays VAT, after Text. */
export const VAT_COLUMNS: readonly (readonly [string, ColumnFormat])[] = [
  ['Moms', 'kr'],
  ['Brutto', 'kr'],
];

/** The invoice layout's columns: the five, and Moms and Brutto when the workbook has a customer who pays VAT. */
export function withVatColumns<T extends readonly (readonly [string, ColumnFormat])[]>(columns: T, setup: InvoiceSetup | undefined): (readonly [string, ColumnFormat])[] {
  return setup?.vat ? [...columns, ...VAT_COLUMNS] : [...columns];
}

/**
 * The VAT rate of a customer's lines for a service: the service's Momssats when the customer is
 * of a Momspliktig kundtyp, else null (no VAT).
 */
export function vatRateOf(setup: InvoiceSetup | undefined, customer: string, service: string): Dec | null {
  if (!setup?.vat || setup.customers.get(customer)?.vat !== true) return null;
  return setup.services.get(service)?.vatRate ?? null;
}

/**
 * Writes Moms and Brutto of a line of `units` (the net amount in steps of Beloppsavrundning)
 * into row[at] and row[at + 1]: 0 and the net amount without VAT; with it the VAT rounded to öre
 * (lineVat) and net + VAT. Whole kronor at a whole per-cent rate (every line under the default
 * Beloppsavrundning of 1 kr) need no rounding: the VAT is kronor × per cent öre exactly, and
 * kronor × (100 + per cent) / 100 the gross, both safe integers over 100, which IEEE division
 * turns into the double nearest the exact decimal, as decimal.js's toNumber would. Measured on the
 * bench's region (1,6 million lines, a third of its customers Bolag): Fakturaunderlag's lines in
 * 1,29 s against 1,10 s with Momspliktiga kundtyper Ingen. Other amounts go through decimal.js.
 */
export function fillVat(row: OutputValue[], at: number, money: AmountStep, units: number, rate: Dec | null): void {
  if (rate === null || rate.isZero() || units === 0) {
    row[at] = 0;
    row[at + 1] = money.toNumber(units);
    return;
  }
  const percent = VAT_PERCENT.get(rate);
  const kronor = money.wholeKronor(units);
  if (percent !== undefined && kronor !== null && Math.abs(kronor) <= MAX_WHOLE_KRONOR) {
    row[at] = (kronor * percent) / 100;
    row[at + 1] = (kronor * (100 + percent)) / 100;
    return;
  }
  const amount = money.toDec(units);
  const vat = lineVat(amount, rate);
  row[at] = toNumber(vat);
  row[at + 1] = toNumber(amount.plus(vat));
}

/** kronor × 125 stays a safe integer up to here. */
const MAX_WHOLE_KRONOR = Math.floor(Number.MAX_SAFE_INTEGER / 125);
