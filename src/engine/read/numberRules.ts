import type { Dec } from '../decimal';
import { groupThousands } from '../thousands';
import { msg, type Message } from '../messages/catalog';

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

/** What is wrong with value under the rules, as a message that ends a sentence (outOfRange); null when it is fine. */
export function rangeProblem(value: Dec, rules: NumberRules): Message | null {
  if (rules.min !== undefined && value.lt(rules.min)) return msg('belowMin', { ...shownParts(value), limit: limit(rules.min) });
  if (rules.positive && value.lte(0)) return msg('notPositive', {});
  if (rules.max !== undefined && value.gt(rules.max)) return msg('aboveMax', { ...shownParts(value), limit: limit(rules.max) });
  if (rules.below !== undefined && value.abs().gte(rules.below)) {
    return msg('tooLarge', { ...shownParts(value), limit: limit(rules.below), signed: !(rules.min !== undefined && rules.min >= 0) });
  }
  if (rules.smallest !== undefined && !value.isZero() && value.abs().lt(rules.smallest)) {
    return msg('nearZero', { ...shownParts(value), limit: limit(rules.smallest) });
  }
  if (value.sd() > SIGNIFICANT_DIGITS) return msg('tooManyDigits', { ...shownParts(value), digits: value.sd(), max: SIGNIFICANT_DIGITS });
  return null;
}

/** A value in a message: Swedish decimal comma, thousands grouped; a very long one cut to 20 digits (then "(avrundat)"). */
export function shown(value: Dec): string {
  const s = shownParts(value);
  return `${s.value}${s.rounded ? ' (avrundat)' : ''}`;
}

/** shown() as a message's arguments: the digits, and whether they were cut (said in the reader's language). */
export function shownParts(value: Dec): { value: string; rounded: boolean } {
  const v = value.sd() > 20 ? value.toSignificantDigits(20) : value;
  const text = v.toString();
  const rounded = v !== value;
  if (/e/.test(text)) return { value: text.replace('.', ','), rounded };
  const [int = '', frac] = text.split('.');
  return { value: `${groupThousands(int, '\u00a0')}${frac ? `,${frac}` : ''}`, rounded };
}

function limit(n: number): string {
  if (Number.isInteger(n)) return groupThousands(String(n), '\u00a0');
  return n.toFixed(Math.max(0, -Math.floor(Math.log10(n)))).replace('.', ',');
}
