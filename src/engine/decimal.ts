import DecimalJs from 'decimal.js';

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
 * A number read from a cell. Excel keeps 15 significant digits, so a stored binary double such
 * as 0.30000000000000004 means 0.3: the value is taken at 15 digits, as Excel shows it.
 */
export function decFromCell(value: number): Dec {
  if (Number.isSafeInteger(value)) return new Dec(value);
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return new Dec(value.toPrecision(15));
}

export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A Decimal as a JS number for output (amounts in kronor, shares as fractions). */
export function toNumber(value: Dec): number {
  return value.toNumber();
}
