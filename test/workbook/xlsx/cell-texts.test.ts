import { malformedNumbersToText } from '../../../src/workbook/xlsx/cell-texts';

const sheet = (cells: string): string => `<worksheet><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;

describe('malformedNumbersToText', () => {
  it.each([
    ['12abc', '<c r="C2" s="1"><v>12abc</v></c>', '<c r="C2" s="1" t="str"><v>12abc</v></c>'],
    ['NaN', '<c r="C2"><v>NaN</v></c>', '<c r="C2" t="str"><v>NaN</v></c>'],
    ['INF with t="n"', '<c r="C2" t="n"><v>INF</v></c>', '<c r="C2" t="str"><v>INF</v></c>'],
    ['1e309 (past a double)', '<c r="C2"><v>1e309</v></c>', '<c r="C2" t="str"><v>1e309</v></c>'],
    ['a 400-digit number', `<c r="C2"><v>${'9'.repeat(400)}</v></c>`, `<c r="C2" t="str"><v>${'9'.repeat(400)}</v></c>`],
    ['a cached formula result 7x', '<c r="C2"><f>B2</f><v>7x</v></c>', '<c r="C2" t="str"><f>B2</f><v>7x</v></c>'],
  ])('makes a number cell holding %s a text cell', (_, cell, expected) => {
    expect(malformedNumbersToText(sheet(cell))).toBe(sheet(expected));
  });

  it.each([
    ['numbers as Excel writes them', '<c r="A2"><v>1</v></c><c r="B2"><v>-0.5714285714285714</v></c><c r="C2"><v>1.0000000000000001E-3</v></c><c r="D2"><v>1E+100</v></c><c r="E2"><v>+.5</v></c>'],
    ['text, shared strings, errors and booleans', '<c r="A2" t="s"><v>3</v></c><c r="B2" t="str"><f>A2</f><v>NaN</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t>INF</t></is></c>'],
    ['1e308 (still a double)', '<c r="A2"><v>1e308</v></c>'],
  ])('leaves %s alone', (_, cells) => {
    const xml = sheet(cells);
    expect(malformedNumbersToText(xml)).toBe(xml);
  });

  it('changes only the bad cells of a row, and names no column or row element a cell', () => {
    const xml = '<worksheet><cols><col min="1" max="2"/></cols><sheetData><row r="2"><c r="A2"><v>NaN</v></c><c r="B2"><v>2</v></c><c r="C2"><v>x</v></c></row></sheetData></worksheet>';
    expect(malformedNumbersToText(xml)).toBe('<worksheet><cols><col min="1" max="2"/></cols><sheetData><row r="2"><c r="A2" t="str"><v>NaN</v></c><c r="B2"><v>2</v></c><c r="C2" t="str"><v>x</v></c></row></sheetData></worksheet>');
  });
});
