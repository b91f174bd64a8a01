/**
 * Whether an Excel number format shows a date or a time: the test both hosts use to tell the
 * engine that a number cell is a date (issue 12: a date in a number column must not be read as
 * its serial number, 44317). A format is a date when, outside quoted text, escaped characters,
 * `[...]` parts (colours, locales, conditions) and the word General, it has a date or time
 * letter: y, m, d, h or s, in either case (LibreOffice writes `YYYY-MM-DD`, Excel `yyyy-mm-dd`).
 * `0.00E+00` (scientific) and `#,##0\ "kr"` are not dates.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  // Asked for every number cell of a table, of a handful of formats: each is worked out once.
  let known = seen.get(format);
  if (known === undefined) {
    known = showsDate(format);
    if (seen.size < 10_000) seen.set(format, known);
  }
  return known;
}

const seen = new Map<string, boolean>();

function showsDate(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '');
  return /[ymdhs]/i.test(bare);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial number as ISO 8601: `YYYY-MM-DD`, with `THH:MM:SS` when it has a time; null
 * outside Excel's dates (below 0 or after 9999-12-31). Serials 1–60 (January and February
 * 1900, before Excel's invented 29 February) come out one day late: they name no plausible date
 * in this model anyway.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  const ms = Math.round(serial * DAY_MS / 1000) * 1000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
