import fc from 'fast-check';
import { jsonBytes, pack } from '../../../src/workbook/office/payload';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const encoder = new TextEncoder();
/** What jsonBytes must equal: the JSON text encoded as UTF-8. */
const reference = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Any UTF-16 string: ASCII, controls, Swedish letters, astral characters and lone surrogates. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\t', '\b', '\f', '\r', '\u0000', '\u001f', '\u007f', 'å', 'Ä', '€', '\u00a0', '𝄞', '\ud800', '\udfff', ' ') }),
);
const cell = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom(0, -0, 1e21, 1e-7, -1.5e300, Number.NaN, Infinity, -Infinity));

describe('jsonBytes', () => {
  it('is the UTF-8 length of JSON.stringify for any cell, row or table of cells', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.array(cell), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 })), (value) => {
        expect(jsonBytes(value)).toBe(reference(value));
      }),
      RUNS,
    );
  });

  it('counts by hand what Excel gets: escapes, Swedish letters, astral characters, lone surrogates, numbers', () => {
    expect(jsonBytes('')).toBe(2);
    expect(jsonBytes('Kund 1')).toBe(8);
    expect(jsonBytes('a"b\\c')).toBe(9); // "a\"b\\c"
    expect(jsonBytes('\n\u0001')).toBe(10); // "\n\u0001"
    expect(jsonBytes('Lönekörning')).toBe(15); // two ö of two bytes each
    expect(jsonBytes('€')).toBe(5);
    expect(jsonBytes('𝄞')).toBe(6); // one surrogate pair, four bytes
    expect(jsonBytes('\ud800x')).toBe(9); // "\ud800x"
    expect(jsonBytes([1.5, -0, null, true, false, Number.NaN])).toBe('[1.5,0,null,true,false,null]'.length);
    expect([0, 9, 10, -10, 99_999, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21].map(jsonBytes)).toEqual([1, 1, 2, 3, 5, 16, 17, 16, 5]);
    expect(jsonBytes([])).toBe(2);
    expect(jsonBytes([[]])).toBe(4);
  });

  it('takes anything else through JSON.stringify, as before', () => {
    const values: unknown[] = [{ a: 'å' }, [1, { b: [2] }], [undefined, () => 1, Symbol('s')], 'x', [new Date(0)]];
    for (const value of values) expect(jsonBytes(value)).toBe(reference(value));
  });
});

describe('pack', () => {
  it('fills groups in order up to the budget; an item over it goes alone', () => {
    const sized = (sizes: number[]) => sizes.map((size, id) => ({ id, size }));
    const groups = pack(sized([3, 4, 2, 9, 1, 1]), 7);
    expect(groups.map((g) => g.map((i) => i.id))).toEqual([[0, 1], [2], [3], [4, 5]]);
  });
});
