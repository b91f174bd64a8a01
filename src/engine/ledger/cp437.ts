/**
 * Code page 437, the "PC8" character set the SIE standard prescribes (#FORMAT PC8): bytes
 * 0x00–0x7F are ASCII, 0x80–0xFF these characters (IBM's table; å is 0x86, ä 0x84, ö 0x94,
 * Å 0x8F, Ä 0x8E, Ö 0x99). TextDecoder knows no CP437, so the table is here.
 */
const HIGH_HALF =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let part = '';
    for (const b of chunk) part += b < 0x80 ? String.fromCharCode(b) : HIGH_HALF[b - 0x80];
    text += part;
  }
  return text;
}
