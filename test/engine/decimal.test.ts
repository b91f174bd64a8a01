import fc from 'fast-check';
import { Dec, decFromCell, isPositive, plus, safeScaled, toNumber } from '../../src/engine/decimal';

// toNumber builds small values from decimal.js's digit limbs instead of a string; it must give
// exactly what Decimal#toNumber gives (the correctly rounded double), sign of zero included.
describe('toNumber', () => {
  it.each(['0', '-0', '1', '-1', '0.1', '53.5', '1234567.891', '9007199254740991', '9007199254740993', '1e-7', '0.30000000000000004', '12345678901234567890', '1e22', '1e23', '3.14159265358979323846', '99999999999999.99', '1.5e-25', '10000000', '-10000001'])(
    '%s as Decimal#toNumber',
    (text) => {
      const d = new Dec(text);
      expect(Object.is(toNumber(d), d.toNumber())).toBe(true);
    },
  );

  it('agrees with Decimal#toNumber on random decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -30, max: 30 }), (digits, exp) => {
        const d = new Dec(digits.toString()).times(new Dec(10).pow(exp));
        return Object.is(toNumber(d), d.toNumber());
      }),
      { numRuns: 2000 },
    );
  });
});

// safeScaled reads n / 10^places from the limbs; checked against decimal.js's own digits.
describe('safeScaled', () => {
  it.each([
    ['0', [0, 0]],
    ['1.5', [15, 1]],
    ['-53.50', [-535, 1]],
    ['10000000', [10000000, 0]],
    ['0.0000001', [1, 7]],
    ['1e22', null],
    ['9007199254740991', [9007199254740991, 0]],
    ['9007199254740992', null],
    ['123456.7890123', [1234567890123, 7]],
  ] as const)('%s', (text, expected) => {
    expect(safeScaled(new Dec(text))).toEqual(expected);
  });

  it('is the value’s digits without its point and its decimal places; never null up to 15 digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: -25, max: 25 }), (digits, exp) => {
        const d = new Dec(digits.toString()).times(new Dec(10).pow(exp));
        const places = d.decimalPlaces();
        const n = BigInt(d.toFixed(places).replace('.', ''));
        const scaled = safeScaled(d);
        if (scaled !== null) expect([BigInt(scaled[0]), scaled[1]]).toEqual([n, places]);
        // 15 significant digits fit three limbs however they fall (the fast path's reach)
        if (d.precision(true) <= 15 && places <= 22) expect(scaled).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plus', () => {
  it('is Decimal#plus, for whole numbers on either side of 2^52 and for decimals', () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 100_000 }).map((n) => new Dec(n)),
      fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }).map((n) => new Dec(n.toString())),
      fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 6 })).map(([n, p]) => new Dec(n).div(10 ** p)),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(plus(a, b).toFixed()).toBe(a.plus(b).toFixed());
      }),
      { numRuns: 3000 },
    );
    expect(plus(new Dec(2).pow(52).minus(1), new Dec(2).pow(52).minus(1)).toFixed()).toBe('9007199254740990');
    expect(plus(new Dec(2).pow(53), new Dec(1)).toFixed()).toBe('9007199254740993');
  });
});

describe('decFromCell', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [1234.5600000000001, '1234.56'],
    [53.5, '53.5'],
    [123456789012345, '123456789012345'],
    [-0.015, '-0.015'],
  ])('reads %p at Excel’s 15 digits as %s', (cell, expected) => {
    expect(decFromCell(cell).toString()).toBe(expected);
  });
});

describe('isPositive', () => {
  it('is value > 0, for zero, negative zero, signs and the 15-digit cells', () => {
    const cases: [string | number, boolean][] = [
      [0, false],
      ['-0', false],
      ['0.0000000000000000000001', true],
      ['-0.0000000000000000000001', false],
      [1, true],
      [-1, false],
      ['123456789012345.6789', true],
    ];
    for (const [v, expected] of cases) expect([v, isPositive(new Dec(v))]).toEqual([v, expected]);
  });
});
