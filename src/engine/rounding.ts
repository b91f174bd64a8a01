import { Dec, ONE, ZERO, toNumber } from './decimal';

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
 * weights are scaled to integers by a common power of ten and the arithmetic is done in BigInt
 * (the remainder of w·n is (w·n) mod W), so no division is rounded. A negative total is split
 * as its absolute value and negated. Weights must be ≥ 0 with a positive sum.
 */
export function allocate<K>(total: Dec, shares: readonly Share<K>[], unit: Dec = ONE): Map<K, Dec> {
  const units = unit.eq(ONE) ? total : total.div(unit);
  if (!units.isInteger()) throw new RangeError(`allocate: ${total} is not a multiple of ${unit}`);
  const parts = allocateUnits(BigInt(units.toFixed(0)), shares);
  const result = new Map<K, Dec>();
  for (const [id, count] of parts) {
    const amount = count === 0n ? ZERO : new Dec(count.toString());
    result.set(id, unit.eq(ONE) ? amount : amount.times(unit));
  }
  return result;
}

/** allocate for amounts held as whole numbers of the amount step (see money.ts). */
export function allocateSteps<K>(total: number, shares: readonly Share<K>[]): Map<K, number> {
  const result = new Map<K, number>();
  for (const [id, count] of allocateUnits(BigInt(total), shares)) result.set(id, Number(count));
  return result;
}

interface ScaledWeights {
  weights: bigint[];
  weightSum: bigint;
}

/**
 * The weights as integers by a common power of ten. A list of shares is often split many times
 * (a service's cost rows for every customer's trace, the months for every invoice line), so the
 * scaling is kept per list: a list passed to allocate must not be changed afterwards.
 */
const scaled = new WeakMap<readonly Share<unknown>[], ScaledWeights>();

function scaledWeights<K>(shares: readonly Share<K>[]): ScaledWeights {
  const known = scaled.get(shares);
  if (known) return known;
  let places = 0;
  for (const s of shares) {
    if (s.weight.isNegative()) throw new RangeError(`allocate: negative weight for ${s.label}`);
    places = Math.max(places, s.weight.decimalPlaces());
  }
  const weights = shares.map((s) => {
    if (places === 0) {
      const n = toNumber(s.weight);
      if (Number.isSafeInteger(n)) return BigInt(n);
    }
    return BigInt(s.weight.toFixed(places).replace('.', ''));
  });
  const result = { weights, weightSum: weights.reduce((a, b) => a + b, 0n) };
  scaled.set(shares, result);
  return result;
}

function allocateUnits<K>(total: bigint, shares: readonly Share<K>[]): Map<K, bigint> {
  const negative = total < 0n;
  const n = negative ? -total : total;
  const { weights, weightSum } = scaledWeights(shares);
  const result = new Map<K, bigint>();
  if (n === 0n) {
    for (const s of shares) result.set(s.id, 0n);
    return result;
  }
  if (weightSum <= 0n) throw new RangeError('allocate: weights sum to zero');

  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const scaled = w * n;
    const floor = scaled / weightSum;
    floors.push(floor);
    remainders.push(scaled - floor * weightSum);
    given += floor;
  }
  let leftover = n - given;
  if (leftover > 0n) {
    const order = shares.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const la = (shares[a] as Share<K>).label;
      const lb = (shares[b] as Share<K>).label;
      return collator.compare(la, lb) || compareCodePoints(la, lb) || a - b;
    });
    for (const i of order) {
      if (leftover === 0n) break;
      floors[i] = (floors[i] as bigint) + 1n;
      leftover -= 1n;
    }
  }
  shares.forEach((s, i) => {
    const count = floors[i] as bigint;
    result.set(s.id, negative ? -count : count);
  });
  return result;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
