/**
 * The text of a CSV export: UTF-8 with or without its byte order mark, else Windows-1252 (what
 * Swedish Excel and most ERPs write as "ANSI"). A file that is not valid UTF-8 is read as
 * Windows-1252, which maps every byte, so nothing is refused here; the encoding used is told.
 */
export function decodeExport(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
  }
}
