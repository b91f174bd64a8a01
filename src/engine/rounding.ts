import { floorDiv } from './floorDiv';
import { cutAt } from './select';
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
  const parts = allocateStepArray(total, shares);
  shares.forEach((s, i) => result.set(s.id, parts[i] as number));
  return result;
}

/**
 * Remainders and estimates are worked in one buffer kept between calls (a split is made for every
 * charge and cost row); only its first count places are read. The engine is single-threaded.
 */
let scratch = new Float64Array(256);

function scratchOf(count: number): Float64Array {
  if (scratch.length < count) scratch = new Float64Array(Math.max(count, scratch.length * 2));
  return scratch;
}

/**
 * Largest remainder's last step: one unit more to each of the leftover shares with the largest
 * remainders (exact integers here), ties at the cut by the tie order. The cut is found by
 * quickselect (select.ts); the tie order is asked for only when shares tie at it.
 */
function giveLeftover(floors: number[], remainders: Float64Array, count: number, leftover: number, rankOf: () => Int32Array): void {
  const cut = cutAt(remainders, count, count - leftover).kth;
  let tied = 0;
  let above = 0;
  for (let i = 0; i < count; i++) {
    const rest = remainders[i] as number;
    if (rest > cut) {
      floors[i] = (floors[i] as number) + 1;
      above += 1;
    } else if (rest === cut) tied += 1;
  }
  const need = leftover - above;
  if (need === tied) {
    for (let i = 0; i < count; i++) if (remainders[i] === cut) floors[i] = (floors[i] as number) + 1;
    return;
  }
  const rank = rankOf();
  const ties: number[] = [];
  for (let i = 0; i < count; i++) if (remainders[i] === cut) ties.push(i);
  ties.sort((a, b) => (rank[a] as number) - (rank[b] as number));
  for (let k = 0; k < need; k++) floors[ties[k] as number] = (floors[ties[k] as number] as number) + 1;
}

/**
 * allocateSteps's amounts in the order of shares. While total × the sum of the weights stays
 * below 2^53, every product, floor × sum and remainder does too, and the arithmetic is done in
 * doubles, which are exact on such integers (floors by floorDiv); beyond it in BigInt. Both
 * give the same split.
 */
export function allocateStepArray<K>(total: number, shares: readonly Share<K>[]): number[] {
  const scaling = scaledWeights(shares);
  const n = Math.abs(total);
  if (scaling.numbers !== null && n * scaling.numberSum <= Number.MAX_SAFE_INTEGER && Number.isSafeInteger(n)) {
    return allocateNumbers(total, shares, scaling, scaling.numbers);
  }
  const estimated = Number.isSafeInteger(n) ? allocateEstimated(total, shares, scaling) : null;
  if (estimated !== null) return estimated;
  const parts = allocateUnits(BigInt(total), shares);
  return shares.map((s) => Number(parts.get(s.id) as bigint));
}

/**
 * The split from each share's fraction of the whole as a double, used only when it provably
 * equals the exact one. Each estimate f·n is within n·2^-50 of the exact share (f is the weight
 * over the sum rounded twice, the product once); with a margin of n·2^-44 + 2^-44, a share whose
 * fractional part is clear of 0 and 1 by the margin has its exact floor, and when the share
 * rounded up last is clear of the first one left down by twice the margin, the exact remainders
 * rank them the same way. Otherwise (near ties, equal weights at the cut) null: the caller
 * falls back to the exact BigInt split.
 */
function allocateEstimated<K>(total: number, shares: readonly Share<K>[], scaling: ScaledWeights): number[] | null {
  const negative = total < 0;
  const n = negative ? -total : total;
  const count = shares.length;
  if (n === 0 || scaling.weightSum <= 0n) return null;
  const fractions = scaling.fractions ?? (scaling.fractions = fractionsOf(scaling));
  const margin = (n + 1) * 2 ** -44;
  const floors = new Array<number>(count);
  const rests = scratchOf(count);
  let given = 0;
  for (let i = 0; i < count; i++) {
    const x = (fractions[i] as number) * n;
    const floor = Math.floor(x);
    const rest = x - floor;
    if (rest < margin || rest > 1 - margin) {
      if ((scaling.weights[i] as bigint) !== 0n) return null;
    }
    floors[i] = floor;
    rests[i] = rest;
    given += floor;
  }
  const leftover = n - given;
  if (leftover < 0 || leftover >= count) return null;
  if (leftover > 0) {
    // The leftover-th largest estimate (the last share rounded up) and the one below it.
    const { kth: last, below: next } = cutAt(rests, count, count - leftover);
    if (last - next <= 2 * margin) return null;
    // Clear of each other, so exactly leftover estimates are ≥ last.
    for (let i = 0; i < count; i++) if ((rests[i] as number) >= last) floors[i] = (floors[i] as number) + 1;
  }
  if (negative) for (let i = 0; i < count; i++) floors[i] = floors[i] === 0 ? 0 : -(floors[i] as number);
  return floors;
}

