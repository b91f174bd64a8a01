import { shortenText } from './textLimits';

/** Names shown in a message before the rest are counted: "A, B, C … och 37 till". */
export const LISTED_NAMES = 10;
/** A name longer than this is shortened in a list (with "…"): a list names, it does not quote. */
export const LISTED_NAME_CHARS = 100;

/**
 * Names (or row numbers) for a message, so that no message grows with the workbook: at most
 * `max` of them, each at most LISTED_NAME_CHARS characters, then "… och N till".
 * `and` joins the last two with " och " when every name is shown ("A, B och C").
 */
export function nameList(names: readonly (string | number)[], options: { max?: number; and?: boolean } = {}): string {
  const max = Math.max(1, options.max ?? LISTED_NAMES);
  const shown = names.slice(0, max).map((n) => shortenText(String(n), LISTED_NAME_CHARS));
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} … och ${rest} till`;
  if (options.and && shown.length > 1) return `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}`;
  return shown.join(', ');
}
