import { Dec, safeScaled, toNumber } from '../decimal';
import { floorDiv } from '../floorDiv';
import { groupThousands } from '../thousands';

/**
 * Numbers written into Swedish text (invoice lines): a space between thousands and a decimal
 * comma, "1 250,5". A plain space, not the no-break space Intl gives, because the text goes into
 * ERP imports that may not read U+00A0.
 */
export function swedishNumber(value: Dec, maxDecimals: number, minFractionDecimals = 0): string {
  // Whole amounts (most of them) without decimal.js's rounding and string work.
  if (value.isInteger()) {
    const n = toNumber(value);
    if (Number.isSafeInteger(n)) return integerText(n);
  }
  const rounded = value.toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  const decimals = rounded.isInteger() ? 0 : Math.max(minFractionDecimals, rounded.decimalPlaces());
  const [int = '0', frac] = rounded.abs().toFixed(decimals).split('.');
  const digits = grouped(int);
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return frac === undefined ? `${sign}${digits}` : `${sign}${digits},${frac}`;
}

/** A safe integer as swedishNumber writes it ("-1 250"). */
export function integerText(n: number): string {
  return n < 0 ? `-${grouped(String(-n))}` : grouped(String(n));
}

/** A quantity: at most two decimals, none when whole ("1 250", "4 408,33", "12,5"). */
export function quantityText(value: Dec): string {
  return swedishNumber(value, 2);
}

/** A price or an amount in kronor: exact, and two decimals when it has any ("860", "53,50", "0,125"). */
export function kronorText(value: Dec): string {
  return swedishNumber(value, value.decimalPlaces(), 2);
}

/**
 * An amount in kronor for a Kontroller message: whole kronor when it is whole, else rounded to
 * two decimals ("1 006 050", "0,83"); no-break spaces between thousands, as the other messages
 * have, so a number is not split over two lines.
 */
export function moneyText(value: Dec): string {
  return swedishNumber(value, 2, 2).replace(/ /g, '\u00a0');
}

/** A fraction as per cent: two decimals, or two significant digits below 1 % ("3,12 %", "0,047 %"). */
export function percentText(fraction: Dec): string {
  const percent = fraction.times(100);
  if (percent.isZero() || percent.abs().gte(1)) return `${swedishNumber(percent, 2)} %`;
  const decimals = 1 - Math.floor(Math.log10(Math.abs(percent.toNumber())));
  return `${swedishNumber(percent, decimals)} %`;
}

/**
 * a / b as swedishNumber(a / b, maxDecimals) writes it, without decimal.js's division: both are
 * taken as integers over powers of ten and the quotient is rounded half away from zero in
 * BigInt, exactly. For the invoice texts, where every line has a share and a monthly volume.
 */
export function quotientText(a: Dec, b: Dec, maxDecimals: number, shift = 0): string {
  const fast = quotientTextInDoubles(a, b, maxDecimals, shift);
  if (fast !== null) return fast;
  const [na, pa] = scaledInteger(a);
  const [nb, pb] = scaledInteger(b);
  if (nb === 0n) throw new RangeError('quotientText: division by zero');
  // a / b × 10^(shift + maxDecimals) = na · 10^(pb + shift + maxDecimals) / (nb · 10^pa)
  let num = na * 10n ** BigInt(pb + shift + maxDecimals);
  let den = nb * 10n ** BigInt(pa);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const abs = negative ? -num : num;
  let q = abs / den;
  if (2n * (abs - q * den) >= den) q += 1n;
  return scaledText(negative && q !== 0n, q.toString(), maxDecimals);
}

/**
 * quotientText in doubles when the scaled numerator and denominator are safe integers: every
 * product and remainder is then exact, and so is the quotient's floor (floorDiv, as in
 * rounding.ts). Null when they are not.
 */
function quotientTextInDoubles(a: Dec, b: Dec, maxDecimals: number, shift: number): string | null {
  const sa = safeScaled(a);
  const sb = safeScaled(b);
  if (sa === null || sb === null) return null;
  const num = sa[0] * 10 ** (sb[1] + shift + maxDecimals);
  const den = sb[0] * 10 ** sa[1];
  if (den === 0 || !Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return null;
  const negative = num < 0 !== den < 0 && num !== 0;
  const n = Math.abs(num);
  const d = Math.abs(den);
  let q = floorDiv(n, d);
  if (2 * (n - q * d) >= d) q += 1;
  return scaledText(negative && q !== 0, String(q), maxDecimals);
}

/** q × 10^-decimals as Swedish text, trailing zeros of the decimals dropped. */
function scaledText(negative: boolean, q: string, decimals: number): string {
  const digits = q.length > decimals ? q : q.padStart(decimals + 1, '0');
  const int = grouped(digits.slice(0, digits.length - decimals));
  let end = digits.length;
  while (end > digits.length - decimals && digits.charCodeAt(end - 1) === 48) end -= 1;
  const frac = digits.slice(digits.length - decimals, end);
  const sign = negative ? '-' : '';
  return frac === '' ? `${sign}${int}` : `${sign}${int},${frac}`;
}

/** part / whole as per cent, as percentText(part / whole) writes it. */
export function percentOfText(part: Dec, whole: Dec): string {
  return `${quotientText(part, whole, percentDecimals(part, whole), 2)} %`;
}

/** Two decimals at or above 1 %, else as many as give two significant digits. */
function percentDecimals(part: Dec, whole: Dec): number {
  if (atLeastOnePercent(part, whole)) return 2;
  return 1 - Math.floor(Math.log10(Math.abs((toNumber(part) / toNumber(whole)) * 100)));
}

/**
 * part = 0 or |part / whole| ≥ 1 %, exactly: |np| · 10^pw · 100 ≥ |nw| · 10^pp with part =
 * np / 10^pp and whole = nw / 10^pw; in doubles while both sides are safe integers, else BigInt.
 */
function atLeastOnePercent(part: Dec, whole: Dec): boolean {
  const sp = safeScaled(part);
  const sw = safeScaled(whole);
  if (sp !== null && sw !== null) {
    const left = Math.abs(sp[0]) * 10 ** (sw[1] + 2);
    const right = Math.abs(sw[0]) * 10 ** sp[1];
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return sp[0] === 0 || left >= right;
  }
  const [np, pp] = scaledInteger(part);
  const [nw, pw] = scaledInteger(whole);
  const absP = np < 0n ? -np : np;
  const absW = nw < 0n ? -nw : nw;
  return np === 0n || absP * 10n ** BigInt(pw + 2) >= absW * 10n ** BigInt(pp);
}

/** value = n / 10^places with n whole. */
function scaledInteger(value: Dec): [bigint, number] {
  if (value.isInteger()) {
    const n = toNumber(value);
    if (Number.isSafeInteger(n)) return [BigInt(n), 0];
    return [BigInt(value.toFixed(0)), 0];
  }
  const places = value.decimalPlaces();
  return [BigInt(value.toFixed(places).replace('.', '')), places];
}

/** Whole digits with a plain space between thousands: "1234567" -> "1 234 567". */
function grouped(digits: string): string {
  return groupThousands(digits, ' ');
}
