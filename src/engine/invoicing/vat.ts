import { Dec, ZERO } from '../decimal';

/** The Swedish VAT rates (mervärdesskattelagen): the standard 25 %, the reduced 12 % and 6 %, and 0 % for an exempt service. */
export const VAT_RATES: readonly Dec[] = [new Dec('0.25'), new Dec('0.12'), new Dec('0.06'), ZERO];

/** Momssats when Tjänster leaves it blank: the standard rate, which an internal service sold to a company usually bears. */
export const DEFAULT_VAT_RATE = VAT_RATES[0] as Dec;

/** Each rate of VAT_RATES in whole per cent (25, 12, 6, 0), by instance. */
export const VAT_PERCENT: ReadonlyMap<Dec, number> = new Map(VAT_RATES.map((r) => [r, r.times(100).toNumber()]));

/**
 * The VAT of one invoice line: net × rate rounded to whole öre, half away from zero (Excel's
 * ROUND; a credit's VAT is the debit's with the sign turned). Rounded per line, so an invoice's
 * VAT is the sum of its lines' and its total the sum of its lines' gross amounts, exactly.
 * 12 345,67 kr at 25 % is 3 086,4175, so 3 086,42 kr.
 */
export function lineVat(net: Dec, rate: Dec): Dec {
  if (rate.isZero() || net.isZero()) return ZERO;
  return net.times(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** The instance of VAT_RATES equal to rate (so VAT_PERCENT finds it); undefined for any other rate. */
export function swedishVatRate(rate: Dec): Dec | undefined {
  return VAT_RATES.find((r) => r.eq(rate));
}
