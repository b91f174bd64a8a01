import { OffGridError, SheetGridScanner, type GridViolation } from '../../../src/workbook/xlsx/sheet-grid';

const HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Feeds the text in pieces of `size` characters; the violation, or null when the sheet stays on the grid. */
function scan(xml: string, size = 7): GridViolation | null {
  const scanner = new SheetGridScanner();
  try {
    for (let at = 0; at < xml.length; at += size) scanner.push(xml.slice(at, at + size));
  } catch (error) {
    if (error instanceof OffGridError) return error.violation;
    throw error;
  }
  return null;
}

describe('SheetGridScanner', () => {
  it.each([1, 3, 7, 64, 100_000])('finds a row past 1 048 576 however the text is cut (%i bytes at a time)', (size) => {
    const xml = `${HEAD}<sheetData><row r="1048576" spans="1:2"><c r="A1048576"><v>1</v></c></row><row r="1048577"><c r="A1048577"/></row></sheetData></worksheet>`;
    expect(scan(xml, size)).toEqual({ kind: 'row', row: 1_048_577 });
  });

  it('counts rows without r as the row after the one before', () => {
    const rows = (n: number) => '<row><c><v>1</v></c></row>'.repeat(n);
    expect(scan(`${HEAD}<sheetData><row r="1048570"/>${rows(6)}</sheetData></worksheet>`, 50)).toBeNull();
    expect(scan(`${HEAD}<sheetData><row r="1048570"/>${rows(7)}</sheetData></worksheet>`, 50)).toEqual({ kind: 'row', row: 1_048_577 });
  });

  it('reads rows of a part that spells its elements with a prefix', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2000000"/></x:sheetData></x:worksheet>';
    expect(scan(xml)).toEqual({ kind: 'row', row: 2_000_000 });
  });

  it.each([
    ['XFD1', null],
    ['XFE1', { kind: 'cell', cell: 'XFE1' }],
    ['AAAA1', { kind: 'cell', cell: 'AAAA1' }],
    ['$ZZZ$3', { kind: 'cell', cell: '$ZZZ$3' }],
    ['B1048576', null],
    ['B1048577', { kind: 'cell', cell: 'B1048577' }],
  ])('a cell at %s', (address, violation) => {
    expect(scan(`${HEAD}<sheetData><row r="1"><c r="${address}" t="n"><v>1</v></c></row></sheetData></worksheet>`)).toEqual(violation);
  });

  it('takes no attribute ending in r for an address, nor <col>, <rowBreaks> or end tags', () => {
    const xml =
      `${HEAD}<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9"/></cols><sheetData>` +
      '<row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="A1"><cfRule type="cellIs" operator="greaterThanOrEqual" priority="1"><formula>9999999</formula></cfRule></conditionalFormatting>' +
      '<rowBreaks count="1" manualBreakCount="1"><brk id="2000000" max="16383" man="1"/></rowBreaks></worksheet>';
    expect(scan(xml, 5)).toBeNull();
  });

  it('refuses a dimension past the grid before any row', () => {
    expect(scan(`${HEAD}<dimension ref="A1:C6000000"/><sheetData></sheetData></worksheet>`)).toEqual({ kind: 'dimension', ref: 'A1:C6000000' });
  });

  it('gives up on a start tag longer than 1 MiB', () => {
    expect(scan(`${HEAD}<sheetData><row r="1" x="${'y'.repeat(2 << 20)}"/></sheetData></worksheet>`, 65_536)).toEqual({ kind: 'tag' });
  });
});
