import { Dec, ZERO } from './decimal';

/**
 * Rounds to a multiple of step, half away from zero (Excel's ROUND, decimal.js ROUND_HALF_UP).
 * Used for unit prices (the service's price step) and for amounts (Beloppsavrundning).
 */
export function roundToStep(value: Dec, step: Dec): Dec {
  return value.div(step).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(step);
}

export interface Share<K> {
  id: K;
  /** Sorts ties: the lower label gets the leftover unit first. */
  label: string;
  weight: Dec;
}

const collator = new Intl.Collator('sv', { sensitivity: 'variant' });

/**
 * Splits total, a whole multiple of unit, over the weights in proportion, in whole units that
 * sum exactly to total (largest-remainder method). Each part first gets the floor of its exact
 * share; the units left over go one each to the largest remainders, ties broken by label in
 * Swedish alphabetical order (then code point order). Remainders are compared exactly: the
 * remainder of w·n is (w·n) mod W, no division is rounded. A negative total is split as its
 * absolute value and negated. Weights must be ≥ 0 with a positive sum.
 */
export function allocate<K>(total: Dec, shares: readonly Share<K>[], unit: Dec = new Dec(1)): Map<K, Dec> {
  const units = total.div(unit);
  if (!units.isInteger()) throw new RangeError(`allocate: ${total} is not a multiple of ${unit}`);
  const negative = units.isNegative();
  const n = units.abs();
  let weightSum = ZERO;
  for (const s of shares) {
    if (s.weight.isNegative()) throw new RangeError(`allocate: negative weight for ${s.label}`);
    weightSum = weightSum.plus(s.weight);
  }
  const result = new Map<K, Dec>();
  if (n.isZero()) {
    for (const s of shares) result.set(s.id, ZERO);
    return result;
  }
  if (!weightSum.gt(0)) throw new RangeError('allocate: weights sum to zero');

  const parts = shares.map((s, index) => {
    const scaled = s.weight.times(n);
    const remainder = scaled.mod(weightSum);
    return { s, index, floor: scaled.minus(remainder).div(weightSum), remainder };
  });
  let leftover = n.minus(sum(parts.map((p) => p.floor))).toNumber();
  const order = [...parts].sort(
    (a, b) => b.remainder.comparedTo(a.remainder) || collator.compare(a.s.label, b.s.label) || compareCodePoints(a.s.label, b.s.label) || a.index - b.index,
  );
  for (const p of order) {
    if (leftover <= 0) break;
    p.floor = p.floor.plus(1);
    leftover -= 1;
  }
  for (const p of parts) {
    const amount = p.floor.times(unit);
    result.set(p.s.id, negative ? amount.neg() : amount);
  }
  return result;
}

function sum(values: Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
