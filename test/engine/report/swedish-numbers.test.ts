import fc from 'fast-check';
import { Dec } from '../../../src/engine/decimal';
import { kronorText, percentOfText, percentText, quantityText, quotientText } from '../../../src/engine/report/swedishNumbers';

// Expected texts worked out by hand; the properties compare the exact integer quotient with a
// second method, decimal.js's own division at 40 digits followed by its rounding.

describe('Swedish number texts', () => {
  it('groups thousands with a plain space and writes a decimal comma', () => {
    expect(quantityText(new Dec(1250))).toBe('1 250');
    expect(quantityText(new Dec('4408.333'))).toBe('4 408,33');
    expect(quantityText(new Dec(-1234567))).toBe('-1 234 567');
    expect(quantityText(new Dec(0))).toBe('0');
    expect(kronorText(new Dec('53.5'))).toBe('53,50');
    expect(kronorText(new Dec('0.125'))).toBe('0,125');
    expect(kronorText(new Dec('168480'))).toBe('168 480');
    expect(percentText(new Dec('0.0312'))).toBe('3,12 %');
    expect(percentText(new Dec('0.00047'))).toBe('0,047 %');
  });

  it('quotientText rounds the exact quotient half away from zero', () => {
    expect(quotientText(new Dec(52901), new Dec(12), 2)).toBe('4 408,42'); // 4 408,416…
    expect(quotientText(new Dec(1), new Dec(8), 2)).toBe('0,13'); // 0,125 -> up
    expect(quotientText(new Dec(-1), new Dec(8), 2)).toBe('-0,13');
    expect(quotientText(new Dec(1), new Dec(400), 2)).toBe('0'); // 0,0025 -> 0,00 -> "0"
    expect(quotientText(new Dec(12), new Dec(12), 2)).toBe('1');
    expect(quotientText(new Dec('7.5'), new Dec('2.5'), 2)).toBe('3');
    expect(quotientText(new Dec(3), new Dec(8), 2, 2)).toBe('37,5'); // per cent
    expect(quotientText(new Dec(1234567), new Dec(1), 0)).toBe('1 234 567');
    expect(() => quotientText(new Dec(1), new Dec(0), 2)).toThrow(RangeError);
  });

  it('percentOfText: two decimals from 1 %, two significant digits below', () => {
    expect(percentOfText(new Dec(312), new Dec(10000))).toBe('3,12 %');
    expect(percentOfText(new Dec(47), new Dec(100000))).toBe('0,047 %');
    expect(percentOfText(new Dec(1), new Dec(100))).toBe('1 %');
    expect(percentOfText(new Dec(0), new Dec(7))).toBe('0 %');
    expect(percentOfText(new Dec(1), new Dec(3))).toBe('33,33 %');
    expect(percentOfText(new Dec(2), new Dec(3))).toBe('66,67 %');
  });

  const decimal = fc.oneof(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => new Dec(n)),
    fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, p]) => new Dec(n).div(new Dec(10).pow(p))),
    // beyond the doubles' exact integers, where the quotient is worked out in BigInt
    fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9 })).map(([n, p]) => new Dec(n.toString()).div(new Dec(10).pow(p))),
  );
  const positive = decimal.filter((d) => d.gt(0));

  it('quotientText(a, b) is quantityText(a ÷ b) for any decimals', () => {
    fc.assert(
      fc.property(decimal, decimal.filter((d) => !d.isZero()), fc.integer({ min: 0, max: 4 }), (a, b, places) => {
        const exact = a.div(b).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
        expect(quotientText(a, b, places).replace(/ /g, '').replace(',', '.')).toBe(exact.isZero() ? '0' : exact.toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('percentOfText(part, whole) is percentText(part ÷ whole) for shares of a key', () => {
    fc.assert(
      fc.property(positive, positive, (part, extra) => {
        const whole = part.plus(extra);
        expect(percentOfText(part, whole)).toBe(percentText(part.div(whole)));
      }),
      { numRuns: 2000 },
    );
  });
});
