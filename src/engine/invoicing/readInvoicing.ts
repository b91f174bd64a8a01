import type { Dec } from '../decimal';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { MAX_HEADER_LENGTH } from '../outputHeaders';
import type { Place } from '../problems';
import type { Customers } from '../read/readCustomers';
import type { Services } from '../read/readServices';
import type { Row, TableReader } from '../read/tableReader';
import { allNames, MistypedNames } from '../read/mistypedNames';
import type { Settings } from '../model';
import { normalizeName } from '../schema';
import { INVOICE_FIELDS, type InvoiceField, type LayoutColumn } from './fields';
import type { CustomerAccount, InvoiceSetup, ServiceAccount } from './setup';
import { DEFAULT_VAT_RATE, swedishVatRate } from './vat';

export interface InvoiceTables {
  customers: TableReader;
  services: TableReader;
  layout: TableReader;
}

/**
 * The invoice's accounting data and layout: Nycklar's Kundnummer and Motpart, Tjänster's Artikel,
 * Intäktskonto, Ansvar, Verksamhet, Aktivitet and Momssats, who pays VAT (Momspliktiga kundtyper)
 * and Fakturakolumner. Read after readCustomers and readServices, from the same rows; every
 * problem names its cell.
 */
export function readInvoicing(tables: InvoiceTables, customers: Customers, services: Services, settings: Settings): InvoiceSetup {
  const vatTypes = new Set(settings.vatCustomerTypes.types.map(normalizeName));
  checkVatTypes(tables.customers, customers, settings);
  const customerAccounts = readCustomerAccounts(tables.customers, customers, vatTypes);
  return {
    customers: customerAccounts,
    services: readServiceAccounts(tables.services, services),
    layout: readLayout(tables.layout),
    vat: [...customerAccounts.values()].some((c) => c.vat),
  };
}

/** A type of Momspliktiga kundtyper that no customer has: a warning on the setting's cell. */
function checkVatTypes(table: TableReader, customers: Customers, settings: Settings): void {
  const at = settings.vatCustomerTypes.at;
  if (at === null) return;
  const known = new Map<string, string>();
  for (const c of customers.list) if (c.type !== null && !known.has(normalizeName(c.type))) known.set(normalizeName(c.type), c.type);
  for (const type of settings.vatCustomerTypes.types) {
    if (!known.has(normalizeName(type))) table.report.warning('unknown-customer-type', at, msg('vatTypeUnknown', { at, type, known: names([...known.values()]) }));
  }
}

function readCustomerAccounts(table: TableReader, customers: Customers, vatTypes: ReadonlySet<string>): Map<string, CustomerAccount> {
  const accounts = new Map<string, CustomerAccount>();
  const numberAt = new Map<string, Place>();
  // Kundnummer -> the first customer with it, where, and whether it pays VAT.
  const byNumber = new Map<string, { customer: string; at: Place; vat: boolean }>();
  for (const row of table.rows()) {
    const text = row.text('Kund');
    const customer = text === null ? undefined : customers.byName.get(text);
    const number = row.text('Kundnummer');
    const counterpart = row.text('Motpart');
    if (customer === undefined) continue;
    if (customer.row !== row.rowNumber) {
      // A second row of the customer (an error already): a different Kundnummer is said too.
      const first = accounts.get(customer.name);
      if (number !== null && first?.number != null && first.number !== number) {
        const at = row.place('Kundnummer');
        table.report.error('customer-number-conflict', at, msg('customerNumberConflict', { at, customer: customer.name, number, other: numberAt.get(customer.name) as Place, otherNumber: first.number }));
      }
      continue;
    }
    const vat = customer.type !== null && vatTypes.has(normalizeName(customer.type));
    accounts.set(customer.name, { number, counterpart, type: customer.type, vat });
    if (number === null) continue;
    const at = row.place('Kundnummer');
    numberAt.set(customer.name, at);
    const earlier = byNumber.get(number);
    if (earlier === undefined) byNumber.set(number, { customer: customer.name, at, vat });
    else if (earlier.vat !== vat) {
      const vatCustomer = vat ? customer.name : earlier.customer;
      table.report.error('customer-number-vat-mix', at, msg('customerNumberVatMix', { at, number, customer: customer.name, other: earlier.at, otherCustomer: earlier.customer, vatCustomer }));
    }
  }
  return accounts;
}

const PERCENT_TYPED = new Set(['6', '12', '25']);

function readServiceAccounts(table: TableReader, services: Services): Map<string, ServiceAccount> {
  const accounts = new Map<string, ServiceAccount>();
  for (const row of table.rows()) {
    const text = row.text('Tjänst');
    const service = text === null ? undefined : services.byName.get(text);
    const rate = vatRate(row);
    if (service === undefined || service.row !== row.rowNumber) continue;
    accounts.set(service.name, {
      area: service.area,
      article: row.text('Artikel'),
      revenueAccount: row.text('Intäktskonto'),
      responsibility: row.text('Ansvar'),
      operation: row.text('Verksamhet'),
      activity: row.text('Aktivitet'),
      vatRate: rate ?? DEFAULT_VAT_RATE,
    });
  }
  return accounts;
}

/** Momssats: 0, 6 %, 12 % or 25 % (as a fraction or a per-cent cell), as VAT_RATES' instance; blank is 25 %; anything else an error. */
function vatRate(row: Row): Dec | null {
  const rate = row.number('Momssats');
  if (rate === null) return null;
  const swedish = swedishVatRate(rate);
  if (swedish !== undefined) return swedish;
  const shown = rate.toString().replace('.', ',');
  const percentTyped = PERCENT_TYPED.has(shown);
  const at = row.place('Momssats');
  row.report.error('bad-vat-rate', at, msg('vatRateNotSwedish', { at, shown: percentTyped ? shown : `${rate.times(100).toString().replace('.', ',')} %`, percentTyped }));
  return null;
}

/** Fakturakolumner: Kolumn (a known field) and Rubrik (blank = the field's name), unique headers. */
function readLayout(table: TableReader): LayoutColumn[] | null {
  if (!table.hasRows()) return null;
  const fields = new Map<string, InvoiceField>(INVOICE_FIELDS.map((f) => [normalizeName(f), f]));
  const mistyped = new MistypedNames(INVOICE_FIELDS);
  const headers = new Map<string, Place>();
  const layout: LayoutColumn[] = [];
  for (const row of table.rows()) {
    const text = row.text('Kolumn', true);
    const typedHeader = row.text('Rubrik');
    if (text === null) continue;
    const field = fields.get(normalizeName(text));
    if (field === undefined) {
      const at = row.place('Kolumn');
      table.report.error('unknown-invoice-column', at, msg('invoiceColumnUnknown', { at, text, near: allNames(mistyped.suggest(text)), known: allNames(INVOICE_FIELDS) }));
      continue;
    }
    const header = typedHeader ?? field;
    const at = row.place(typedHeader === null ? 'Kolumn' : 'Rubrik');
    if (header.length > MAX_HEADER_LENGTH) {
      table.report.error('header-too-long', at, msg('invoiceHeaderTooLong', { at, length: header.length, max: MAX_HEADER_LENGTH }));
      continue;
    }
    const earlier = headers.get(normalizeName(header));
    if (earlier !== undefined) {
      table.report.error('duplicate-invoice-header', at, msg('invoiceHeaderTwice', { at, header, earlier }));
      continue;
    }
    headers.set(normalizeName(header), at);
    layout.push({ field, header });
  }
  return layout;
}
