import { Dec, toNumber } from '../decimal';

/**
 * Numbers written into Swedish text (invoice lines): a space between thousands and a decimal
 * comma, "1 250,5". A plain space, not the no-break space Intl gives, because the text goes into
 * ERP imports that may not read U+00A0.
 */
export function swedishNumber(value: Dec, maxDecimals: number, minFractionDecimals = 0): string {
  // Whole amounts (most of them) without decimal.js's rounding and string work.
  if (value.isInteger()) {
    const n = toNumber(value);
    if (Number.isSafeInteger(n)) {
      const digits = grouped(String(Math.abs(n)));
      return n < 0 ? `-${digits}` : digits;
    }
  }
  const rounded = value.toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  const decimals = rounded.isInteger() ? 0 : Math.max(minFractionDecimals, rounded.decimalPlaces());
  const [int = '0', frac] = rounded.abs().toFixed(decimals).split('.');
  const digits = grouped(int);
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return frac === undefined ? `${sign}${digits}` : `${sign}${digits},${frac}`;
}

/** A quantity: at most two decimals, none when whole ("1 250", "4 408,33", "12,5"). */
export function quantityText(value: Dec): string {
  return swedishNumber(value, 2);
}

/** A price or an amount in kronor: exact, and two decimals when it has any ("860", "53,50", "0,125"). */
export function kronorText(value: Dec): string {
  return swedishNumber(value, value.decimalPlaces(), 2);
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
  const digits = q.toString().padStart(maxDecimals + 1, '0');
  const int = grouped(digits.slice(0, digits.length - maxDecimals));
  const frac = digits.slice(digits.length - maxDecimals).replace(/0+$/, '');
  const sign = negative && q !== 0n ? '-' : '';
  return frac === '' ? `${sign}${int}` : `${sign}${int},${frac}`;
}

/** part / whole as per cent, as percentText(part / whole) writes it. */
export function percentOfText(part: Dec, whole: Dec): string {
  const [np, pp] = scaledInteger(part);
  const [nw, pw] = scaledInteger(whole);
  // |part / whole| ≥ 1 % ⟺ |np| · 10^pw · 100 ≥ |nw| · 10^pp
  const absP = np < 0n ? -np : np;
  const absW = nw < 0n ? -nw : nw;
  if (np === 0n || absP * 10n ** BigInt(pw + 2) >= absW * 10n ** BigInt(pp)) return `${quotientText(part, whole, 2, 2)} %`;
  const decimals = 1 - Math.floor(Math.log10(Math.abs((toNumber(part) / toNumber(whole)) * 100)));
  return `${quotientText(part, whole, decimals, 2)} %`;
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
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
