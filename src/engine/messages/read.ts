import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of reading the input tables (engine/read). */
export const readPhrases = {
  duplicateCustomer: phrase(
    (a: { at: Place; name: string; earlier: number }, w) => `${w.where(a.at)}: kunden "${a.name}" finns redan på rad ${a.earlier}. Varje kund ska stå på en rad.`,
    (a, w) => `${w.where(a.at)}: the customer "${a.name}" is already on row ${a.earlier}. Each customer goes on one row.`,
  ),
};
