import { phrase, type Names } from './wording';
import type { Place } from '../problems';

type At = { at: Place };

/**
 * The messages of the invoice's accounting data (Nycklar's Kundnummer and Motpart, Tjänster's
 * Momssats), the setting Momspliktiga kundtyper and the table Fakturakolumner.
 */
export const invoiceLayoutPhrases = {
  vatRateNotSwedish: phrase(
    (a: At & { shown: string; percentTyped: boolean }, w) =>
      a.percentTyped
        ? `${w.where(a.at)}: Momssats ${a.shown} läses som ${a.shown}00 %. Skriv ${a.shown} % eller 0,${a.shown.padStart(2, '0')}.`
        : `${w.where(a.at)}: Momssats ${a.shown} finns inte i Sverige; momssatserna är 25 %, 12 %, 6 % och 0 % (momsfri tjänst). Tom cell = 25 %.`,
    (a, w) =>
      a.percentTyped
        ? `${w.where(a.at)}: Momssats ${a.shown} reads as ${a.shown}00 %. Write ${a.shown} % or 0,${a.shown.padStart(2, '0')}.`
        : `${w.where(a.at)}: the Momssats ${a.shown} does not exist in Sweden; the VAT rates are 25 %, 12 %, 6 % and 0 % (a service exempt from VAT). A blank cell is 25 %.`,
  ),
  customerNumberConflict: phrase(
    (a: At & { customer: string; number: string; other: Place; otherNumber: string }, w) =>
      `${w.where(a.at)}: kunden "${a.customer}" har Kundnummer ${a.number} här men ${a.otherNumber} i ${w.where(a.other)}. En kund har ett kundnummer.`,
    (a, w) => `${w.where(a.at)}: the customer "${a.customer}" has the Kundnummer ${a.number} here but ${a.otherNumber} in ${w.where(a.other)}. A customer has one customer number.`,
  ),
  customerNumberVatMix: phrase(
    (a: At & { number: string; customer: string; other: Place; otherCustomer: string; vatCustomer: string }, w) =>
      `${w.where(a.at)}: Kundnummer ${a.number} står både här (${a.customer}) och i ${w.where(a.other)} (${a.otherCustomer}), men bara ${a.vatCustomer} är momspliktig (Momspliktiga kundtyper). En faktura kan inte vara både med och utan moms: ge kunderna olika kundnummer.`,
    (a, w) =>
      `${w.where(a.at)}: the Kundnummer ${a.number} is both here (${a.customer}) and in ${w.where(a.other)} (${a.otherCustomer}), but only ${a.vatCustomer} pays VAT (Momspliktiga kundtyper). One invoice cannot be both with and without VAT: give the customers different customer numbers.`,
  ),
  vatTypeUnknown: phrase(
    (a: At & { type: string; known: Names }, w) =>
      a.known.names.length === 0
        ? `${w.where(a.at)}: ingen kund i Nycklar har kundtypen "${a.type}" (kolumnen Kundtyp är tom); ingen faktura får moms av den.`
        : `${w.where(a.at)}: ingen kund i Nycklar har kundtypen "${a.type}"; ingen faktura får moms av den. Kundtyperna i Nycklar är ${w.list(a.known, true)}.`,
    (a, w) =>
      a.known.names.length === 0
        ? `${w.where(a.at)}: no customer in Nycklar has the customer type "${a.type}" (the column Kundtyp is empty); no invoice gets VAT from it.`
        : `${w.where(a.at)}: no customer in Nycklar has the customer type "${a.type}"; no invoice gets VAT from it. The customer types in Nycklar are ${w.list(a.known, true)}.`,
  ),
  vatNoneWithTypes: phrase(
    (a: At & { text: string }, w) => `${w.where(a.at)}: "${a.text}" nämner både Ingen och kundtyper; skriv Ingen ensamt (ingen kund är momspliktig) eller bara kundtyperna.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" names both Ingen and customer types; write Ingen alone (no customer pays VAT) or only the customer types.`,
  ),
  invoiceColumnUnknown: phrase(
    (a: At & { text: string; near: Names; known: Names }, w) =>
      `${w.where(a.at)}: fakturafilen har inget fält "${a.text}".${a.near.names.length > 0 ? ` Menade du ${w.orList(a.near)}?` : ''} Fälten är ${w.list(a.known, true)}.`,
    (a, w) => `${w.where(a.at)}: the invoice file has no field "${a.text}".${a.near.names.length > 0 ? ` Did you mean ${w.orList(a.near)}?` : ''} The fields are ${w.list(a.known, true)}.`,
  ),
  invoiceHeaderTwice: phrase(
    (a: At & { header: string; earlier: Place }, w) => `${w.where(a.at)}: rubriken "${a.header}" finns redan i ${w.where(a.earlier)}. Varje kolumn i fakturafilen behöver en egen rubrik.`,
    (a, w) => `${w.where(a.at)}: the header "${a.header}" is already in ${w.where(a.earlier)}. Each column of the invoice file needs a header of its own.`,
  ),
  invoiceHeaderTooLong: phrase(
    (a: At & { length: number; max: number }, w) => `${w.where(a.at)}: rubriken har ${a.length} tecken; Excel tillåter högst ${a.max} i en tabellrubrik.`,
    (a, w) => `${w.where(a.at)}: the header has ${a.length} characters; Excel allows at most ${a.max} in a table header.`,
  ),
};
