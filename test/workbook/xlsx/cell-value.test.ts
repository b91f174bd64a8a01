import type ExcelJS from 'exceljs';
import { toCellValue, toExcelValue, type CellFacts } from '../../../src/workbook/xlsx/cell-value';

describe('toCellValue', () => {
  it.each<[string, ExcelJS.CellValue | undefined, unknown]>([
    ['a number', 1234.5, 1234.5],
    ['text', 'Lön', 'Lön'],
    ['empty text', '', null],
    ['an empty cell', null, null],
    ['a missing cell', undefined, null],
    ['a boolean', false, false],
    ['a date', new Date(Date.UTC(2024, 0, 31)), { date: '2024-01-31' }],
    ['a date and time', new Date(Date.UTC(2024, 1, 29, 13, 30)), { date: '2024-02-29T13:30:00' }],
    ['an error', { error: '#DIV/0!' }, { error: '#DIV/0!' }],
    ['rich text', { richText: [{ text: 'Fak', font: { bold: true } }, { text: 'tura' }] }, 'Faktura'],
    ['a hyperlink', { text: 'Lön', hyperlink: 'https://example.com' }, 'Lön'],
    ['a hyperlink with rich text', { text: { richText: [{ text: 'A' }, { text: 'B' }] }, hyperlink: 'x' } as unknown as ExcelJS.CellValue, 'AB'],
    ['a formula with a number result', { formula: 'A1*2', result: 24 }, 24],
    ['a formula with an error result', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['a formula with a text result', { formula: 'A1&""', result: 'x' }, 'x'],
    ['a formula without a cached result whose package value was empty text', { formula: 'A1*2' } as ExcelJS.CellValue, null],
    ['a shared formula', { sharedFormula: 'C2', result: 7 } as ExcelJS.CellValue, 7],
    ['a formula with a date result', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 1)) } as ExcelJS.CellValue, { date: '2025-06-01' }],
  ])('reads %s', (_, value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });
});

describe('toCellValue with what the reader knows of the cell', () => {
  it.each<[string, ExcelJS.CellValue, CellFacts, unknown]>([
    // 44317 days after 1899-12-30 is 2021-05-01 (2021-01-01 is 44197; + 120 days of Jan–Apr).
    ['a number with a date format exceljs misses', 44317, { numFmt: 'DD/YY' }, { date: '2021-05-01' }],
    ['a number with half a day', 44317.5, { numFmt: 'yyyy-mm-dd hh:mm' }, { date: '2021-05-01T12:00:00' }],
    ['a number in the 1904 date system', 0, { numFmt: 'yyyy-mm-dd', date1904: true }, { date: '1904-01-01' }],
    ['a number with a number format', 44317, { numFmt: '#,##0\\ "kr"' }, 44317],
    ['a number in General', 44317, {}, 44317],
    ['a Date exceljs made from a format that shows none (st escaped)', new Date(Date.UTC(2021, 4, 1)), { numFmt: '0\\ \\s\\t' }, 44317],
    ['an uncomputed formula', { formula: 'B2*2' } as ExcelJS.CellValue, { uncomputed: true }, { formula: '=B2*2' }],
    ['an uncomputed shared formula, translated to its cell', { sharedFormula: 'C2' } as ExcelJS.CellValue, { uncomputed: true, formula: 'B3*2' }, { formula: '=B3*2' }],
    ['a formula with a result, even if listed as uncomputed', { formula: 'B2*2', result: 4 } as ExcelJS.CellValue, { uncomputed: true }, 4],
  ])('reads %s', (_, value, facts, expected) => {
    expect(toCellValue(value, facts)).toEqual(expected);
  });
});

describe('toExcelValue', () => {
  it('writes a date as a Date, a formula without its =, and refuses a covered merged cell', () => {
    expect(toExcelValue({ date: '2021-05-01' })).toEqual(new Date(Date.UTC(2021, 4, 1)));
    expect(toExcelValue({ date: '2021-05-01T12:30:00' })).toEqual(new Date(Date.UTC(2021, 4, 1, 12, 30)));
    expect(toExcelValue({ formula: '=B2*2' })).toEqual({ formula: 'B2*2' });
    expect(() => toExcelValue({ merged: 'A5:A6' })).toThrow('A5:A6');
  });
});
