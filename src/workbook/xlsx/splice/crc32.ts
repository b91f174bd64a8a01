/**
 * CRC-32 (the zip's, polynomial 0xEDB88320), slicing by eight: eight table lookups per eight
 * bytes instead of one per byte. The platform has no CRC for browser code (Node's zlib.crc32 is
 * not in browsers, CompressionStream keeps its own), and fflate does not export its.
 */
const TABLES = makeTables();

function makeTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0]![n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t]![n] = (tables[t - 1]![n]! >>> 8) ^ tables[0]![tables[t - 1]![n]! & 0xff]!;
  }
  return tables;
}

/** A running CRC-32: `update` with each piece in order, `value` at the end. */
export class Crc32 {
  private crc = -1;

  update(bytes: Uint8Array): void {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    let c = this.crc;
    let i = 0;
    const end8 = bytes.length - 8;
    for (; i <= end8; i += 8) {
      const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
      c =
        t7[a & 0xff]! ^
        t6[(a >>> 8) & 0xff]! ^
        t5[(a >>> 16) & 0xff]! ^
        t4[a >>> 24]! ^
        t3[bytes[i + 4]!]! ^
        t2[bytes[i + 5]!]! ^
        t1[bytes[i + 6]!]! ^
        t0[bytes[i + 7]!]!;
    }
    for (; i < bytes.length; i++) c = t0[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    this.crc = c;
  }

  /** The CRC of everything given, as the unsigned number a zip record holds. */
  value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
