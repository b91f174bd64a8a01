import { Dec, toNumber } from '../decimal';
import { safe, type AmountStep } from '../money';

const CENTS = new Dec(100);

/**
 * ROUND(price × volume) to the amount step, in units: the one calculation that runs for every
 * volume row. With the usual 1 kr step, a price in whole öre and a whole-number volume, it is
 * done exactly in integers (öre × volume, then half-up division by 100, all below 2^53);
 * anything else goes through decimal.js. Both give the same result.
 */
export function unitCharger(price: Dec, money: AmountStep): (volume: Dec) => number {
  const slow = (volume: Dec): number => money.units(price.times(volume));
  const cents = price.times(CENTS);
  if (!money.isOne || !cents.isInteger() || cents.isNegative()) return slow;
  const ore = toNumber(cents);
  if (!Number.isSafeInteger(ore)) return slow;
  return (volume: Dec): number => {
    if (!volume.isInteger() || volume.isNegative()) return slow(volume);
    const v = toNumber(volume);
    const product = ore * v + 50;
    if (!Number.isSafeInteger(product) || !Number.isSafeInteger(v)) return slow(volume);
    return safe((product - (product % 100)) / 100);
  };
}
