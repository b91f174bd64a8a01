import { Dec, toNumber } from './decimal';
import { keepShape } from './shapes';

/**
 * Rounded amounts are held as whole numbers of the amount step (Beloppsavrundning, 1 kr by
 * default): "units", like dinero.js's integer minor units. Everything before the named rounding
 * points is decimal.js; after them, amounts are safe integers, so adding a million of them is
 * exact and cheap. Every conversion checks that the result stays a safe integer.
 */
export class AmountStep {
  readonly isOne: boolean;
  /** The step as a JS number when it is a whole number (1, 10, 1 000 kr); null otherwise. */
  private readonly wholeStep: number | null;

  constructor(readonly step: Dec) {
    this.isOne = step.eq(1);
    this.wholeStep = step.isInteger() && step.lte(Number.MAX_SAFE_INTEGER) ? step.toNumber() : null;
  }

  /** Rounds a decimal amount to the step, half away from zero (Excel's ROUND), in units. */
  units(value: Dec): number {
    const scaled = this.isOne ? value : value.div(this.step);
    return safe(toNumber(scaled.toDecimalPlaces(0, Dec.ROUND_HALF_UP)));
  }

  /** The amount in units when it is an exact multiple of the step, else null. */
  exactUnits(value: Dec): number | null {
    const scaled = this.isOne ? value : value.div(this.step);
    return scaled.isInteger() ? safe(toNumber(scaled)) : null;
  }

  /** Units back to an exact decimal amount in kronor. */
  toDec(units: number): Dec {
    return this.isOne ? new Dec(units) : new Dec(units).times(this.step);
  }

  /** Units in whole kronor when the step is whole (and the kronor a safe integer), else null. */
  wholeKronor(units: number): number | null {
    if (this.wholeStep === null) return null;
    const kronor = units * this.wholeStep;
    return Number.isSafeInteger(kronor) ? kronor : null;
  }

  /** Units as an output number in kronor (exact whenever the step is whole). */
  toNumber(units: number): number {
    if (this.wholeStep !== null) return units * this.wholeStep;
    return toNumber(this.toDec(units));
  }
}

/** Guards the integer arithmetic on units: beyond 2^53 − 1 a double would round silently. */
export function safe(n: number): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of the exact integer range: ${n}`);
  return n;
}

/** Sums units, checking the total stays exact. */
export function sumUnits(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return safe(total);
}

keepShape(new AmountStep(new Dec(1)));
