/**
 * Whole digits with a separator between thousands: ("1234567", " ") -> "1 234 567". A leading
 * minus sign is kept in front. The one grouping of the engine's Swedish texts: invoice lines use
 * a plain space (ERP imports may not read U+00A0), messages and statements a no-break space.
 */
export function groupThousands(digits: string, separator: string): string {
  if (digits.charCodeAt(0) === 45) return `-${groupThousands(digits.slice(1), separator)}`;
  const length = digits.length;
  if (length <= 3) return digits;
  let head = length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < length; head += 3) out += separator + digits.slice(head, head + 3);
  return out;
}
