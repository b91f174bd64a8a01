import fc from 'fast-check';
import { Dec } from '../../src/engine/decimal';
import { EVEN, evenSplit, monthlyUnits, profileWeights } from '../../src/engine/calc/monthlySplit';
import type { Charge } from '../../src/engine/calc/results';
import { allocateSteps } from '../../src/engine/rounding';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) };
const viaAllocate = (total: number, weights = EVEN) => {
  const split = allocateSteps(total, weights);
  return Array.from({ length: 12 }, (_, m) => split.get(m));
};
const charge = (keyed: number, unit: number, surcharge: number): Charge => ({
  customer: 'A', basis: '', quantity: null, share: null, keyValue: null, price: null, keyed, unit, surcharge, amount: keyed + unit + surcharge, surchargeByType: new Map(),
});

describe('the monthly split', () => {
  it('splits 1 000 kr as 84 kr in January to April and 83 kr after', () => {
    expect(evenSplit(1000)).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
    expect(evenSplit(-1000)).toEqual([-84, -84, -84, -84, -83, -83, -83, -83, -83, -83, -83, -83]);
    expect(evenSplit(5)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(evenSplit(-5).map((v) => Object.is(v, -0))).not.toContain(true);
  });

  it('evenSplit is allocateSteps with equal weights, for any total', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: 0 })), (total) => {
        expect(evenSplit(total)).toEqual(viaAllocate(total));
      }),
      RUNS,
    );
  });

  it('bills keyed, surcharge and package amounts evenly and the unit part by the profile, summing to the charge', () => {
    const profile = profileWeights(['0', '0', '0.5', '0', '0', '0', '0', '0', '0', '0', '0', '0.5'].map((s) => new Dec(s)));
    expect(monthlyUnits(charge(120, 1001, 12), 'Blandad', profile)).toEqual([11, 11, 11 + 501, 11, 11, 11, 11, 11, 11, 11, 11, 11 + 500]);
    expect(monthlyUnits(charge(0, 1200, 0), 'Paket', profile)).toEqual(Array(12).fill(100));
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: -1000, max: 1000 }), fc.array(fc.nat(100), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)), (keyed, unit, surcharge, w) => {
        const months = monthlyUnits(charge(keyed, unit, surcharge), 'Styck', profileWeights(w.map((x) => new Dec(x))));
        expect(months.reduce((a, b) => a + b, 0)).toBe(keyed + unit + surcharge);
      }),
      RUNS,
    );
  });
});
