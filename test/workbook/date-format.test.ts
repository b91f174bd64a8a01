import { isDateFormat, serialToIso } from '../../src/workbook/date-format';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'YYYY-MM-DD', 'DD/YY', 'd mmmm yyyy', '[$-41D]d mmm yyyy', 'h:mm', '[h]:mm:ss', 'mm:ss.0', 'yyyy"年"m"月"d"日"'])('sees a date in %s', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each(['General', '0', '#,##0.00', '0.00%', '0.00E+00', '#,##0 "kr"', '0\\ \\s\\t', '[Red]#,##0;[Blue]-#,##0', '@', '# ?/?', '_-* #,##0_-'])('sees no date in %s', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('serialToIso', () => {
  it.each<[number, boolean, string | null]>([
    [44317, false, '2021-05-01'],
    [44317.5, false, '2021-05-01T12:00:00'],
    [61, false, '1900-03-01'],
    [0, true, '1904-01-01'],
    [2_958_465, false, '9999-12-31'],
    [2_958_466, false, null],
    [-1, false, null],
  ])('%d (1904: %s) is %s', (serial, date1904, expected) => {
    expect(serialToIso(serial, date1904)).toBe(expected);
  });
});
