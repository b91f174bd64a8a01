import { Dec } from '../decimal';
import { groupThousands } from '../thousands';

/**
 * Numbers in the statement's Swedish sentences: a space between thousands and a decimal comma.
 * The no-break space keeps "1 250 000 kr" on one line when a sentence wraps.
 */
export function swedish(value: number | Dec, decimals = 0): string {
  const rounded = (typeof value === 'number' ? new Dec(value) : value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [int = '0', frac] = rounded.abs().toFixed(decimals).split('.');
  const grouped = groupThousands(int, '\u00a0');
  const sign = rounded.isNegative() && !rounded.isZero() ? '−' : '';
  return `${sign}${grouped}${frac === undefined ? '' : `,${frac}`}`;
}

/** Kronor, whole: "1 250 000 kr". */
export function kr(value: number): string {
  return `${swedish(value)}\u00a0kr`;
}

/** A change with its sign: "+12 300 kr", "−4 000 kr". */
export function signedKr(value: number): string {
  return `${value > 0 ? '+' : ''}${kr(value)}`;
}

/** A fraction as per cent with one decimal and its sign: "+3,2 %". */
export function signedPercent(fraction: number): string {
  return `${fraction > 0 ? '+' : ''}${swedish(new Dec(fraction).times(100), 1)}\u00a0%`;
}

/** A quantity or price with at most maxDecimals decimals and no trailing zeros: "1 250", "12,5". */
export function quantityText(value: number | Dec, maxDecimals = 2): string {
  const d = (typeof value === 'number' ? new Dec(value) : value).toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  return swedish(d, d.decimalPlaces());
}
