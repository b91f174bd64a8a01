/**
 * The deflated body of a gzip member (RFC 1952) as its bytes arrive, and the CRC-32 and size its
 * trailer holds. A zip entry wants the raw deflate stream and the CRC-32 of what was deflated:
 * `CompressionStream('gzip')` gives both from the platform's zlib, off the thread that makes the
 * text, where a CRC in JavaScript cost a fifth of writing an output sheet (city: 190 of ~1 000 ms,
 * measured). The header (10 bytes, plus any optional fields its flags announce) is dropped and
 * the last 8 bytes are held back until the end, since any chunk may be the last.
 */
export class GzipMember {
  private head: Uint8Array | null = new Uint8Array(0);
  private tail = new Uint8Array(0);

  /** The body bytes `chunk` completes, in order (none while the header or trailer is still arriving). */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.head !== null) {
      const head = concat(this.head, chunk);
      const bodyAt = headerLength(head);
      if (bodyAt === null) {
        this.head = head;
        return [];
      }
      this.head = null;
      chunk = head.subarray(bodyAt);
    }
    if (chunk.length >= TRAILER) {
      const body = [this.tail, chunk.subarray(0, chunk.length - TRAILER)].filter((b) => b.length > 0);
      this.tail = chunk.slice(chunk.length - TRAILER);
      return body;
    }
    const joined = concat(this.tail, chunk);
    this.tail = joined.slice(joined.length - Math.min(TRAILER, joined.length));
    return joined.length > TRAILER ? [joined.subarray(0, joined.length - TRAILER)] : [];
  }

  /** The trailer's CRC-32 of the uncompressed data and its size modulo 2³², once the member has ended. */
  end(): { crc: number; sizeMod32: number } {
    if (this.head !== null || this.tail.length < TRAILER) throw new Error('gzip-strömmen slutade innan den var hel.');
    const view = new DataView(this.tail.buffer, this.tail.byteOffset, TRAILER);
    return { crc: view.getUint32(0, true), sizeMod32: view.getUint32(4, true) };
  }
}

const TRAILER = 8;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** Where the deflate stream begins after a gzip header, or null while the header is not whole yet. */
function headerLength(bytes: Uint8Array): number | null {
  if (bytes.length < 10) return null;
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error('Komprimeringen gav inte en gzip-ström med deflate.');
  const flags = bytes[3]!;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return null;
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero < 0) return null;
    at = zero + 1;
  }
  if (flags & FHCRC) at += 2;
  return bytes.length < at ? null : at;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
