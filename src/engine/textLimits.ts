/**
 * Excel's limits on text, and cutting text without breaking a character. Excel counts UTF-16
 * code units (JavaScript's `length`): a cell holds at most 32 767, a sheet name 31, a table
 * column name 255. A cut never falls inside a user-perceived character: not between the two
 * halves of a surrogate pair (an emoji), not between a letter and its combining mark, not
 * inside a ZWJ sequence or a flag (Intl.Segmenter's grapheme clusters).
 */

/** The most characters (UTF-16 code units) an Excel cell holds. */
export const CELL_TEXT_MAX = 32767;

/** The most characters of an Excel table's column name. */
export const COLUMN_NAME_MAX = 255;

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** The longest start of text, in whole graphemes, of at most `max` code units. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Segmenting is slow (~20 µs a grapheme in Node 20), so only a window before the cut is
  // segmented, from a sure boundary: between two ASCII characters other than CR LF.
  let from = Math.max(0, max - 64);
  while (from > 0 && !(text.charCodeAt(from - 1) < 0x80 && text.charCodeAt(from) < 0x80 && text.charCodeAt(from - 1) !== 0x0d)) from--;
  let end = from;
  // Grapheme clusters are short; what lies past the cut by more than a few dozen units cannot matter.
  for (const { index, segment } of graphemes.segment(text.slice(from, max + 64))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  return text.slice(0, end);
}

/** text cut to `max` code units with "…" at the end when it was longer. */
export function shortenText(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max - 1).trimEnd()}…`;
}

/** A cell text within Excel's limit: a longer one is cut and says so, rather than Excel cutting it silently. */
export function fitCellText(text: string): string {
  const note = ' … (förkortad: Excel rymmer högst 32 767 tecken i en cell)';
  return text.length <= CELL_TEXT_MAX ? text : `${cutText(text, CELL_TEXT_MAX - note.length).trimEnd()}${note}`;
}
