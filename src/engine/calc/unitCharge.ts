import { Dec, toNumber } from '../decimal';
import { AmountStep, safe } from '../money';
import { keepShape } from '../shapes';

const CENTS = new Dec(100);

/**
 * ROUND(price × volume) to the amount step, in units: the one calculation that runs for every
 * volume row. With the usual 1 kr step, a price in whole öre and a whole-number volume, it is
 * done exactly in integers (öre × volume, then half-up division by 100, all below 2^53);
 * anything else goes through decimal.js. Both give the same result.
 *
 * A class, one per price, rather than a closure made per price: V8 keeps a closure's optimized
 * code only while a closure of it lives (shapes.ts).
 */
export class UnitCharger {
  /** The price in whole öre when the integer path applies, else null. */
  private readonly ore: number | null;

  constructor(
    private readonly price: Dec,
    private readonly money: AmountStep,
  ) {
    const cents = price.times(CENTS);
    const ore = money.isOne && cents.isInteger() && !cents.isNegative() ? toNumber(cents) : null;
    this.ore = ore !== null && Number.isSafeInteger(ore) ? ore : null;
  }

  /** The charge for volume, in units of the amount step. */
  units(volume: Dec): number {
    const ore = this.ore;
    if (ore === null || !volume.isInteger() || volume.isNegative()) return this.slow(volume);
    const v = toNumber(volume);
    const product = ore * v + 50;
    if (!Number.isSafeInteger(product) || !Number.isSafeInteger(v)) return this.slow(volume);
    return safe((product - (product % 100)) / 100);
  }

  private slow(volume: Dec): number {
    return this.money.units(this.price.times(volume));
  }
}

keepShape(new UnitCharger(new Dec(1), new AmountStep(new Dec(1))));
