import type { SettlementMethod } from '../../engine/schema';

/**
 * The drawer's Slutavräkning section in Swedish and English. Amounts and percentages come in
 * formatted (the pane's Swedish formats in both languages); Avräkning's values, Resultatfondstak
 * and the table names stay Swedish in the English text, as the workbook spells them.
 */
export interface SettlementStrings {
  heading: string;
  tableLabel: (customer: string) => string;
  /** The column of what the customer was invoiced to date ("2021-06"), or for the year once it is closed. */
  invoicedHeader: (period: string, final: boolean) => string;
  shareHeader: string;
  amountHeader: string;
  /** Under the service: the service's amount settled over all its customers. */
  serviceAmount: (amount: string) => string;
  /** Under the service when nobody was invoiced for it yet. */
  budgetBasis: string;
  /** The total row: returned to the customer (total < 0) or charged to it. */
  totalLabel: (total: number) => string;
  /** Avräkning's rule and whether the figures are the year's or a forecast. */
  context: (method: SettlementMethod, period: string, final: boolean) => string;
  /** How a service's amount is shared. */
  howShared: string;
  noActuals: string;
  kept: (period: string, final: boolean) => string;
  withinCap: (cap: string, period: string, final: boolean) => string;
  nothingSettled: (period: string, final: boolean) => string;
  notThisCustomer: (period: string, final: boolean) => string;
}

const svWhen = (period: string, final: boolean) => (final ? 'årets utfall' : `prognosen t.o.m. ${period}`);
const enWhen = (period: string, final: boolean) => (final ? 'the year’s actuals' : `the forecast to ${period}`);

const sv: SettlementStrings = {
  heading: 'Slutavräkning',
  tableLabel: (customer) => `Slutavräkning: ${customer}`,
  invoicedHeader: (period, final) => (final ? 'Fakturerat under året' : `Fakturerat t.o.m. ${period}`),
  shareHeader: 'Andel',
  amountHeader: 'Belopp',
  serviceAmount: (amount) => `Tjänstens avräkning ${amount}`,
  budgetBasis: 'Inget fakturerat ännu: andelen följer budgetens debitering',
  totalLabel: (total) => (total < 0 ? 'Återbetalas till kunden' : total > 0 ? 'Debiteras kunden' : 'Summa'),
  context: (method, period, final) =>
    `Avräkning ${method}: ${method === 'Full' ? 'varje tjänsts hela resultat avräknas med kunderna, ett överskott återbetalas och ett underskott debiteras' : 'det som skulle ta resultatfonden över taket återbetalas till kunderna'}. ${final ? 'Året är stängt: beloppen bygger på årets utfall.' : `Beloppen är preliminära: de bygger på prognosen t.o.m. ${period}.`}`,
  howShared: 'Varje tjänsts belopp delas mellan dess kunder i proportion till vad var och en fakturerats för den, i hela kronor som summerar exakt. Minus är en kredit (återbetalning), plus en debitering.',
  noActuals: 'Inget att avräkna: arbetsboken har inget utfall (Utfall, Utfallsvolymer) att följa upp.',
  kept: (period, final) => `Inget att avräkna: Avräkning är Ingen, så årets resultat (${svWhen(period, final)}) stannar i resultatfonden.`,
  withinCap: (cap, period, final) => `Inget att avräkna: resultatfonden håller sig inom taket på ${cap} (${svWhen(period, final)}).`,
  nothingSettled: (period, final) => `Inget att avräkna: ingen tjänst har ett resultat att avräkna med kunderna (${svWhen(period, final)}).`,
  notThisCustomer: (period, final) => `Inget att avräkna med kunden: den har inte fakturerats för någon av de tjänster som avräknas (${svWhen(period, final)}).`,
};

const en: SettlementStrings = {
  heading: 'Settlement (Slutavräkning)',
  tableLabel: (customer) => `Settlement (Slutavräkning): ${customer}`,
  invoicedHeader: (period, final) => (final ? 'Invoiced in the year' : `Invoiced to ${period}`),
  shareHeader: 'Share',
  amountHeader: 'Amount',
  serviceAmount: (amount) => `The service’s settlement ${amount}`,
  budgetBasis: 'Nothing invoiced yet: the share follows the budget’s charges',
  totalLabel: (total) => (total < 0 ? 'Returned to the customer' : total > 0 ? 'Charged to the customer' : 'Total'),
  context: (method, period, final) =>
    `Avräkning ${method}: ${method === 'Full' ? 'each service’s whole result is settled with its customers, a surplus returned and a deficit charged' : 'what would take the result fund above its cap is returned to the customers'}. ${final ? 'The year is closed: the amounts rest on the year’s actuals.' : `The amounts are preliminary: they rest on the forecast to ${period}.`}`,
  howShared: 'Each service’s amount is shared among its customers in proportion to what each was invoiced for it, in whole kronor that sum exactly. A minus is a credit (returned), a plus a charge.',
  noActuals: 'Nothing to settle: the workbook has no actuals (Utfall, Utfallsvolymer) to follow up.',
  kept: (period, final) => `Nothing to settle: Avräkning is Ingen, so the year’s result (${enWhen(period, final)}) stays in the result fund.`,
  withinCap: (cap, period, final) => `Nothing to settle: the result fund stays within its cap of ${cap} (${enWhen(period, final)}).`,
  nothingSettled: (period, final) => `Nothing to settle: no service has a result to settle with the customers (${enWhen(period, final)}).`,
  notThisCustomer: (period, final) => `Nothing to settle with this customer: it was not invoiced for any of the services settled (${enWhen(period, final)}).`,
};

export const SETTLEMENT_STRINGS: Record<'sv' | 'en', SettlementStrings> = { sv, en };
