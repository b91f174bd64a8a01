import fc from 'fast-check';
import { groupThousands } from '../../src/engine/thousands';

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1 000'],
    ['1234567', '1 234 567'],
    ['-123', '-123'],
    ['-1234', '-1 234'],
    ['100000', '100 000'],
  ])('%s -> %s', (digits, expected) => {
    expect(groupThousands(digits, ' ')).toBe(expected);
  });

  it('is the lookahead regex it replaced, for any whole number and either separator', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom(' ', '\u00a0'), (n, separator) => {
        const digits = n.toString();
        expect(groupThousands(digits, separator)).toBe(digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator));
      }),
      { numRuns: 2000 },
    );
  });
});
