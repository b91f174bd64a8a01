import { Dec } from '../decimal';

/**
 * Numbers written into Swedish text (invoice lines): a space between thousands and a decimal
 * comma, "1 250,5". A plain space, not the no-break space Intl gives, because the text goes into
 * ERP imports that may not read U+00A0.
 */
export function swedishNumber(value: Dec, maxDecimals: number, minFractionDecimals = 0): string {
  const rounded = value.toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  const decimals = rounded.isInteger() ? 0 : Math.max(minFractionDecimals, rounded.decimalPlaces());
  const [int = '0', frac] = rounded.abs().toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped},${frac}`;
}

/** A quantity: at most two decimals, none when whole ("1 250", "4 408,33", "12,5"). */
export function quantityText(value: Dec): string {
  return swedishNumber(value, 2);
}

/** A price or an amount in kronor: exact, and two decimals when it has any ("860", "53,50", "0,125"). */
export function kronorText(value: Dec): string {
  return swedishNumber(value, value.decimalPlaces(), 2);
}

/** A fraction as per cent: two decimals, or two significant digits below 1 % ("3,12 %", "0,047 %"). */
export function percentText(fraction: Dec): string {
  const percent = fraction.times(100);
  if (percent.isZero() || percent.abs().gte(1)) return `${swedishNumber(percent, 2)} %`;
  const decimals = 1 - Math.floor(Math.log10(Math.abs(percent.toNumber())));
  return `${swedishNumber(percent, decimals)} %`;
}
