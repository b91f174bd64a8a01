import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { Crc32 } from '../../../../src/workbook/xlsx/splice/crc32';

describe('Crc32 (slicing by eight)', () => {
  it('is zlib’s CRC-32 of any bytes, however they are cut into pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 5 }), (bytes, cuts) => {
        const crc = new Crc32();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          const end = Math.min(cut, bytes.length);
          if (end > at) crc.update(bytes.subarray(at, end));
          at = Math.max(at, end);
        }
        crc.update(bytes.subarray(at));
        expect(crc.value()).toBe(crc32(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the check value of the CRC-32 catalogue for "123456789", and 0 for nothing', () => {
    const crc = new Crc32();
    crc.update(new TextEncoder().encode('123456789'));
    expect(crc.value()).toBe(0xcbf43926);
    expect(new Crc32().value()).toBe(0);
  });
});
