import type { CellValue } from '../../../src/engine/cells';
import { openXlsx } from '../../../src/workbook/xlsx';
import { quoteEscapes } from '../../../src/workbook/xlsx/style-number-formats';
import { patched, withCell, withMerge, type Styles } from './patch-sheet';

/**
 * What the xlsx adapter hands the engine for cells other programs write (issue 12). The mini
 * workbook's Volymer sits at A1: Kund | Tjänst | Volym, data rows A, B, C (Lev), A, B (Kundres).
 */
async function volumes(change: (xml: string, styles: Styles) => string): Promise<CellValue[][]> {
  const workbook = await openXlsx(await patched('Volymer', change));
  return (await workbook.readTables()).find((t) => t.name === 'Volymer')!.rows;
}

describe('the xlsx adapter reads', () => {
  it.each<[string, (styles: Styles) => string, CellValue]>([
    // 44317 days after 1899-12-30 is 2021-05-01.
    ['a number with built-in date format 14 as a date', (s) => `<c r="C3" s="${s.add(14)}"><v>44317</v></c>`, { date: '2021-05-01' }],
    ['a number with an East Asian built-in date format (31) as a date', (s) => `<c r="C3" s="${s.add(31)}"><v>44317</v></c>`, { date: '2021-05-01' }],
    ['a number with an East Asian built-in time format (32) as a date and time', (s) => `<c r="C3" s="${s.add(32)}"><v>44317.75</v></c>`, { date: '2021-05-01T18:00:00' }],
    ['a number with LibreOffice\'s upper-case DD/YY as a date', (s) => `<c r="C3" s="${s.add(164, 'DD/YY')}"><v>44317</v></c>`, { date: '2021-05-01' }],
    ['a number whose format shows escaped date letters (0\\ \\m²) as the number', (s) => `<c r="C3" s="${s.add(165, '0\\ \\m²')}"><v>12</v></c>`, 12],
    ['<v>12abc</v> as the text 12abc, not 12', () => '<c r="C3" s="1"><v>12abc</v></c>', '12abc'],
    ['<v>NaN</v> as the text NaN, not an empty cell', () => '<c r="C3"><v>NaN</v></c>', 'NaN'],
    ['an openpyxl formula without a value as the formula', () => '<c r="C3"><f>C2*2</f><v/></c>', { formula: '=C2*2' }],
    ['a formula that gave "" (t="str", empty value, as Excel saves it) as an empty cell', () => '<c r="C3" t="str"><f>IF(C2&gt;0,"","x")</f><v></v></c>', null],
    ['a formula with its value as the value', () => '<c r="C3"><f>C2*2</f><v>200</v></c>', 200],
  ])('%s', async (_, cell, expected) => {
    const rows = await volumes((xml, styles) => withCell(xml, 'C3', cell(styles)));
    expect(rows[1]![2]).toEqual(expected);
    // Its neighbours as they were.
    expect(rows[0]![2]).toBe(100);
    expect(rows[2]![2]).toBe(40);
  });

  it('a shared formula without values as each cell\'s own formula', async () => {
    const rows = await volumes((xml) =>
      withCell(withCell(xml, 'C3', '<c r="C3"><f t="shared" ref="C3:C4" si="0">C2*2</f><v/></c>'), 'C4', '<c r="C4"><f t="shared" si="0"/><v/></c>'));
    expect(rows.map((r) => r[2])).toEqual([100, { formula: '=C2*2' }, { formula: '=C3*2' }, 7, 3]);
  });

  it('the cells a merged range covers as { merged }, its first cell as its value', async () => {
    const rows = await volumes((xml) => withMerge(xml, 'A5:B6'));
    // Data rows 4 and 5 are sheet rows 5 and 6: A5 keeps A, B5, A6 and B6 are covered.
    expect(rows.slice(3)).toEqual([
      ['A', { merged: 'A5:B6' }, 7],
      [{ merged: 'A5:B6' }, { merged: 'A5:B6' }, 3],
    ]);
  });

  it('a merged header cell as the column name the table part gives', async () => {
    const workbook = await openXlsx(await patched('Volymer', (xml) => withMerge(xml, 'A1:B1')));
    const table = (await workbook.readTables()).find((t) => t.name === 'Volymer')!;
    expect(table.headers).toEqual(['Kund', 'Tjänst', 'Volym']);
  });
});

describe('quoteEscapes', () => {
  it.each([
    ['0\\ \\m²', '0" m"²'],
    ['#,##0\\ \\s\\t', '#,##0" st"'],
    ['#,##0\\ "kr"', '#,##0" ""kr"'],
    ['yyyy\\-mm\\-dd', 'yyyy"-"mm"-"dd'],
    ['0.00', '0.00'],
    ['"a\\b"0', '"a\\b"0'],
  ])('writes %s as %s', (code, expected) => {
    expect(quoteEscapes(code)).toBe(expected);
  });
});
