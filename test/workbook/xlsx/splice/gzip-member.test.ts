import fc from 'fast-check';
import { crc32, gzipSync, inflateRawSync } from 'node:zlib';
import { GzipMember } from '../../../../src/workbook/xlsx/splice/gzip-member';

/** `bytes` cut at the given places. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const ends = [...new Set(at.map((a) => Math.min(a, bytes.length)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const end of [...ends, bytes.length]) {
    pieces.push(bytes.subarray(from, end));
    from = end;
  }
  return pieces;
}

/** The body and trailer GzipMember gives for `gzip`, fed in the pieces given. */
function unwrapped(pieces: Uint8Array[]): { body: Buffer; crc: number; sizeMod32: number } {
  const member = new GzipMember();
  const body = pieces.flatMap((piece) => member.push(piece));
  return { body: Buffer.concat(body), ...member.end() };
}

describe('GzipMember', () => {
  it('gives the raw deflate body and the CRC-32 and size of the data, however the member is cut into chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat(2100), { maxLength: 8 }), (data, at) => {
        const gzip = gzipSync(data);
        const { body, crc, sizeMod32 } = unwrapped(cut(gzip, at));
        expect(inflateRawSync(body).equals(Buffer.from(data))).toBe(true);
        expect(crc).toBe(crc32(data));
        expect(sizeMod32).toBe(data.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads what CompressionStream("gzip") writes', async () => {
    const data = new TextEncoder().encode('<row r="2"><c r="A2" t="inlineStr"><is><t>Älvsjö</t></is></c></row>'.repeat(5000));
    const chunks: Uint8Array[] = [];
    const reader = new Blob([data]).stream().pipeThrough(new CompressionStream('gzip')).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    const { body, crc, sizeMod32 } = unwrapped(chunks);
    expect(inflateRawSync(body).equals(Buffer.from(data))).toBe(true);
    expect(crc).toBe(crc32(data));
    expect(sizeMod32).toBe(data.length);
  });

  it('skips the optional header fields a gzip writer may add (extra field, name, comment, header CRC)', () => {
    const data = Buffer.from('Fjolårspris;Volym\n'.repeat(100));
    const plain = gzipSync(data);
    const extra = [...[6, 0], ...Buffer.from('ab\x02\x00xy')];
    const header = [0x1f, 0x8b, 8, 2 | 4 | 8 | 16, ...plain.subarray(4, 10), ...extra, ...Buffer.from('namn.xml\0kommentar\0'), 0x12, 0x34];
    const gzip = Buffer.concat([Buffer.from(header), plain.subarray(10)]);
    for (const at of [[1], [11], [12, 13], [20, 25], [gzip.length - 4]]) {
      const { body, crc } = unwrapped(cut(gzip, at));
      expect(inflateRawSync(body).equals(data)).toBe(true);
      expect(crc).toBe(crc32(data));
    }
  });

  it('refuses what is not a gzip member with deflate, and a member that ends before its trailer could', () => {
    expect(() => new GzipMember().push(Buffer.from('PK\x03\x04 not gzip at all'))).toThrow(/gzip/);
    const member = new GzipMember();
    const gzip = gzipSync(Buffer.from('kort'));
    member.push(gzip.subarray(0, 14));
    expect(() => member.end()).toThrow(/slutade/);
  });
});
