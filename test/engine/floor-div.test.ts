import fc from 'fast-check';
import { floorDiv } from '../../src/engine/floorDiv';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) };
const exact = (n: number, d: number) => Number(BigInt(n) / BigInt(d));

describe('floorDiv', () => {
  it('is BigInt division for safe integers, near 2^53 and just below multiples included', () => {
    const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const near = fc.integer({ min: 2 ** 52, max: Number.MAX_SAFE_INTEGER });
    const divisor = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(fc.oneof(safe, near), divisor, (n, d) => {
        expect(floorDiv(n, d)).toBe(exact(n, d));
      }),
      RUNS,
    );
    // One below a multiple of d, the quotient closest to rounding up onto a whole number.
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2 ** 26 }), fc.nat(1000), (d, back) => {
        const n = (Math.floor(Number.MAX_SAFE_INTEGER / d) - back) * d - 1;
        fc.pre(n >= 0);
        expect(floorDiv(n, d)).toBe(exact(n, d));
      }),
      RUNS,
    );
  });

  it('by hand', () => {
    expect([floorDiv(0, 5), floorDiv(17, 17), floorDiv(16, 17), floorDiv(100, 12), floorDiv(Number.MAX_SAFE_INTEGER, 1)]).toEqual([0, 1, 0, 8, Number.MAX_SAFE_INTEGER]);
    expect(floorDiv(Number.MAX_SAFE_INTEGER - 1, 3)).toBe(3_002_399_751_580_330);
  });
});
