import { unprefixElements } from '../../../src/workbook/xlsx/namespace-prefixes';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('unprefixElements', () => {
  it('makes a prefixed main namespace the default', () => {
    const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="rel"><x:sheetData><x:row r="1"/></x:sheetData><x:tableParts><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>`;
    expect(unprefixElements(xml)).toBe(
      `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}" xmlns:r="rel"><sheetData><row r="1"/></sheetData><tableParts><tablePart r:id="rId1"/></tableParts></worksheet>`,
    );
  });

  it.each([
    ['an unprefixed part', `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
    ['a prefix for another namespace', '<xdr:wsDr xmlns:xdr="drawing"><xdr:pic/></xdr:wsDr>'],
    ['a prefixed root beside a default namespace', `<x:worksheet xmlns:x="${MAIN}" xmlns="other"><a/></x:worksheet>`],
  ])('leaves %s alone', (_, xml) => {
    expect(unprefixElements(xml)).toBe(xml);
  });
});
