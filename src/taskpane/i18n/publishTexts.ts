import type { PublishedDelivery, PublishedFormat } from '../hosts/published';

/**
 * The pane's texts for the published price list and Kundbesked as PDF, in Swedish and English.
 * Kept apart from sv.ts/en.ts: only the views after a run use them, and those come in the results
 * chunk, not in the pane's entry. The documents themselves are in Swedish in both languages, as
 * the customers receive them.
 */
export interface PublishTexts {
  heading: string;
  intro: string;
  labelField: string;
  labelHint: string;
  labelPlaceholder: string;
  labelInvalid: (length: number, max: number) => string;
  priceListButton: (format: PublishedFormat) => string;
  /** Shown beside the spinner while the file is made. */
  making: (format: PublishedFormat) => string;
  priceListSaved: (delivery: PublishedDelivery, file: string) => string;
  priceListFailed: string;
  statementsPdfButton: (count: number | null) => string;
  makingStatementsPdf: string;
  statementsPdfSaved: (count: number, file: string) => string;
  invoiceHeading: string;
  invoiceIntro: string;
  /** Fakturaunderlag's button, or with `settlement` Slutavräkning's. */
  invoiceButton: (settlement: boolean) => string;
  makingInvoice: (settlement: boolean) => string;
  invoiceSaved: (settlement: boolean, file: string) => string;
  invoiceFailed: string;
}

const sv: PublishTexts = {
  heading: 'Prislista att skicka ut',
  intro: 'Prislistan som kunderna ser den, per verksamhetsområde: tjänst, enhet, pris eller hur avgiften fördelas, förändringen mot i fjol och tjänstens beskrivning. Budgetåret och versionsetiketten står i sidfoten.',
  labelField: 'Versionsetikett',
  labelHint: 'En rad i sidfoten, till exempel beslutet prislistan bygger på. Tom: ingen etikett.',
  labelPlaceholder: 'Servicenämnden 2021-11-18',
  labelInvalid: (length, max) => `Högst ${max} tecken på en rad (nu ${length}).`,
  priceListButton: (format) => (format === 'pdf' ? 'Prislista som PDF' : 'Prislista som Excel-fil'),
  making: (format) => (format === 'pdf' ? 'Gör prislistan som PDF …' : 'Gör prislistan som Excel-fil …'),
  priceListSaved: (delivery, file) =>
    delivery === 'opened' ? `Prislistan (${file}) öppnades som en ny arbetsbok i Excel: spara eller skriv ut den där.` : `Prislistan har laddats ned som ${file}.`,
  priceListFailed: 'Prislistan kunde inte göras',
  statementsPdfButton: (count) => (count === null ? 'Spara som PDF' : `Spara som PDF (${count})`),
  makingStatementsPdf: 'Gör kundbeskeden som PDF …',
  statementsPdfSaved: (n, file) => `${n === 1 ? 'Kundbeskedet' : `${n} kundbesked`} har laddats ned som ${file}.`,
  invoiceHeading: 'Fakturafil',
  invoiceIntro:
    'Fakturaraderna som ekonomisystemet läser in: en CSV-fil med semikolon och decimalkomma, i kolumnerna som tabellen Fakturakolumner väljer (utan den Kund, Tjänst, Period, Belopp och Text). Samma fil som kommandoradens intaktsmodell invoice.',
  invoiceButton: (settlement) => (settlement ? 'Slutavräkning som CSV' : 'Fakturaunderlag som CSV'),
  makingInvoice: (settlement) => (settlement ? 'Gör slutavräkningen som CSV …' : 'Gör fakturaunderlaget som CSV …'),
  invoiceSaved: (settlement, file) => `${settlement ? 'Slutavräkningen' : 'Fakturaunderlaget'} har laddats ned som ${file}.`,
  invoiceFailed: 'Fakturafilen kunde inte göras',
};

const en: PublishTexts = {
  heading: 'Price list to send out',
  intro: 'The price list as the customers see it, per Verksamhetsområde: service, unit, price or how the fee is keyed, the change against last year and the service’s description. The budget year and the version label are in the footer.',
  labelField: 'Version label',
  labelHint: 'One line in the footer, for instance the decision the price list rests on. Empty: no label.',
  labelPlaceholder: 'Servicenämnden 2021-11-18',
  labelInvalid: (length, max) => `At most ${max} characters on one line (now ${length}).`,
  priceListButton: (format) => (format === 'pdf' ? 'Price list as PDF' : 'Price list as Excel file'),
  making: (format) => (format === 'pdf' ? 'Making the price list as PDF …' : 'Making the price list as an Excel file …'),
  priceListSaved: (delivery, file) =>
    delivery === 'opened' ? `The price list (${file}) opened as a new workbook in Excel: save or print it there.` : `The price list has been downloaded as ${file}.`,
  priceListFailed: 'The price list could not be made',
  statementsPdfButton: (count) => (count === null ? 'Save as PDF' : `Save as PDF (${count})`),
  makingStatementsPdf: 'Making the statements as PDF …',
  statementsPdfSaved: (n, file) => `${n === 1 ? 'The statement has' : `${n} statements have`} been downloaded as ${file}.`,
  invoiceHeading: 'Invoice file',
  invoiceIntro:
    'The invoice lines the finance system imports: a CSV file with semicolons and decimal commas, in the columns the Fakturakolumner table chooses (without it Kund, Tjänst, Period, Belopp and Text). The same file as the command line’s intaktsmodell invoice.',
  invoiceButton: (settlement) => (settlement ? 'Slutavräkning as CSV' : 'Fakturaunderlag as CSV'),
  makingInvoice: (settlement) => (settlement ? 'Making Slutavräkning as CSV …' : 'Making Fakturaunderlag as CSV …'),
  invoiceSaved: (settlement, file) => `${settlement ? 'Slutavräkning' : 'Fakturaunderlag'} has been downloaded as ${file}.`,
  invoiceFailed: 'The invoice file could not be made',
};

export const PUBLISH_TEXTS: Record<'sv' | 'en', PublishTexts> = { sv, en };
