import { parseNumberText } from '../../src/engine/numbers';

// Text a user may type into a number cell. Expected values worked out by hand from the contract:
// unambiguous Swedish or English notation is a number, "1,234" is ambiguous, the rest invalid.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseNumberText', () => {
  const t = (expected: string, input: string): void => {
    it(`${JSON.stringify(input)} -> ${expected}`, () => {
      const r = parseNumberText(input);
      expect(r.kind).toBe('number');
      if (r.kind === 'number') expect(r.value.toString()).toBe(expected);
    });
  };
  const ambiguous = (input: string): void => {
    it(`${JSON.stringify(input)} is ambiguous`, () => expect(parseNumberText(input)).toEqual({ kind: 'ambiguous' }));
  };
  const invalid = (input: string): void => {
    it(`${JSON.stringify(input)} is not a number`, () => expect(parseNumberText(input)).toEqual({ kind: 'invalid' }));
  };

  describe('Swedish notation: space thousands, comma decimals', () => {
    t('1234.5', '1 234,50');
    t('1234.56', '1 234,56');
    t('1000000', '1 000 000');
    t('1234.5', `1${NBSP}234,5`);
    t('1234.5', `1${NNBSP}234,5`);
    t('1234567', `1${NBSP}234${NBSP}567`);
    t('0.015', '0,015'); // a leading 0 is never a thousands group
    t('1234.567', '1234,567'); // four digits before the comma: not a thousands group
    t('1.2345', '1,2345');
    t('-1234.5', '-1 234,5');
    t('1234.5', '1.234,5'); // dots as thousands, comma decimal
    t('1234567.89', '1.234.567,89');
  });

  describe('English notation: comma thousands, dot decimals', () => {
    t('1234.5', '1234.5');
    t('1234.5', '1,234.5');
    t('12345.678', '12,345.678');
    t('1234567', '1,234,567'); // two separators of one kind can only be thousands
    t('1234567', '1.234.567');
    t('0.015', '0.015');
    t('0.5', '0.500');
  });

  describe('signs, percent, spaces', () => {
    t('-3', '-3');
    t('3', '+3');
    t('-3', '\u22123'); // the typographic minus sign
    t('42', '  42  ');
    t('0.125', '12,5 %');
    t('0.125', '12.5%');
    t('0.5', '50%');
    t('-0.015', '-1,5 %');
    t('12345', '1 234 500 %');
  });

  describe('ambiguous: one separator, 1–3 digits before, exactly 3 after', () => {
    ambiguous('1,234');
    ambiguous('12.500');
    ambiguous('123,456');
    ambiguous('1.000');
    ambiguous('-1,234');
    ambiguous('12,500 %');
  });

  describe('invalid', () => {
    invalid('abc');
    invalid('1,2,3'); // a second comma makes it grouping, but "2" is no group of three
    invalid('1.234.5');
    invalid('');
    invalid('   ');
    invalid('12a');
    invalid('1e5');
    invalid('%');
    invalid('-');
    invalid('1,'); // a separator with nothing after it
    invalid('1,234.5,6');
    invalid('1.23,4.5');
    invalid('12,34.5'); // "34" is not a thousands group
    invalid('--3');
  });
});
