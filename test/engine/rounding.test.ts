import fc from 'fast-check';
import { Dec } from '../../src/engine/decimal';
import { allocate, allocateSteps, roundToStep, type Share } from '../../src/engine/rounding';

// Every expected value below was worked out by hand; none was copied from the program's output.

describe('roundToStep: half away from zero (Excel ROUND)', () => {
  const t = (expected: string, input: string, step: string): void => {
    it(`${input} to ${step} -> ${expected}`, () => {
      expect(roundToStep(new Dec(input), new Dec(step)).toString()).toBe(new Dec(expected).toString());
    });
  };

  describe('step 0.01 (the default price step)', () => {
    t('1.01', '1.005', '0.01');
    t('1', '1.004999', '0.01');
    t('2.68', '2.675', '0.01'); // 2.675 is 2.67499999… as a binary double; decimal keeps the half
    t('0.01', '0.005', '0.01');
    t('0', '0.0049', '0.01');
    t('13', '13', '0.01');
    t('1234.57', '1234.5650', '0.01');
    t('-1.01', '-1.005', '0.01');
    t('-2.68', '-2.675', '0.01');
    t('-1', '-1.0049', '0.01');
  });

  describe('step 0.05', () => {
    t('1.05', '1.025', '0.05'); // 20.5 steps -> 21
    t('1', '1.0249', '0.05'); // 20.498 steps -> 20
    t('1.1', '1.075', '0.05'); // 21.5 steps -> 22
    t('0.05', '0.025', '0.05');
    t('0', '0.0249', '0.05');
    t('12.35', '12.33', '0.05'); // 246.6 steps -> 247
    t('-1.05', '-1.025', '0.05');
    t('-0.05', '-0.025', '0.05');
  });

  describe('step 1 (whole kronor)', () => {
    t('1', '0.5', '1');
    t('2', '1.5', '1');
    t('3', '2.5', '1'); // not banker's rounding: 2.5 -> 3, not 2
    t('2', '2.4999999999', '1');
    t('0', '0.4999999999999999999999', '1');
    t('-1', '-0.5', '1');
    t('-3', '-2.5', '1');
    t('-2', '-2.4999', '1');
    t('1350', '1350', '1');
    t('1000001', '1000000.5', '1');
  });

  describe('step 10', () => {
    t('20', '15', '10');
    t('30', '25', '10');
    t('10', '14.99', '10');
    t('0', '4.99', '10');
    t('10', '5', '10');
    t('-20', '-15', '10');
    t('-10', '-5', '10');
  });

  describe('step 1000', () => {
    t('2000', '1500', '1000');
    t('3000', '2500', '1000');
    t('1000', '1499.99', '1000');
    t('123000', '123456', '1000');
    t('124000', '123500', '1000');
    t('-1000', '-500', '1000');
    t('-3000', '-2500', '1000');
    t('0', '499.999', '1000');
  });
});

/** Shares with id = label, from [label, weight] pairs. */
function shares(...pairs: [string, string | number][]): Share<string>[] {
  return pairs.map(([label, weight]) => ({ id: label, label, weight: new Dec(weight) }));
}

/** The allocation as { label: amount } with amounts as strings, for readable failures. */
function alloc(total: string | number, s: Share<string>[], unit?: string): Record<string, string> {
  const result = allocate(new Dec(total), s, unit === undefined ? undefined : new Dec(unit));
  return Object.fromEntries([...result].map(([k, v]) => [k, v.toString()]));
}

