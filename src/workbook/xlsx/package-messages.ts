import { groupThousands } from '../../engine/thousands';
import type { PartRef } from '../messages/package';

/** What the package checks' messages (messages/package.ts) are made of. */

/** The part with the sheet it holds, if any: `delen xl/worksheets/sheet2.xml (bladet "Volymer")` in a message. */
export function partRef(part: string, sheets: readonly { name: string; part: string }[]): PartRef {
  return { part, sheet: sheets.find((s) => s.part === part)?.name ?? null };
}

/** A library's English detail cut to a short suffix: its first line, at most 120 characters. */
export function shortDetail(detail: string): string {
  // Node's inflater says "Error: invalid block type" inside its error's message.
  const line = detail.split('\n')[0]!.trim().replace(/^Error: /, '');
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** A whole number with no-break spaces between thousands, as the engine's messages write it. */
export function formatCount(n: number): string {
  return groupThousands(String(n), '\u00a0');
}

/** Bytes in Swedish, decimal units: "412 byte", "398 kB", "412,3 MB", "3,7 GB". */
export function formatSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} kB`;
  if (bytes < 1_000_000_000) return `${decimalComma(bytes / 1_000_000)} MB`;
  return `${decimalComma(bytes / 1_000_000_000)} GB`;
}

function decimalComma(value: number): string {
  const rounded = value.toFixed(1);
  return (rounded.endsWith('.0') ? rounded.slice(0, -2) : rounded).replace('.', ',');
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F: a browser's TextDecoder('latin1') is
 * Windows-1252 (Node's maps those bytes to U+0080–U+009F), so both are undone.
 */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text decoded a byte to a character (TextDecoder('latin1')) decoded again as the UTF-8 it is. */
export function utf8FromByteText(text: string): string {
  const bytes = Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? code : 0x80 + WINDOWS_1252.indexOf(c);
  });
  return new TextDecoder().decode(bytes);
}
