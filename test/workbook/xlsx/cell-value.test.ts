import type ExcelJS from 'exceljs';
import { toCellValue } from '../../../src/workbook/xlsx/cell-value';

describe('toCellValue', () => {
  it.each<[string, ExcelJS.CellValue | undefined, unknown]>([
    ['a number', 1234.5, 1234.5],
    ['text', 'Lön', 'Lön'],
    ['empty text', '', null],
    ['an empty cell', null, null],
    ['a missing cell', undefined, null],
    ['a boolean', false, false],
    ['a date', new Date(Date.UTC(2024, 0, 31)), '2024-01-31'],
    ['a date and time', new Date(Date.UTC(2024, 1, 29, 13, 30)), '2024-02-29T13:30:00'],
    ['an error', { error: '#DIV/0!' }, { error: '#DIV/0!' }],
    ['rich text', { richText: [{ text: 'Fak', font: { bold: true } }, { text: 'tura' }] }, 'Faktura'],
    ['a hyperlink', { text: 'Lön', hyperlink: 'https://example.com' }, 'Lön'],
    ['a hyperlink with rich text', { text: { richText: [{ text: 'A' }, { text: 'B' }] }, hyperlink: 'x' } as unknown as ExcelJS.CellValue, 'AB'],
    ['a formula with a number result', { formula: 'A1*2', result: 24 }, 24],
    ['a formula with an error result', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['a formula with a text result', { formula: 'A1&""', result: 'x' }, 'x'],
    ['a formula without a cached result', { formula: 'A1*2' } as ExcelJS.CellValue, null],
    ['a shared formula', { sharedFormula: 'C2', result: 7 } as ExcelJS.CellValue, 7],
    ['a formula with a date result', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 1)) } as ExcelJS.CellValue, '2025-06-01'],
  ])('reads %s', (_, value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });
});