describe('allocate: largest remainder, ties by Swedish alphabetical label', () => {
  const t = (expected: Record<string, string>, total: string | number, s: Share<string>[], unit?: string): void => {
    it(`${total} over ${s.map((x) => `${x.label}:${x.weight}`).join(' ')}${unit ? ` unit ${unit}` : ''}`, () => {
      expect(alloc(total, s, unit)).toEqual(expected);
    });
  };

  describe('equal weights: the leftover goes to the alphabetically first label', () => {
    // 100 / 3 = 33 r 1: one unit left, every remainder is 1/3, A is first.
    t({ A: '34', B: '33', C: '33' }, 100, shares(['A', 1], ['B', 1], ['C', 1]));
    // The same, listed in reverse: list order does not decide.
    t({ C: '33', B: '33', A: '34' }, 100, shares(['C', 1], ['B', 1], ['A', 1]));
    // 101 / 3 = 33 r 2: A and B get one each.
    t({ A: '34', B: '34', C: '33' }, 101, shares(['C', 1], ['A', 1], ['B', 1]));
    t({ A: '1', B: '0', C: '0' }, 1, shares(['B', 1], ['C', 1], ['A', 1]));
  });

  describe('Swedish order: å, ä, ö after z', () => {
    // Swedish: A < Z < Ö. 100 / 3 -> A gets the unit; 101 / 3 -> A and Z.
    t({ Ö: '33', Z: '33', A: '34' }, 100, shares(['Ö', 1], ['Z', 1], ['A', 1]));
    t({ Ö: '33', Z: '34', A: '34' }, 101, shares(['Ö', 1], ['Z', 1], ['A', 1]));
    // In English collation Ä sorts with A, before Z; in Swedish after Z.
    t({ Ä: '0', Z: '1' }, 1, shares(['Ä', 1], ['Z', 1]));
    // Code point order puts Ä (U+00C4) before Å (U+00C5); Swedish puts Å first.
    t({ Ä: '0', Å: '1' }, 1, shares(['Ä', 1], ['Å', 1]));
    t({ Ö: '0', Ä: '0', Å: '1' }, 1, shares(['Ö', 1], ['Ä', 1], ['Å', 1]));
    t({ Ö: '0', Ä: '1', Å: '1' }, 2, shares(['Ö', 1], ['Ä', 1], ['Å', 1]));
    // Code point order puts "B" before "a"; alphabetical order does not.
    t({ B: '0', a: '1' }, 1, shares(['B', 1], ['a', 1]));
    t({ Östermalm: '0', Älvsjö: '0', Åby: '1', Vällingby: '1' }, 2, shares(['Östermalm', 1], ['Älvsjö', 1], ['Vällingby', 1], ['Åby', 1]));
  });

  describe('the largest remainder wins before the alphabet', () => {
    // 10 over 1:2 (W = 3): exact 3⅓ and 6⅔, floors 3 + 6, remainders ⅓ < ⅔: B gets the unit.
    t({ A: '3', B: '7' }, 10, shares(['A', 1], ['B', 2]));
    // 7 over 5:3:2 (W = 10): exact 3.5, 2.1, 1.4 -> floors 3 + 2 + 1 = 6; remainders .5, .1, .4: A.
    t({ C: '1', B: '2', A: '4' }, 7, shares(['C', 2], ['B', 3], ['A', 5]));
    // Decimal weights: 1 over 0.1:0.2 is ⅓ and ⅔.
    t({ A: '0', B: '1' }, 1, shares(['A', '0.1'], ['B', '0.2']));
    // 1 000 over 600:300:100 divides evenly.
    t({ A: '600', B: '300', C: '100' }, 1000, shares(['A', 600], ['B', 300], ['C', 100]));
  });

  describe('zero weights get nothing', () => {
    t({ A: '0', B: '5', C: '5' }, 10, shares(['A', 0], ['B', 1], ['C', 1]));
    // 11 over 0:1:1: floors 0, 5, 5; the one left goes to B (remainder ½), never to A (remainder 0).
    t({ A: '0', B: '6', C: '5' }, 11, shares(['A', 0], ['B', 1], ['C', 1]));
    t({ A: '0', B: '3' }, 3, shares(['A', 0], ['B', '0.001']));
    t({ A: '0', B: '0' }, 0, shares(['A', 0], ['B', 0]));
    t({ A: '0', B: '0' }, 0, shares(['A', 1], ['B', 2]));
  });

  describe('negative totals: split the absolute value, then negate', () => {
    t({ A: '-34', B: '-33', C: '-33' }, -100, shares(['A', 1], ['B', 1], ['C', 1]));
    t({ A: '-3', B: '-7' }, -10, shares(['A', 1], ['B', 2]));
    t({ Ö: '0', Z: '-1', A: '-1' }, -2, shares(['Ö', 1], ['Z', 1], ['A', 1]));
  });

  describe('a unit other than 1', () => {
    // 100 in tens = 10 units over 1:1:1 -> 4, 3, 3 units.
    t({ A: '40', B: '30', C: '30' }, 100, shares(['A', 1], ['B', 1], ['C', 1]), '10');
    // 1 000 in tens = 100 units over 1:2:3: 16⅔, 33⅓, 50 -> floors 99, A's remainder ⅔ is largest.
    t({ A: '170', B: '330', C: '500' }, 1000, shares(['A', 1], ['B', 2], ['C', 3]), '10');
    // 0.10 in öre = 10 units over 1:1:1.
    t({ A: '0.04', B: '0.03', C: '0.03' }, '0.10', shares(['A', 1], ['B', 1], ['C', 1]), '0.01');
    t({ A: '-40', B: '-30', C: '-30' }, -100, shares(['A', 1], ['B', 1], ['C', 1]), '10');
  });

  describe('misuse throws', () => {
    it('a total that is not a multiple of the unit', () => {
      expect(() => allocate(new Dec(105), shares(['A', 1]), new Dec(10))).toThrow(RangeError);
      expect(() => allocate(new Dec('0.5'), shares(['A', 1]))).toThrow(RangeError);
    });
    it('a negative weight', () => {
      expect(() => allocate(new Dec(10), shares(['A', -1], ['B', 2]))).toThrow(RangeError);
    });
    it('weights summing to zero with something to split', () => {
      expect(() => allocate(new Dec(10), shares(['A', 0], ['B', 0]))).toThrow(RangeError);
      expect(() => allocate(new Dec(10), []).size).toThrow(RangeError);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties. The second method is exact rational arithmetic in BigInt: weights are integers
// times 10^-scale, so part·W versus n·w compares exact numbers, nothing rounded.

const LETTERS = ['a', 'b', 'z', 'A', 'B', 'Z', 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'e', 'é'];
const label = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const swedish = new Intl.Collator('sv', { sensitivity: 'variant' });
const byLabel = (a: string, b: string): number => swedish.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

interface Case {
  /** Integer weights; the real weight is w · 10^-scale. */
  weights: { label: string; w: bigint }[];
  scale: number;
  /** The total in units (may be negative) and the unit. */
  units: bigint;
  unit: string;
}

const weightInt = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10_000_000 })).map(BigInt);

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    labels: fc.uniqueArray(label, { minLength: 1, maxLength: 10 }),
    ws: fc.array(weightInt, { minLength: 10, maxLength: 10 }),
    scale: fc.integer({ min: 0, max: 4 }),
    units: fc.oneof(fc.bigInt({ min: -20n, max: 20n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })),
    unit: fc.constantFrom('1', '10', '0.01', '1000'),
  })
  .map(({ labels, ws, scale, units, unit }) => {
    const weights = labels.map((l, i) => ({ label: l, w: ws[i] ?? 0n }));
    if (weights.every((x) => x.w === 0n)) weights[0]!.w = 1n;
    return { weights, scale, units, unit };
  });

function decOfInt(w: bigint, scale: number): Dec {
  return new Dec(w.toString()).div(new Dec(10).pow(scale));
}

function toShares(c: Case): Share<string>[] {
  return c.weights.map(({ label: l, w }) => ({ id: l, label: l, weight: decOfInt(w, c.scale) }));
}

function totalOf(c: Case): Dec {
  return new Dec(c.units.toString()).times(c.unit);
}

/** The allocated parts in units, as BigInt (exact: each part is a whole multiple of unit). */
function partsInUnits(c: Case, result: Map<string, Dec>): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const [k, v] of result) {
    const q = v.div(c.unit);
    if (!q.isInteger()) throw new Error(`${k}: ${v} is not a multiple of ${c.unit}`);
    out.set(k, BigInt(q.toFixed(0)));
  }
  return out;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

