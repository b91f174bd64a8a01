import fc from 'fast-check';
import { Dec, decFromCell, isPositive, toNumber } from '../../src/engine/decimal';

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
