import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of last year's invoiced amounts (table Fjolårsbelopp) and what is compared with them. */
export const lastYearPhrases = {
  lastYearDeviationsAboveAmount: phrase(
    (a: { at: Place; deviations: string; amount: string }, w) =>
      `${w.where(a.at)}: avvikelseavgifterna ${a.deviations} kr är mer än hela beloppet ${a.amount} kr. Varav avvikelser är den del av Belopp som var avgifter för avvikelser.`,
    (a, w) => `${w.where(a.at)}: the deviation charges of ${a.deviations} kr are more than the whole amount of ${a.amount} kr. Varav avvikelser is the part of Belopp that was charged for deviations.`,
  ),
  lastYearAmountsTooLarge: phrase(
    (a: { at: Place }, w) => `${w.where(a.at)}: beloppen i Fjolårsbelopp blir här tillsammans 10 000 miljarder kr eller mer räknat utan tecken; summan måste vara mindre.`,
    (a, w) => `${w.where(a.at)}: the amounts of Fjolårsbelopp reach 10 000 billion kr or more here, counted without sign; the sum must be smaller.`,
  ),
  lastYearAmountsSummed: phrase(
    (a: { rows: number; first: number }, _w) =>
      `Fjolårsbelopp har ${a.rows === 1 ? 'en rad' : `${a.rows} rader`} för en kund och tjänst som redan har en rad (första på rad ${a.first}); beloppen för samma kund och tjänst summeras.`,
    (a, _w) => `Fjolårsbelopp has ${a.rows === 1 ? 'one row' : `${a.rows} rows`} for a customer and service that already have a row (the first on row ${a.first}); the amounts of one customer and service are added up.`,
  ),
};
