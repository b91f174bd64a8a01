import { Dec, toNumber } from '../decimal';
import { AmountStep, safe } from '../money';
import { keepShape } from '../shapes';

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
 *
 * A class, one per service, rather than a closure made per service: V8 keeps a closure's
 * optimized code only while a closure of it lives (shapes.ts).
 */
export class EffectCalculator {
  /** The prices in whole öre when the integer path applies (1 kr step, prices in whole öre), else null. */
  private readonly volumeOre: number | null;
  private readonly lastOre: number;
  private readonly changeOre: number;

  constructor(
    private readonly p0: Dec,
    private readonly p1: Dec | null,
    private readonly money: AmountStep,
  ) {
    const ore0 = wholeOre(p0);
    const ore1 = p1 === null ? null : wholeOre(p1);
    const whole = money.isOne && ore0 !== null && (p1 === null || ore1 !== null);
    this.lastOre = ore0 ?? 0;
    this.volumeOre = whole ? (ore1 ?? ore0) : null;
    this.changeOre = whole && ore1 !== null && ore0 !== null ? ore1 - ore0 : 0;
  }

  /** The row's L, price effect and volume effect for last year's volume v0 and this year's v1. */
  effects(v0: Dec, v1: Dec): Effects {
    const volumePrice = this.volumeOre;
    if (volumePrice === null || !v0.isInteger() || !v1.isInteger()) return this.slow(v0, v1);
    const n0 = toNumber(v0);
    const n1 = toNumber(v1);
    const last = kronor(this.lastOre * n0);
    const priceEffect = kronor(this.changeOre * n0);
    const volumeEffect = kronor(volumePrice * (n1 - n0));
    if (last === null || priceEffect === null || volumeEffect === null) return this.slow(v0, v1);
    return { last, priceEffect, volumeEffect };
  }

  private slow(v0: Dec, v1: Dec): Effects {
    const { p0, p1 } = this;
    return {
      last: this.units(p0.times(v0)),
      priceEffect: p1 === null ? 0 : this.units(p1.minus(p0).times(v0)),
      volumeEffect: this.units((p1 ?? p0).times(v1.minus(v0))),
    };
  }

  /** + 0 turns the −0 of a small negative rounded to zero into 0. */
  private units(v: Dec): number {
    return this.money.units(v) + 0;
  }
}

keepShape(new EffectCalculator(new Dec(1), null, new AmountStep(new Dec(1))));

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
