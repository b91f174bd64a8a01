import { fromExcel, toExcel } from '../../../src/workbook/office/cell-values';

describe('fromExcel with the cell\'s number format', () => {
  it.each<[string, unknown, string, unknown, unknown]>([
    // 44317 days after 1899-12-30 is 2021-05-01; .75 of a day is 18:00.
    ['a date', 44317, 'Double', 'yyyy-mm-dd', { date: '2021-05-01' }],
    ['a date as US Excel reports format 14', 44317, 'Double', 'm/d/yyyy', { date: '2021-05-01' }],
    ['a date and time', 44317.75, 'Double', 'yyyy-mm-dd hh:mm', { date: '2021-05-01T18:00:00' }],
    ['a number in General', 44317, 'Double', 'General', 44317],
    ['a number in kronor', 44317, 'Double', '#,##0 "kr"', 44317],
    ['a number with escaped letters', 12, 'Double', '0\\ \\m²', 12],
    ['text in a date format', '2021-05-01', 'String', 'yyyy-mm-dd', '2021-05-01'],
    ['an error in a date format', '#N/A', 'Error', 'yyyy-mm-dd', { error: '#N/A' }],
  ])('reads %s', (_, value, type, format, expected) => {
    expect(fromExcel(value, type, format)).toEqual(expected);
  });
});

describe('toExcel', () => {
  it('writes a date as its ISO text (Excel parses it as a date), a formula as its text, and refuses a covered merged cell', () => {
    expect(toExcel({ date: '2021-05-01' })).toBe('2021-05-01');
    expect(toExcel({ formula: '=B2*2' })).toBe('=B2*2');
    expect(() => toExcel({ merged: 'A5:A6' })).toThrow('A5:A6');
  });
});
