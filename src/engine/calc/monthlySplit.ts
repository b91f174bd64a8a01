import { ONE, type Dec } from '../decimal';
import { MONTHS, monthNumber } from '../months';
import { allocateSteps, type Share } from '../rounding';
import type { PricingModel } from '../schema';
import type { Charge } from './results';

/** A service's weights per month (index 0 = January) for allocateSteps. */
export type MonthWeights = readonly Share<number>[];

/**
 * Labels "01" … "12" make allocate's tie rule (lower label first) a calendar rule: of equal
 * remainders, the earlier month gets the leftover unit. An even split of 1 000 kr is therefore
 * 84 kr in January to April and 83 kr in May to December.
 */
export const EVEN: MonthWeights = Array.from({ length: MONTHS }, (_, m) => ({ id: m, label: monthNumber(m), weight: ONE }));

/** A Månadsprofil's twelve shares as allocation weights. */
export function profileWeights(shares: readonly Dec[]): MonthWeights {
  return shares.map((weight, m) => ({ id: m, label: monthNumber(m), weight }));
}

/**
 * One charge's amount per month, in units of the amount step, summing exactly to the charge.
 * The keyed part, the deviation surcharge and a package's yearly price are billed evenly; the
 * unit part (Styck, Tim, the rest of Blandad) follows the service's volume profile (even when
 * it has none). Each part is split by largest remainder (rounding.ts), so each reconciles.
 */
export function monthlyUnits(charge: Charge, model: PricingModel, profile: MonthWeights | null): number[] {
  const byVolume = model === 'Paket' ? 0 : charge.unit;
  const even = charge.amount - byVolume;
  const months = new Array<number>(MONTHS).fill(0);
  for (const [total, weights] of [[even, EVEN], [byVolume, profile ?? EVEN]] as const) {
    if (total === 0) continue;
    for (const [m, units] of allocateSteps(total, weights)) months[m] = (months[m] as number) + units;
  }
  return months;
}
