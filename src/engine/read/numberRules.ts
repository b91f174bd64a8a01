import type { Dec } from '../decimal';
import { groupThousands } from '../thousands';

/**
 * The range of an input number (docs/arbetsbok.md, "Ranges of the input numbers"). Every limit
 * is checked on the value as read (a numeric cell at Excel's 15 significant digits).
 */
export interface NumberRules {
  /** Reject values below this (inclusive limit). */
  min?: number;
  /** Reject values above this (inclusive limit). */
  max?: number;
  /** Reject 0 (with min 0: must be > 0). */
  positive?: boolean;
  /** Reject |value| ≥ this (exclusive limit on the size, for negatives too). */
  below?: number;
  /** Reject a value other than 0 whose size is less than this (too close to 0 to be meant). */
  smallest?: number;
}

/** Excel keeps 15 significant digits; a number written as text with more is not one Excel holds. */
export const SIGNIFICANT_DIGITS = 15;

/**
 * True when the cell's number is clearly within the rules, so no decimal comparison is needed
 * (this runs for every cell). Inclusive limits are whole numbers or powers of ten, which the
 * rounding to 15 digits cannot cross; the exclusive `below` is taken with a margin, since a double
 * just under it can round up to it.
 */
export function clearlyInside(n: number, rules: NumberRules): boolean {
  if (rules.min !== undefined && !(n >= rules.min)) return false;
  if (rules.positive && !(n > 0)) return false;
  if (rules.max !== undefined && !(n <= rules.max)) return false;
  const size = Math.abs(n);
  if (rules.below !== undefined && !(size < rules.below * 0.999)) return false;
  if (rules.smallest !== undefined && n !== 0 && !(size >= rules.smallest)) return false;
  return true;
}

/** What is wrong with value under the rules, as the end of a Swedish sentence; null when it is fine. */
export function rangeProblem(value: Dec, rules: NumberRules): string | null {
  if (rules.min !== undefined && value.lt(rules.min)) return `${shown(value)} får inte vara mindre än ${limit(rules.min)}.`;
  if (rules.positive && value.lte(0)) return 'värdet måste vara större än 0.';
  if (rules.max !== undefined && value.gt(rules.max)) return `${shown(value)} får inte vara större än ${limit(rules.max)}.`;
  if (rules.below !== undefined && value.abs().gte(rules.below)) {
    const bound = limit(rules.below);
    return rules.min !== undefined && rules.min >= 0
      ? `${shown(value)} är för stort: talet måste vara mindre än ${bound}.`
      : `${shown(value)} är för stort: talet måste ligga mellan −${bound} och ${bound}.`;
  }
  if (rules.smallest !== undefined && !value.isZero() && value.abs().lt(rules.smallest)) {
    return `${shown(value)} ligger för nära 0: skriv 0 eller ett tal som är minst ${limit(rules.smallest)} till storleken.`;
  }
  if (value.sd() > SIGNIFICANT_DIGITS) return `${shown(value)} har ${value.sd()} värdesiffror, men Excel håller högst ${SIGNIFICANT_DIGITS}. Avrunda talet.`;
  return null;
}

/** A value in a message: Swedish decimal comma, thousands grouped; a very long one cut to 20 digits. */
export function shown(value: Dec): string {
  const v = value.sd() > 20 ? value.toSignificantDigits(20) : value;
  const text = v.toString();
  if (/e/.test(text)) return `${text.replace('.', ',')}${v === value ? '' : ' (avrundat)'}`;
  const [int = '', frac] = text.split('.');
  return `${groupThousands(int, '\u00a0')}${frac ? `,${frac}` : ''}${v === value ? '' : ' (avrundat)'}`;
}

function limit(n: number): string {
  if (Number.isInteger(n)) return groupThousands(String(n), '\u00a0');
  return n.toFixed(Math.max(0, -Math.floor(Math.log10(n)))).replace('.', ',');
}
