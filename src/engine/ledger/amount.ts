/**
 * Amounts as exports write them, to an exact decimal string. Swedish reports: a decimal comma,
 * spaces (also no-break and narrow no-break) between thousands, a minus or U+2212: "-1 234,50".
 * A decimal point is refused there: "1.234" may be a thousand or one and a bit. SIE writes a
 * decimal point and no thousands: "-1234.50".
 */
const SWEDISH = /^([-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/;
const SIE = /^(-?)(\d+)(?:\.(\d+))?$/;

export function swedishAmount(text: string): string | null {
  const m = SWEDISH.exec(text.trim());
  if (!m) return null;
  return decimalText(m[1] !== '', (m[2] as string).replace(/[ \u00a0\u202f]/g, ''), m[3]);
}

export function sieAmount(text: string): string | null {
  const m = SIE.exec(text);
  if (!m) return null;
  return decimalText(m[1] !== '', m[2] as string, m[3]);
}

function decimalText(negative: boolean, whole: string, fraction: string | undefined): string {
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
