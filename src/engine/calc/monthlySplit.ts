import { ONE, ZERO, type Dec } from '../decimal';
import type { ActiveMonths } from '../model';
import { MONTHS, monthNumber } from '../months';
import { allocateStepArray, allocateSteps, type Share } from '../rounding';
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

/** allocateSteps(r, EVEN) for every remainder r of a division by twelve. */
const EVEN_REMAINDERS: readonly (readonly number[])[] = Array.from({ length: MONTHS }, (_, r) => {
  const split = allocateSteps(r, EVEN);
  return Array.from({ length: MONTHS }, (_, m) => split.get(m) as number);
});

/**
 * allocateSteps(total, EVEN), without its BigInt work for every charge: with equal weights each
 * month's exact share of 12q + r is q + r/12, so the split is q each plus allocateSteps's own
 * split of the remainder r (memoised above). A negative total is split as its absolute value.
 */
export function evenSplit(total: number): number[] {
  const months = new Array<number>(MONTHS).fill(0);
  addEvenSplit(months, total);
  return months;
}

/** Adds evenSplit(total) to months, month by month, without making the split's array. */
function addEvenSplit(months: number[], total: number): void {
  const n = Math.abs(total);
  const q = Math.floor(n / MONTHS);
  const rest = EVEN_REMAINDERS[n - q * MONTHS] as readonly number[];
  for (let m = 0; m < MONTHS; m++) {
    const units = q + (rest[m] as number);
    months[m] = (months[m] as number) + (total < 0 && units !== 0 ? -units : units);
  }
}

/** A Månadsprofil's twelve shares as allocation weights. */
export function profileWeights(shares: readonly Dec[]): MonthWeights {
  return shares.map((weight, m) => ({ id: m, label: monthNumber(m), weight }));
}

/**
 * One charge's amount per month, in units of the amount step, summing exactly to the charge.
 * The keyed part, the deviation surcharge and a package's yearly price are billed evenly; the
 * unit part (Styck, Tim, the rest of Blandad) follows the service's volume profile (even when
 * it has none). Each part is split by largest remainder (rounding.ts), so each reconciles.
 * A customer active only some months (Från månad–Till månad) is billed in those months alone:
 * the even parts over them, the unit part by the profile's shares of them.
 */
export function monthlyUnits(charge: Charge, model: PricingModel, profile: MonthWeights | null, active: ActiveMonths | null = null): number[] {
  if (active !== null) return activeMonthlyUnits(charge, model, profile, active);
  const byVolume = model === 'Paket' ? 0 : charge.unit;
  const even = charge.amount - byVolume;
  const months = evenSplit(even);
  if (byVolume === 0) return months;
  if (profile === null) {
    addEvenSplit(months, byVolume);
    return months;
  }
  const byMonth = allocateStepArray(byVolume, profile);
  for (let m = 0; m < MONTHS; m++) months[m] = (months[m] as number) + (byMonth[m] as number);
  return months;
}

/** The months of a span as weights: 1 in the span (or the profile's share), 0 outside. */
export function activeWeights(active: ActiveMonths, profile: MonthWeights | null): MonthWeights {
  return Array.from({ length: MONTHS }, (_, m) => {
    const inside = m >= active.from && m <= active.to;
    return { id: m, label: monthNumber(m), weight: !inside ? ZERO : profile === null ? ONE : (profile[m] as Share<number>).weight };
  });
}

/** monthlyUnits for a customer active part of the year: nothing outside its months. */
function activeMonthlyUnits(charge: Charge, model: PricingModel, profile: MonthWeights | null, active: ActiveMonths): number[] {
  const byVolume = model === 'Paket' ? 0 : charge.unit;
  const months = allocateStepArray(charge.amount - byVolume, activeWeights(active, null));
  if (byVolume === 0) return months;
  // readModel refuses a volume whose profile has no share in the customer's months (activeMonthChecks.ts).
  const byMonth = allocateStepArray(byVolume, activeWeights(active, profile));
  for (let m = 0; m < MONTHS; m++) months[m] = (months[m] as number) + (byMonth[m] as number);
  return months;
}