function fractionsOf(scaling: ScaledWeights): number[] {
  const sum = Number(scaling.weightSum);
  return scaling.weights.map((w) => Number(w) / sum);
}

interface ScaledWeights {
  weights: bigint[];
  weightSum: bigint;
  /** The same weights as doubles when their sum is a safe integer, else null. */
  numbers: number[] | null;
  numberSum: number;
  /** Each weight over the sum as a double, made when first needed (allocateEstimated). */
  fractions: number[] | null;
  /** Each share's place in the tie order (label in Swedish order, then code points, then index), made when first needed. */
  rank: Int32Array | null;
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
  // Loops, not callbacks: this runs per list of shares, and a closure made per call loses its
  // optimized code to every full collection between runs (shapes.ts).
  const weights: bigint[] = [];
  let weightSum = 0n;
  for (const s of shares) {
    const n = places === 0 ? toNumber(s.weight) : NaN;
    const w = Number.isSafeInteger(n) ? BigInt(n) : BigInt(s.weight.toFixed(places).replace('.', ''));
    weights.push(w);
    weightSum += w;
  }
  const safeSum = weightSum <= BigInt(Number.MAX_SAFE_INTEGER);
  const numbers = safeSum ? weights.map(Number) : null;
  const result: ScaledWeights = { weights, weightSum, numbers, numberSum: numbers === null ? Infinity : Number(weightSum), fractions: null, rank: null };
  scaled.set(shares, result);
  return result;
}

function tieRank<K>(shares: readonly Share<K>[], scaling: ScaledWeights): Int32Array {
  if (scaling.rank !== null) return scaling.rank;
  const order = shares.map((_, i) => i);
  order.sort((a, b) => {
    const la = (shares[a] as Share<K>).label;
    const lb = (shares[b] as Share<K>).label;
    return collator.compare(la, lb) || compareCodePoints(la, lb) || a - b;
  });
  const rank = new Int32Array(shares.length);
  order.forEach((i, place) => (rank[i] = place));
  scaling.rank = rank;
  return rank;
}

function allocateNumbers<K>(total: number, shares: readonly Share<K>[], scaling: ScaledWeights, weights: number[]): number[] {
  const negative = total < 0;
  const n = negative ? -total : total;
  const count = weights.length;
  const floors = new Array<number>(count).fill(0);
  if (n === 0) return floors;
  const sum = scaling.numberSum;
  if (sum <= 0) throw new RangeError('allocate: weights sum to zero');
  const remainders = scratchOf(count);
  let given = 0;
  for (let i = 0; i < count; i++) {
    const product = (weights[i] as number) * n;
    // product and floor × sum are exact (total × Σ weights < 2^53).
    const floor = floorDiv(product, sum);
    floors[i] = floor;
    remainders[i] = product - floor * sum;
    given += floor;
  }
  const leftover = n - given;
  if (leftover > 0) giveLeftover(floors, remainders, count, leftover, () => tieRank(shares, scaling));
  if (negative) for (let i = 0; i < count; i++) floors[i] = floors[i] === 0 ? 0 : -(floors[i] as number);
  return floors;
}

function allocateUnits<K>(total: bigint, shares: readonly Share<K>[]): Map<K, bigint> {
  const negative = total < 0n;
  const n = negative ? -total : total;
  const scaling = scaledWeights(shares);
  const { weights, weightSum } = scaling;
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
    const rank = tieRank(shares, scaling);
    const order = shares.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return (rank[a] as number) - (rank[b] as number);
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
