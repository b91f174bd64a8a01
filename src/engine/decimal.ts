import DecimalJs from 'decimal.js';
import { keepShape } from './shapes';

/**
 * The engine's one Decimal constructor. Private to the engine (a clone, never Decimal.set), so
 * nothing else can change its precision or rounding. 40 significant digits keep every sum and
 * share exact for amounts far beyond a country's budget; ROUND_HALF_UP is Excel's ROUND.
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = DecimalJs;

/**
 * For ratios that are only shown (a customer's share, a price per key unit, a change in %):
 * outputs carry them as doubles (17 significant digits), so 20 digits suffice and divide faster.
 * Never used for an amount that is allocated or summed.
 */
export const Ratio = DecimalJs.clone({ precision: 20, rounding: DecimalJs.ROUND_HALF_UP });

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/**
 * value > 0, without the Decimal that `value.gt(0)` makes of its argument on every call (a
 * country's workbook compares a few million keys and volumes with 0).
 */
export function isPositive(value: Dec): boolean {
  return value.s > 0 && !value.isZero();
}

/**
 * Small whole numbers (counts, volumes, years) repeat across a workbook's rows; Decimals are
 * immutable, so one instance per value serves them all and a million rows hold a few thousand.
 */
const SMALL = 100_000;
// Filled up front so the array stays in V8's fast elements (filling it out of order would turn a
// growing holey array into a dictionary): 800 kB for the life of the engine.
const smallWholes: (Dec | undefined)[] = new Array<Dec | undefined>(SMALL).fill(undefined);

function wholeNumber(n: number): Dec {
  if (n < 0 || n >= SMALL) return new Dec(n);
  let d = smallWholes[n];
  if (d === undefined) smallWholes[n] = d = new Dec(n);
  return d;
}

const HALF_SAFE = 2 ** 52;

/**
 * a + b, exactly; two whole numbers (counts summed over repeated rows) without decimal.js, as
 * the shared instance of a small result.
 */
export function plus(a: Dec, b: Dec): Dec {
  if (a.isInteger() && b.isInteger()) {
    // Both below 2^52 in size: each is exact as a double and so is their sum.
    const x = toNumber(a);
    const y = toNumber(b);
    if (Math.abs(x) < HALF_SAFE && Math.abs(y) < HALF_SAFE) return wholeNumber(x + y);
  }
  return a.plus(b);
}

/**
 * A number read from a cell. Excel keeps 15 significant digits, so a stored binary double such
 * as 0.30000000000000004 means 0.3: the value is taken at 15 digits, as Excel shows it.
 */
export function decFromCell(value: number): Dec {
  if (Number.isSafeInteger(value)) return wholeNumber(value);
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return new Dec(value.toPrecision(15));
}

/**
 * Σ values, exactly. Whole numbers (volumes, counts, key values are usually whole) are added as
 * JS integers while the running total stays below 2^53, where double addition is exact; the
 * rest goes through decimal.js.
 */
export function sum(values: Iterable<Dec>): Dec {
  let whole = 0;
  let rest: Dec | null = null;
  for (const v of values) {
    if (v.isInteger()) {
      const n = toNumber(v);
      if (Number.isSafeInteger(n) && Number.isSafeInteger(whole + n)) {
        whole += n;
        continue;
      }
    }
    rest = rest === null ? v : rest.plus(v);
  }
  return rest === null ? wholeNumber(whole) : whole === 0 ? rest : rest.plus(whole);
}

const LIMB = 1e7;
/** 10^0 … 10^22: every one an exact double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A Decimal as the nearest JS number, as Decimal#toNumber gives, but without going through a
 * string when the value is small enough to be built exactly from the digits. decimal.js
 * documents its instances' properties: d (base 1e7 digit limbs), e (base 10 exponent), s (sign).
 * When the digits form an integer D < 2^53 and the value is D · 10^k with |k| ≤ 22, D and 10^|k|
 * are exact doubles, so D · 10^k or D / 10^−k is the correctly rounded result.
 */
export function toNumber(value: Dec): number {
  const digits = value.d;
  if (!digits) return value.toNumber();
  const length = digits.length;
  if (length > 3) return value.toNumber();
  const first = digits[0] as number;
  let integer = first;
  if (length > 1) integer = integer * LIMB + (digits[1] as number);
  if (length > 2) integer = integer * LIMB + (digits[2] as number);
  if (integer > Number.MAX_SAFE_INTEGER) return value.toNumber();
  const leading = first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  const shift = value.e - (leading + 7 * (length - 1) - 1);
  if (shift > 22 || shift < -22) return value.toNumber();
  const magnitude = shift >= 0 ? integer * (POWERS_OF_TEN[shift] as number) : integer / (POWERS_OF_TEN[-shift] as number);
  if (shift >= 0 && magnitude > Number.MAX_SAFE_INTEGER) return value.toNumber();
  return value.s < 0 ? -magnitude : magnitude;
}

/**
 * value as n / 10^places with n a safe integer and places ≥ 0 as small as it can be (the
 * decimal places of value), read from the digit limbs like toNumber; null when n is not safe.
 */
export function safeScaled(value: Dec): [n: number, places: number] | null {
  const digits = value.d;
  if (!digits) return null;
  const length = digits.length;
  if (length > 3) return null;
  const first = digits[0] as number;
  // The digits as one integer of width digits, the last limb's trailing zeros left out.
  let integer = 0;
  let width = 0;
  for (let i = 0; i < length; i++) {
    let limb = digits[i] as number;
    let w = i > 0 ? 7 : first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
    if (i === length - 1) {
      while (limb !== 0 && limb % 10 === 0) {
        limb /= 10;
        w -= 1;
      }
    }
    integer = integer * (POWERS_OF_TEN[w] as number) + limb;
    width += w;
  }
  if (integer > Number.MAX_SAFE_INTEGER) return null;
  // value = integer × 10^(e − width + 1); with shift < 0 the integer ends in a nonzero digit.
  const shift = value.e - width + 1;
  if (shift >= 0) {
    if (shift > 22) return null;
    const n = integer * (POWERS_OF_TEN[shift] as number);
    if (!Number.isSafeInteger(n)) return null;
    return [value.s < 0 ? -n : n, 0];
  }
  return [value.s < 0 ? -integer : integer, -shift];
}

keepShape(new Ratio(1));