describe('allocate: properties', () => {
  const runs = { numRuns: 300 };

  it('parts sum exactly to the total, one part per share', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const parts = partsInUnits(c, allocate(totalOf(c), toShares(c), new Dec(c.unit)));
        expect([...parts.keys()].sort()).toEqual(c.weights.map((x) => x.label).sort());
        expect([...parts.values()].reduce((a, b) => a + b, 0n)).toBe(c.units);
      }),
      runs,
    );
  });

  it('each part is the floor or the ceiling of its exact share, with the sign of the total', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const parts = partsInUnits(c, allocate(totalOf(c), toShares(c), new Dec(c.unit)));
        const W = c.weights.reduce((a, x) => a + x.w, 0n);
        for (const { label: l, w } of c.weights) {
          const p = parts.get(l)!;
          // exact share = units·w/W; |p − share| < 1  <=>  |p·W − units·w| < W
          expect(abs(p * W - c.units * w) < W).toBe(true);
          if (c.units !== 0n && p !== 0n) expect(p > 0n).toBe(c.units > 0n);
        }
      }),
      runs,
    );
  });

  it('the leftover units go to the largest remainders, ties to the alphabetically first label', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const parts = partsInUnits(c, allocate(totalOf(c), toShares(c), new Dec(c.unit)));
        const n = abs(c.units);
        const W = c.weights.reduce((a, x) => a + x.w, 0n);
        const rows = c.weights.map(({ label: l, w }) => ({ l, rem: (n * w) % W, up: abs(parts.get(l)!) * W > n * w }));
        for (const up of rows.filter((r) => r.up)) {
          for (const down of rows.filter((r) => !r.up)) {
            // Whoever got rounded up must come first: a larger remainder, or an equal one and an earlier label.
            expect(up.rem > down.rem || (up.rem === down.rem && byLabel(up.l, down.l) < 0)).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('the order of the shares does not change who gets what', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.weights, { minLength: c.weights.length, maxLength: c.weights.length }))),
        ([c, shuffled]) => {
          const a = allocate(totalOf(c), toShares(c), new Dec(c.unit));
          const b = allocate(totalOf(c), toShares({ ...c, weights: shuffled }), new Dec(c.unit));
          for (const [k, v] of a) expect(b.get(k)?.toString()).toBe(v.toString());
        },
      ),
      runs,
    );
  });

  it('scaling every weight by the same factor changes nothing', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 0, max: 6 }), (c, k, shift) => {
        const a = allocate(totalOf(c), toShares(c), new Dec(c.unit));
        // k·w, and also k·w·10^-shift: a factor below one in decimal
        const scaled = { ...c, weights: c.weights.map((x) => ({ ...x, w: x.w * BigInt(k) })), scale: c.scale + shift };
        const b = allocate(totalOf(c), toShares(scaled), new Dec(c.unit));
        for (const [key, v] of a) expect(b.get(key)?.toString()).toBe(v.toString());
      }),
      runs,
    );
  });

  it('zero weights get zero', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = allocate(totalOf(c), toShares(c), new Dec(c.unit));
        for (const { label: l, w } of c.weights) if (w === 0n) expect(result.get(l)?.isZero()).toBe(true);
      }),
      runs,
    );
  });
});

