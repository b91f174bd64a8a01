import type { ServiceResult } from '../calc/results';

/**
 * Why a service's revenue is not its self-cost by decision rather than by the calculation: the
 * cap held its price (Pristak), it charges an agreed sum (Avtalat belopp), or its unit price is
 * decided (Fastställt pris). The order is fixed, so a process lists its causes the same way.
 */
export const CAUSES = ['Pristak', 'Avtalat belopp', 'Fastställt pris'] as const;
export type Cause = (typeof CAUSES)[number];

export function causesOf(r: ServiceResult): Cause[] {
  const causes: Cause[] = [];
  if (r.uncappedPrice !== null || r.heldKeyed.size > 0) causes.push('Pristak');
  if (r.agreedAmount !== null) causes.push('Avtalat belopp');
  // A decided price applies where the service is priced per unit (priceService's unitPrice).
  if (r.service.setPrice !== null && r.price !== null) causes.push('Fastställt pris');
  return causes;
}

/** Orsak: the causes of the services, in CAUSES order, once each; null when there are none. */
export function causeText(results: readonly ServiceResult[]): string | null {
  const found = new Set(results.flatMap(causesOf));
  const text = CAUSES.filter((c) => found.has(c)).join(', ');
  return text === '' ? null : text;
}

/**
 * Beslutad differens, in units: Intäkt − Självkostnad summed over the services whose revenue a
 * decision sets; null when none does. The rest of a process's Differens is the calculation's.
 */
export function decidedGap(results: readonly ServiceResult[]): number | null {
  let gap: number | null = null;
  for (const r of results) if (causesOf(r).length > 0) gap = (gap ?? 0) + r.revenue - r.selfCost;
  return gap;
}

/** Att finansiera, in units: the shortfall of a service whose revenue a decision sets; null otherwise or when it covers its cost. */
export function toFinance(r: ServiceResult): number | null {
  const gap = decidedGap([r]);
  return gap !== null && gap < 0 ? -gap : null;
}
