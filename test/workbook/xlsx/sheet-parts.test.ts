import { isoToSerial } from '../../../src/workbook/xlsx/serial-date';
import { collapseDataValidations, isoDateCellsToSerials } from '../../../src/workbook/xlsx/sheet-parts';

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

describe('isoDateCellsToSerials', () => {
  it('turns ISO date cells into numbers, keeping style and formula', () => {
    const xml =
      '<row r="2"><c r="A2" s="3" t="d"><v>2024-01-31</v></c><c r="B2" t="d"><f>TODAY()</f><v>2024-02-29T13:30:00</v></c>' +
      '<c r="C2" t="d"/><c r="D2" t="d"><v>inte ett datum</v></c><c r="E2" t="s"><v>0</v></c></row>';
    expect(isoDateCellsToSerials(xml, false)).toBe(
      '<row r="2"><c r="A2" s="3"><v>45322</v></c><c r="B2"><f>TODAY()</f><v>45351.5625</v></c>' +
        '<c r="C2"/><c r="D2" t="str"><v>inte ett datum</v></c><c r="E2" t="s"><v>0</v></c></row>',
    );
  });
});

describe('collapseDataValidations', () => {
  it('shrinks each validation to its first cell and remembers its ranges', () => {
    const xml =
      '<dataValidations count="2"><dataValidation type="list" sqref="$C$2:$C$1048576 E2:E9"><formula1>"a,b"</formula1></dataValidation>' +
      '<dataValidation type="whole" sqref="G:G"><formula1>0</formula1></dataValidation></dataValidations>';
    const { xml: collapsed, ranges } = collapseDataValidations(xml);
    expect(collapsed).toContain('<dataValidation type="list" sqref="C2">');
    expect(collapsed).toContain('<dataValidation type="whole" sqref="G1">');
    expect([...ranges]).toEqual([
      ['C2', ['C2:C1048576', 'E2:E9']],
      ['G1', ['G1:G1048576']],
    ]);
  });
});
