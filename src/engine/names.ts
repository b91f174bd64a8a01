/**
 * How names are compared and shown. A name typed in Excel, pasted from a web page or exported
 * by another system can carry characters that do not show: a no-break space, a tab, a line
 * break, a zero-width space, or "ö" written as "o" + a combining diaeresis (Unicode NFD, as
 * macOS writes file names). Two names that look the same are the same name.
 */

/** Zero-width characters: zero-width space, non-joiner, joiner, word joiner, byte order mark. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Every Unicode space and line break (JavaScript's \s, plus NEL, which \s leaves out). */
const SPACES = /[\s\u0085]+/g;
/** Line breaks, which Excel does not allow in a table column name. */
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;

const cleaned = new Map<string, string>();

/**
 * The name as it is shown: Unicode NFC, zero-width characters removed, every run of spaces,
 * tabs and line breaks one plain space, trimmed. Each distinct text is worked out once (names
 * repeat on every row of a table); the memo is bounded for long sessions.
 */
export function cleanName(text: string): string {
  let n = cleaned.get(text);
  if (n === undefined) {
    n = text.replace(INVISIBLE, '').normalize('NFC').replace(SPACES, ' ').trim();
    if (cleaned.size > 100_000) cleaned.clear();
    cleaned.set(text, n);
  }
  return n;
}

/** What cleanName can remove or change in a name, named for a message (messages/read.ts). */
export type CleanedPart = 'zeroWidth' | 'specialSpaces' | 'tabs' | 'lineBreaks' | 'repeatedSpaces' | 'nfd' | 'invisible';

/**
 * What cleanName removes or changes in a text: zero-width characters, a no-break space … Empty
 * when the text is shown as written.
 */
export function cleanedParts(text: string): CleanedPart[] {
  const t = text.trim();
  if (cleanName(t) === t) return [];
  const parts: CleanedPart[] = [];
  if (/[\u200B-\u200D\u2060\uFEFF]/.test(t)) parts.push('zeroWidth');
  if (/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/.test(t)) parts.push('specialSpaces');
  if (/\t/.test(t)) parts.push('tabs');
  if (hasLineBreak(t)) parts.push('lineBreaks');
  if (/ {2}/.test(t)) parts.push('repeatedSpaces');
  if (t.normalize('NFC') !== t) parts.push('nfd');
  return parts.length > 0 ? parts : ['invisible'];
}

/** True when the text holds a line break (which cleanName turns into a space). */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/**
 * Letters of other alphabets that look like Latin letters in the fonts Excel uses: Cyrillic and
 * Greek capitals and the Cyrillic small letters drawn like Latin ones (Unicode's confusables
 * list, the letters used in Swedish names). Only same-looking letters: Cyrillic "в" and Greek
 * "ν" are left out, as lower case they look different from "b" and "v".
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S',
  // Cyrillic small letters
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd',
  // Greek capitals and omicron
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o',
};
const CONFUSABLE_LETTER = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu');

/** The letters of `name` that are confusable with Latin ones, as written ("а", "О"). */
export function confusableLetters(name: string): string[] {
  return [...new Set(name.match(CONFUSABLE_LETTER) ?? [])];
}

/** The name without diacritics (NFKD, combining marks removed, so also full-width and ligature forms), lower case. */
export function withoutMarks(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv-SE');
}

/**
 * What a name looks like: without diacritics and with lookalike letters as the Latin ones. Two
 * names with the same look but different normalizeName keys are a lookalike pair.
 */
export function lookOf(name: string): string {
  return withoutMarks(cleanName(name).replace(CONFUSABLE_LETTER, (c) => CONFUSABLE[c] as string));
}
