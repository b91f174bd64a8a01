import fc from 'fast-check';
import { statementSheetNames } from '../../src/engine/statement';

// Excel's rules for a sheet name, checked independently of the code under test: 1–31 UTF-16
// code units, none of \ / ? * [ ] :, no apostrophe first or last, no control character, and
// (our own) no half of a surrogate pair.
function excelAccepts(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !/\p{Cc}/u.test(name) &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)
  );
}

describe('statement sheet names within Excel limits', () => {
  it('keeps an apostrophe inside a name and drops it at either end', () => {
    const sheets = statementSheetNames(["O'Brien AB", "'Citat'", "Kvarnen '", "''"]);
    expect(sheets.get("O'Brien AB")).toBe("Kundbesked O'Brien AB");
    expect(sheets.get("'Citat'")).toBe('Kundbesked Citat');
    expect(sheets.get("Kvarnen '")).toBe('Kundbesked Kvarnen');
    expect(sheets.get("''")).toBe('Kundbesked');
    expect([...sheets.values()].every(excelAccepts)).toBe(true);
  });

  it("never ends with an apostrophe after the abbreviation drops \"sdf\"", () => {
    // "O' stadsdelsförvaltning" -> "O' sdf" -> "O'" when "Kundbesked O' sdf" is taken.
    const sheets = statementSheetNames(["O' sdf", "O' stadsdelsförvaltning"]);
    expect(sheets.get("O' stadsdelsförvaltning")).toBe('Kundbesked O');
    expect([...sheets.values()].every(excelAccepts)).toBe(true);
  });

  it('never cuts an emoji that straddles character 31 in half', () => {
    // "Kundbesked " is 11 code units; 18 letters bring the emoji to units 30–31, past the 30 that
    // "…" leaves room for, so the whole emoji goes.
    const customer = `${'a'.repeat(18)}😀 Norr`;
    const name = statementSheetNames([customer]).get(customer)!;
    expect(name).toBe(`Kundbesked ${'a'.repeat(18)}…`);
    expect(excelAccepts(name)).toBe(true);
  });

  it('keeps an emoji that fits, and cuts before one that would not, with a clash suffix', () => {
    const first = `${'b'.repeat(17)}😀 Syd`;
    const second = `${'b'.repeat(17)}😀 Väst`;
    const sheets = statementSheetNames([first, second]);
    // 11 + 17 + 2 = 30 units, then "…": 31.
    expect(sheets.get(first)).toBe(`Kundbesked ${'b'.repeat(17)}😀…`);
    // " (2)" leaves 16 units for the text before "…": the emoji (units 17–18) does not fit.
    expect(sheets.get(second)).toBe(`Kundbesked ${'b'.repeat(15)}… (2)`);
    expect([...sheets.values()].every(excelAccepts)).toBe(true);
  });

  it('keeps an accent with its letter and a ZWJ family whole', () => {
    const accented = `${'c'.repeat(18)}e\u0301e\u0301e\u0301`;
    const family = `${'d'.repeat(16)}👩‍👩‍👧 hem`;
    const sheets = statementSheetNames([accented, family]);
    // 19 units fit before "…": 18 letters and an e whose accent would be the 20th.
    expect(sheets.get(accented)).toBe(`Kundbesked ${'c'.repeat(18)}…`);
    // The family is 8 units (16–23), past 19: it goes whole.
    expect(sheets.get(family)).toBe(`Kundbesked ${'d'.repeat(16)}…`);
  });

  it('replaces control characters and gives every name of a hostile list a valid, unique sheet', () => {
    const customers = ['Tab\there', 'Nul\u0000l', 'a'.repeat(40), 'A'.repeat(40), '😀'.repeat(20), '[x]:*?/\\', "'''", 'History'];
    const sheets = statementSheetNames(customers);
    expect(sheets.get('Tab\there')).toBe('Kundbesked Tab here');
    expect(sheets.get('Nul\u0000l')).toBe('Kundbesked Nul l');
    const all = [...sheets.values()];
    expect(all.filter((n) => !excelAccepts(n))).toEqual([]);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(customers.length);
  });
});

describe('statement sheet names for any customer names', () => {
  // Names drawn from letters, apostrophes, brackets, emoji, combining marks, ZWJ and spaces.
  const pieces = ['a', 'Ö', "'", ' ', '[', ':', '/', '😀', '👩‍👩‍👧', 'e\u0301', '\u200d', '\t', 'stadsdelsförvaltning', 'förvaltningen', ' (2)'];
  const names = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

  it('are always valid in Excel, unique without regard to case, and never cut a character in half', () => {
    fc.assert(
      fc.property(fc.uniqueArray(names, { minLength: 1, maxLength: 12 }), (customers) => {
        const sheets = [...statementSheetNames(customers).values()];
        expect(sheets.filter((n) => !excelAccepts(n))).toEqual([]);
        expect(new Set(sheets.map((n) => n.toLocaleLowerCase('sv-SE'))).size).toBe(customers.length);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
