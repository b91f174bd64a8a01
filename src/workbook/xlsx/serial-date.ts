const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The Excel serial number of an ISO 8601 date or date-time, or null when it is not one. */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]00:?00)?)?$/.exec(iso.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) +
    (fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0);
  if (Number.isNaN(ms)) return null;
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

/** A date as the contract passes it on: ISO `YYYY-MM-DD`, with the time only when there is one. */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
