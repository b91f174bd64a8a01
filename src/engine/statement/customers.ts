import type { Customer, Model } from '../model';
import { editDistance, foldAccents as fold } from '../nameDistance';
import { normalizeName } from '../schema';

/** A customer name the workbook does not have; names the closest it does. */
export class UnknownCustomerError extends Error {
  constructor(
    readonly customer: string,
    readonly closeNames: readonly string[],
  ) {
    super(`Kunden "${customer}" finns inte i Nycklar.${closeNames.length ? ` Menar du ${closeNames.map((n) => `"${n}"`).join(', ')}?` : ''}`);
    this.name = 'UnknownCustomerError';
  }
}

/** The customer of that name, matched as the workbook matches names (case and surrounding spaces ignored). */
export function findCustomer(model: Model, name: string): Customer | null {
  return model.customerByName.get(name) ?? model.customers.find((c) => normalizeName(c.name) === normalizeName(name)) ?? null;
}

/**
 * Up to max names that look like query, best first: names that contain it (or that it
 * contains), then names sharing a word that starts with one of its words, then names within a
 * few typing mistakes (edit distance at most a third of the query, at least 2).
 */
export function closeNames(query: string, names: readonly string[], max = 5): string[] {
  const q = fold(query);
  if (q === '') return [];
  const qWords = words(q).filter((w) => w.length >= 3);
  const scored: { name: string; rank: number; distance: number }[] = [];
  for (const name of names) {
    const n = fold(name);
    const distance = editDistance(q, n);
    let rank: number;
    if (n.includes(q) || q.includes(n)) rank = 0;
    else if (qWords.some((qw) => words(n).some((w) => w.length >= 3 && (w.startsWith(qw) || qw.startsWith(w))))) rank = 1;
    else if (distance <= Math.max(2, Math.floor(q.length / 4))) rank = 2;
    else continue;
    scored.push({ name, rank, distance });
  }
  scored.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.name.localeCompare(b.name, 'sv'));
  return scored.slice(0, max).map((s) => s.name);
}

function words(s: string): string[] {
  return s.split(/[\s\-–,.()/]+/).filter((w) => w !== '');
}
