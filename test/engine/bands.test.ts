import fc from 'fast-check';
import { bandFinder } from '../../src/engine/calc/priceService';
import { Dec } from '../../src/engine/decimal';
import type { PackageBand } from '../../src/engine/model';

// bandFinder compares whole volumes with whole band limits as JS numbers; it must pick the band
// bands.find picks with decimal.js's comparisons, for whole and fractional limits and volumes.
describe('bandFinder', () => {
  const limit = fc.oneof(fc.integer({ min: 0, max: 5000 }).map((n) => new Dec(n)), fc.integer({ min: 0, max: 500_000 }).map((n) => new Dec(n).div(100)));
  const band = fc.tuple(limit, fc.option(limit, { nil: null }), fc.integer({ min: 1, max: 10_000 })).map(
    ([a, b, price]): PackageBand => ({ from: b !== null && b.lt(a) ? b : a, to: b !== null && b.lt(a) ? a : b, price: new Dec(price), row: 1 }),
  );
  const volume = fc.oneof(fc.integer({ min: 0, max: 6000 }).map((n) => new Dec(n)), fc.integer({ min: 0, max: 600_000 }).map((n) => new Dec(n).div(100)), fc.constant(new Dec('9007199254740993')));

  it('finds the band bands.find finds', () => {
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 6 }), fc.array(volume, { minLength: 1, maxLength: 20 }), (bands, volumes) => {
        const find = bandFinder(bands);
        for (const v of volumes) expect(find(v)).toBe(bands.find((b) => v.gte(b.from) && (b.to === null || v.lte(b.to))));
      }),
      { numRuns: 2000 },
    );
  });

  it('whole bands: 0–100 and 101– put 100 in the first, 100,5 in none and 101 in the second', () => {
    const bands: PackageBand[] = [
      { from: new Dec(0), to: new Dec(100), price: new Dec(1000), row: 1 },
      { from: new Dec(101), to: null, price: new Dec(2000), row: 2 },
    ];
    const find = bandFinder(bands);
    expect(find(new Dec(100))).toBe(bands[0]);
    expect(find(new Dec('100.5'))).toBeUndefined();
    expect(find(new Dec(101))).toBe(bands[1]);
  });
});
