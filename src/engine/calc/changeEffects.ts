import { Dec, toNumber } from '../decimal';
import { safe, type AmountStep } from '../money';

/** Last year's charge and the price and volume effects of one row, in units of the amount step. */
export interface Effects {
  last: number;
  priceEffect: number;
  volumeEffect: number;
}

const CENTS = new Dec(100);

/**
 * The rounded figures of Förändringsanalys for one service, given last year's price P0 and this
 * year's unit price P1 (null for a keyed, direct or package service):
 *   L = ROUND(P0 × V0), price effect = ROUND((P1 − P0) × V0), volume effect = ROUND(P1 × (V1 − V0)),
 * or without P1 price effect 0 and volume effect ROUND(P0 × (V1 − V0)); ROUND is half away from
 * zero to the amount step. Runs for every row, so with the usual 1 kr step, prices in whole öre
 * and whole-number volumes it is done exactly in integers (öre × volume, then half-up division
 * by 100, all below 2^53); anything else goes through decimal.js. Both give the same result.
 */
export function effectCalculator(p0: Dec, p1: Dec | null, money: AmountStep): (v0: Dec, v1: Dec) => Effects {
  // + 0 turns the −0 of a small negative rounded to zero into 0.
  const units = (v: Dec): number => money.units(v) + 0;
  const slow = (v0: Dec, v1: Dec): Effects => ({
    last: units(p0.times(v0)),
    priceEffect: p1 === null ? 0 : units(p1.minus(p0).times(v0)),
    volumeEffect: units((p1 ?? p0).times(v1.minus(v0))),
  });
  const ore0 = wholeOre(p0);
  const ore1 = p1 === null ? null : wholeOre(p1);
  if (!money.isOne || ore0 === null || (p1 !== null && ore1 === null)) return slow;
  const volumePrice = ore1 ?? ore0;
  const priceChange = ore1 === null ? 0 : ore1 - ore0;
  return (v0: Dec, v1: Dec): Effects => {
    if (!v0.isInteger() || !v1.isInteger()) return slow(v0, v1);
    const n0 = toNumber(v0);
    const n1 = toNumber(v1);
    const last = kronor(ore0 * n0);
    const priceEffect = kronor(priceChange * n0);
    const volumeEffect = kronor(volumePrice * (n1 - n0));
    if (last === null || priceEffect === null || volumeEffect === null) return slow(v0, v1);
    return { last, priceEffect, volumeEffect };
  };
}

/** A price in whole öre as a safe integer, else null. */
function wholeOre(price: Dec): number | null {
  const cents = price.times(CENTS);
  if (!cents.isInteger()) return null;
  const n = toNumber(cents);
  return Number.isSafeInteger(n) ? n : null;
}

/** Öre to whole kronor, half away from zero (Excel's ROUND); null beyond exact integers. */
function kronor(ore: number): number | null {
  const magnitude = Math.abs(ore) + 50;
  if (!Number.isSafeInteger(magnitude)) return null;
  const whole = (magnitude - (magnitude % 100)) / 100;
  return safe(ore < 0 && whole !== 0 ? -whole : whole);
}
