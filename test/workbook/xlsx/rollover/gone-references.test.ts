import { refersToSheets, withoutGoneReferences } from '../../../../src/workbook/xlsx/rollover/gone-references';

const sheet = (cells: string) => `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

describe('formulas that point at the sheets left out', () => {
  it('knows a sheet in a formula, quoted or not, whatever the case, and not a longer name', () => {
    expect(refersToSheets('Prislista!A1*2', ['Prislista'])).toBe(true);
    expect(refersToSheets('SUM(prislista!A1:A3)', ['Prislista'])).toBe(true);
    expect(refersToSheets("'Fördelning'!B2", ['Fördelning'])).toBe(true);
    expect(refersToSheets("'Kundbesked O''Brien'!A1", ["Kundbesked O'Brien"])).toBe(true);
    expect(refersToSheets('MinPrislista!A1', ['Prislista'])).toBe(false);
    expect(refersToSheets('Prislista2!A1', ['Prislista'])).toBe(false);
    expect(refersToSheets('Tjänster!A1', ['Prislista'])).toBe(false);
  });

  it('keeps the last value: a number as it is, text as text, a shared formula’s every cell', () => {
    const xml = sheet(
      '<c r="A1" s="2"><f>Prislista!C2*2</f><v>30</v></c>' +
        '<c r="B1" t="str"><f>Prislista!A2&amp;"!"</f><v>Lev &amp; co!</v></c>' +
        '<c r="C1"><f t="shared" ref="C1:D1" si="0">Prislista!C2</f><v>1</v></c>' +
        '<c r="D1"><f t="shared" si="0"/><v>2</v></c>' +
        '<c r="E1"><f>Tjänster!A2</f><v>5</v></c>',
    );
    const { xml: out, cells } = withoutGoneReferences(xml, ['Prislista'], 'Anteckningar');
    expect(cells).toEqual(['Anteckningar!A1', 'Anteckningar!B1', 'Anteckningar!C1', 'Anteckningar!D1']);
    expect(out).toBe(
      sheet(
        '<c r="A1" s="2"><v>30</v></c>' +
          '<c r="B1" t="inlineStr"><is><t xml:space="preserve">Lev &amp; co!</t></is></c>' +
          '<c r="C1"><v>1</v></c>' +
          '<c r="D1"><v>2</v></c>' +
          '<c r="E1"><f>Tjänster!A2</f><v>5</v></c>',
      ),
    );
  });

  it('leaves a sheet without such formulas as it was', () => {
    const xml = sheet('<c r="A1"><f>Tjänster!A2</f><v>5</v></c>');
    expect(withoutGoneReferences(xml, ['Prislista'], 'X')).toEqual({ xml, cells: [] });
  });
});
