import type { Place } from '../problems';
import { LISTED_NAMES, LISTED_NAME_CHARS } from '../nameList';
import { shortenText } from '../textLimits';

/** The languages the engine's messages are written in: Swedish first, English second. */
export type Language = 'sv' | 'en';

/**
 * The words a message is built of that depend on the language: where a cell is, how a list
 * ends, a month's name. Numbers keep the Swedish format in both languages (the pane's too).
 */
export interface Wording {
  readonly lang: Language;
  /** "Volymer rad 3, kolumn Volym (Volymer!C5)" / "Volymer row 3, column Volym (Volymer!C5)". */
  where(at: Place): string;
  /** "A, B, C … och 4 till"; with `and`, "A, B och C" (names made by `names()`). */
  list(names: Names, and?: boolean): string;
  /** "A, B eller C". */
  orList(names: Names): string;
  /** A month by its index 0–11: "mars" / "March". */
  month(index: number): string;
  /** A message inside a message, in the same language. */
  text(message: NestedMessage): string;
}

/**
 * A message inside another's arguments (a hint, a range problem). Typed loosely: a Message's
 * type is made from the phrases, so a phrase's arguments cannot name it without a circle; any
 * Message made by msg() fits.
 */
export interface NestedMessage {
  readonly id: string;
  readonly args: unknown;
}

/**
 * Names (or row numbers) for a message, cut when the message is made so that no message grows
 * with the workbook: at most `max` names (LISTED_NAMES), each at most LISTED_NAME_CHARS
 * characters, and how many more there were.
 */
export interface Names {
  readonly names: readonly (string | number)[];
  readonly more: number;
}

export function names(list: readonly (string | number)[], max = LISTED_NAMES): Names {
  const shown = list.slice(0, Math.max(1, max)).map((n) => (typeof n === 'number' ? n : shortenText(n, LISTED_NAME_CHARS)));
  return { names: shown, more: list.length - shown.length };
}

/** A message's text in both languages, from the same arguments. */
export interface Phrase<A> {
  readonly sv: (args: A, w: Wording) => string;
  readonly en: (args: A, w: Wording) => string;
}

/** Declares a phrase; the English text gets the arguments' type from the Swedish one. */
export function phrase<A>(sv: (args: A, w: Wording) => string, en: NoInfer<(args: A, w: Wording) => string>): Phrase<A> {
  return { sv, en };
}
