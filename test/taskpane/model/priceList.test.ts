import { runModel } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { PRICE_LIST_COLUMNS } from '../../../src/engine/report/priceList';
import { exampleTables } from '../../../src/example';
import { priceListLines, shownPriceLines } from '../../../src/taskpane/model/priceList';

/** A Prislista with the given rows, each given by the columns it sets. */
function priceList(rows: Record<string, string | number | null>[]): OutputTable {
  const columns = PRICE_LIST_COLUMNS.map(([header, format]) => ({ header, format }));
  return { name: 'Prislista', columns, rows: rows.map((r) => columns.map((c) => r[c.header] ?? null)) };
}

const table = priceList([
  { Verksamhetsområde: 'Ekonomi', Tjänst: 'Kundreskontra', Prismodell: 'Styck', Enhet: 'faktura', Pris: 15.03, Självkostnad: 1_200_000, Intäkt: 1_190_000, Förändring: 0.021 },
  { Verksamhetsområde: 'Ekonomi', Tjänst: 'Årsbokslut', Prismodell: 'Fast', Nyckel: 'Anställda', 'Pris per nyckelenhet': 412.5, Självkostnad: 3_300_000, Intäkt: 3_300_000 },
  { Verksamhetsområde: 'Lön', Tjänst: 'Ändring lön', Prismodell: 'Tim', Enhet: 'timme', Pris: 780, Självkostnad: 650_000, Intäkt: 660_000, Förändring: -0.05, 'Över pristak': 'Nej' },
  { Verksamhetsområde: 'Lön', Tjänst: 'Lönekörning', Prismodell: 'Styck', Enhet: 'lönespec', Pris: 41, Självkostnad: 9_000_000, Intäkt: 9_000_000, Förändring: 0.09, 'Över pristak': 'Ja' },
]);

const lines4 = () => priceListLines([table]);

describe('the price list on screen', () => {
  it('gives every service its amounts, a keyed one its price per key unit, and its row on the sheet', () => {
    const lines = priceListLines([table]);
    expect(lines.map((l) => l.service)).toEqual(['Kundreskontra', 'Årsbokslut', 'Ändring lön', 'Lönekörning']);
    expect(lines[1]).toMatchObject({ model: 'Fast', key: 'Anställda', price: null, perKeyUnit: 412.5, selfCost: 3_300_000, revenue: 3_300_000 });
    // Twenty-three columns, A to W; the header is row 1.
    expect(lines.map((l) => l.address)).toEqual(["'Prislista'!A2:W2", "'Prislista'!A3:W3", "'Prislista'!A4:W4", "'Prislista'!A5:W5"]);
    expect(lines.map((l) => l.overCap)).toEqual([false, false, false, true]);
  });

  it('carries the price the cap held, the agreed sum and what is left to finance', () => {
    const decided = priceList([
      { Tjänst: 'Kundreskontra', Prismodell: 'Styck', Pris: 20.7, 'Pris före tak': 21.37, Självkostnad: 17_599_550, Intäkt: 17_183_295, 'Att finansiera': 416_255 },
      { Tjänst: 'Central upphandling', Prismodell: 'Direkt', Självkostnad: 22_999_591, Intäkt: 23_000_000, 'Avtalat belopp': 23_000_000 },
    ]);
    expect(priceListLines([decided]).map((l) => [l.service, l.price, l.uncappedPrice, l.agreedAmount, l.toFinance])).toEqual([
      ['Kundreskontra', 20.7, 21.37, null, 416_255],
      ['Central upphandling', null, null, 23_000_000, null],
    ]);
    expect(lines4().every((l) => l.uncappedPrice === null && l.agreedAmount === null && l.toFinance === null)).toBe(true);
  });

  it('filters on every word in service, area and model, case and accents aside', () => {
    const lines = priceListLines([table]);
    const names = (text: string) => shownPriceLines(lines, text, 'order', 'ascending').map((l) => l.service);
    expect(names('lon')).toEqual(['Ändring lön', 'Lönekörning']);
    expect(names('ekonomi fast')).toEqual(['Årsbokslut']);
    expect(names('andring')).toEqual(['Ändring lön']);
    expect(names('')).toHaveLength(4);
    expect(names('ingen sådan')).toEqual([]);
  });

  it('sorts by name the Swedish way, by self-cost, by change (unknown changes last) and back to Tjänster order', () => {
    const lines = priceListLines([table]);
    const names = (sort: Parameters<typeof shownPriceLines>[2], direction: 'ascending' | 'descending') =>
      shownPriceLines(lines, '', sort, direction).map((l) => l.service);
    expect(names('service', 'ascending')).toEqual(['Kundreskontra', 'Lönekörning', 'Årsbokslut', 'Ändring lön']);
    expect(names('selfCost', 'descending')).toEqual(['Lönekörning', 'Årsbokslut', 'Kundreskontra', 'Ändring lön']);
    expect(names('change', 'ascending')).toEqual(['Ändring lön', 'Kundreskontra', 'Lönekörning', 'Årsbokslut']);
    expect(names('change', 'descending')).toEqual(['Lönekörning', 'Kundreskontra', 'Ändring lön', 'Årsbokslut']);
    expect(names('order', 'descending')).toEqual(['Lönekörning', 'Ändring lön', 'Årsbokslut', 'Kundreskontra']);
  });

  it('on the example: a line per Tjänster row, and the self-costs add up to Avstämning’s total', () => {
    const result = runModel(exampleTables());
    const lines = priceListLines(result.outputs);
    const services = exampleTables().find((t) => t.name === 'Tjänster')!;
    expect(lines).toHaveLength(services.rows.length);
    const reconciliation = result.outputs.find((o) => o.name === 'Avstämning')!;
    const at = (h: string) => reconciliation.columns.findIndex((c) => c.header === h);
    const totalRow = reconciliation.rows.find((r) => r[at('Nivå')] === 'Totalt')!;
    expect(lines.reduce((sum, l) => sum + l.selfCost, 0)).toBe(totalRow[at('Kostnad')]);
    expect(lines.filter((l) => l.model === 'Fast').every((l) => l.key !== null && l.perKeyUnit !== null && l.price === null)).toBe(true);
  });
});