describe('allocateSteps: the same rules in doubles while exact, in BigInt beyond', () => {
  // Totals and weights from small to around 2^53 / (total × Σweights), so both the double path
  // and the BigInt path run, and quotients that land a hair below or above a whole number occur.
  const near = fc.oneof(
    caseArb,
    fc
      .record({
        labels: fc.uniqueArray(label, { minLength: 2, maxLength: 6 }),
        ws: fc.array(fc.bigInt({ min: 0n, max: 2n ** 40n }), { minLength: 6, maxLength: 6 }),
        units: fc.bigInt({ min: -(2n ** 14n), max: 2n ** 14n }),
      })
      .map(({ labels, ws, units }) => {
        const weights = labels.map((l, i) => ({ label: l, w: ws[i] ?? 0n }));
        if (weights.every((x) => x.w === 0n)) weights[0]!.w = 1n;
        return { weights, scale: 0, units, unit: '1' };
      }),
  );
  const runs = { numRuns: 1000 };

  it('sums to the total; floor or ceiling of the exact share; leftovers to the largest remainders, then the earlier label', () => {
    fc.assert(
      fc.property(near, (c) => {
        const parts = allocateSteps(Number(c.units), toShares(c));
        const n = abs(c.units);
        const W = c.weights.reduce((a, x) => a + x.w, 0n);
        expect([...parts.values()].reduce((a, b) => a + BigInt(b), 0n)).toBe(c.units);
        const rows = c.weights.map(({ label: l, w }) => {
          const p = BigInt(parts.get(l)!);
          expect(abs(p * W - c.units * w) < W).toBe(true);
          return { l, rem: (n * w) % W, up: abs(p) * W > n * w };
        });
        for (const up of rows.filter((r) => r.up)) {
          for (const down of rows.filter((r) => !r.up)) expect(up.rem > down.rem || (up.rem === down.rem && byLabel(up.l, down.l) < 0)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('at the edge of the doubles: total × Σweights just below and just above 2^53', () => {
    // Σw = 2^52 + 1 (weights 2^52 and 1); total 1: shares 2^52/(2^52+1) and 1/(2^52+1), the one
    // unit goes to the larger remainder, the big weight. Total 2 (product above 2^53): 2·2^52 /
    // (2^52+1) = 1,999…: floors 1 and 0, remainders 2^52 − 1 and 2, so the big weight again gets it.
    const s = [
      { id: 'big', label: 'b', weight: new Dec(2 ** 52) },
      { id: 'one', label: 'a', weight: new Dec(1) },
    ];
    expect(Object.fromEntries(allocateSteps(1, s))).toEqual({ big: 1, one: 0 });
    expect(Object.fromEntries(allocateSteps(2, s))).toEqual({ big: 2, one: 0 });
    expect(Object.fromEntries(allocateSteps(-2, s))).toEqual({ big: -2, one: 0 });
    // Equal weights 3 and 3, total 7 in doubles: 3,5 each, the tie to the earlier label "a".
    const t = [
      { id: 'x', label: 'b', weight: new Dec(3) },
      { id: 'y', label: 'a', weight: new Dec(3) },
    ];
    expect(Object.fromEntries(allocateSteps(7, t))).toEqual({ x: 3, y: 4 });
  });
});
