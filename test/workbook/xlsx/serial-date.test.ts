import { isoToSerial } from '../../../src/workbook/xlsx/serial-date';

describe('isoToSerial', () => {
  it.each([
    ['1900-03-01', false, 61],
    ['2024-01-31', false, 45322],
    ['2024-02-29T13:30:00', false, 45351.5625],
    ['2024-02-29T13:30:00Z', false, 45351.5625],
    ['2024-01-31', true, 45322 - 1462],
    ['31/1/2024', false, null],
  ])('%s (1904: %s) is serial %s', (iso, date1904, serial) => {
    expect(isoToSerial(iso as string, date1904 as boolean)).toBe(serial);
  });
});
