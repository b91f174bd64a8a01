import fc from 'fast-check';
import { cutAt } from '../../src/engine/select';

// cutAt against a full sort: the k-th smallest and the largest value sorted before it.
describe('cutAt', () => {
  const values = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 5 }).map((n) => n / 4)), { minLength: 1, maxLength: 300 });

  it('is the k-th smallest and the largest below it, as a sort gives them, with ties and repeats', () => {
    fc.assert(
      fc.property(values, fc.nat(), (list, seed) => {
        const k = seed % list.length;
        const input = Float64Array.from(list);
        const sorted = [...list].sort((a, b) => a - b);
        const { kth, below } = cutAt(input, list.length, k);
        expect(kth).toBe(sorted[k]);
        expect(below).toBe(k === 0 ? -Infinity : sorted[k - 1]);
        // the input is left as it was
        expect([...input]).toEqual(list);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only the first count values and grows its buffer past 256', () => {
    const long = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    expect(cutAt(long, 1000, 999)).toEqual({ kth: 999, below: 998 });
    expect(cutAt(Float64Array.from([5, 1, 9, 0]), 3, 0)).toEqual({ kth: 1, below: -Infinity });
    expect(() => cutAt(Float64Array.from([1]), 1, 1)).toThrow(RangeError);
  });
});
