import { Dec } from './decimal';

/**
 * The one point where exact fractions become decimals: each value is written as a whole number
 * of units of 10^-digits, and the units are handed out by the largest-remainder method so they
 * sum exactly to a given whole (the same rule as rounding.ts, at a far finer step). A value that
 * is already a whole number of units keeps it exactly.
 *
 * `values` must sum to within one unit of `total` (their exact sum floored or ceiled, or exact);
 * then every value moves by less than one unit. Ties go to the earlier value, so callers list
 * values in a deterministic order (services by name, for instance).
 */
/** A fraction n/d with d > 0, not necessarily in lowest terms. */
export interface Quotient {
  n: bigint;
  d: bigint;
}

export function toUnits(values: readonly Quotient[], total: bigint, digits: number): bigint[] {
  const scale = 10n ** BigInt(digits);
  const floors: bigint[] = [];
  const remainders: { index: number; r: bigint; d: bigint }[] = [];
  let left = total;
  values.forEach((v, index) => {
    const scaled = v.n * scale;
    let f = scaled / v.d;
    if (scaled < 0n && f * v.d !== scaled) f -= 1n;
    floors.push(f);
    left -= f;
    const r = scaled - f * v.d;
    if (r !== 0n) remainders.push({ index, r, d: v.d });
  });
  if (left < 0n || left > BigInt(remainders.length)) {
    throw new RangeError(`toUnits: the values do not sum to within one unit of ${total} (off by ${left})`);
  }
  if (left === 0n) return floors;
  remainders.sort((a, b) => {
    const x = b.r * a.d - a.r * b.d;
    return x < 0n ? -1 : x > 0n ? 1 : a.index - b.index;
  });
  for (let i = 0; i < Number(left); i++) {
    const at = (remainders[i] as { index: number }).index;
    floors[at] = (floors[at] as bigint) + 1n;
  }
  return floors;
}

/** A whole number of units of 10^-digits as a Decimal, exactly (built from its digits). */
export function unitsToDec(units: bigint, digits: number): Dec {
  if (units === 0n) return new Dec(0);
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return new Dec(`${negative ? '-' : ''}${whole}${fraction}`);
}

/** A Decimal's exact value in units of 10^-digits; it must have at most `digits` decimals. */
export function decToUnits(value: Dec, digits: number): bigint {
  const scaled = value.times(`1e${digits}`);
  if (!scaled.isInteger()) throw new RangeError(`decToUnits: ${value} has more than ${digits} decimals`);
  return BigInt(scaled.toFixed(0));
}
