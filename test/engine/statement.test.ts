import type { Calculation } from '../../src/engine/calc/calculate';
import { closeNames, customerStatement, statementSheetNames, UnknownCustomerError } from '../../src/engine/statement';
import { exampleTables } from '../../src/example';
import { miniWorkbook, output, run } from './helpers';

// Kundbesked for Södermalm stadsdelsförvaltning in the example workbook, against figures worked
// out by hand from the example's input rows (src/example): Volymer, Avvikelser, Avvikelsetyper,
// Tjänster' Fjolårspris and the setting Timkostnad 600 kr/h. Prices come from Prislista.
const SODERMALM = 'Södermalm stadsdelsförvaltning';

/** The example without its Fjolårsbelopp: the comparison by Fjolårspris × Fjolårsvolym alone. */
const withoutInvoiced = () => exampleTables().filter((t) => t.name !== 'Fjolårsbelopp');

describe('Kundbesked on the example workbook', () => {
  const result = run(withoutInvoiced());
  const calc = result.calculation as Calculation;
  const s = customerStatement(calc, 'södermalm STADSDELSFÖRVALTNING ');
  const line = (service: string) => s.lines.find((l) => l.service === service);
  const price = (service: string) => output(result, 'Prislista').find((r) => r['Tjänst'] === service)?.['Pris'];

  it('names the customer as Nycklar spells it, the period from Budgetår, and the total from Kundsammanställning', () => {
    expect([s.customer, s.customerType, s.title, s.period]).toEqual([SODERMALM, 'Stadsdelsförvaltning', 'Kundbesked 2021', 'Budgetår 2021 (1 januari–31 december 2021)']);
    const summary = output(result, 'Kundsammanställning').find((r) => r['Kund'] === SODERMALM)!;
    expect(s.total).toBe(summary['Totalt']);
    expect(s.areas.reduce((a, x) => a + x.amount, 0)).toBe(s.total);
    expect(s.lines.reduce((a, x) => a + x.amount, 0)).toBe(s.total);
    expect(s.lines).toHaveLength(output(result, 'Fördelning').filter((r) => r['Kund'] === SODERMALM).length);
    expect(s.texts.summary).toBe(`Ni betalar ${fmt(s.total)}\u00a0kr för budgetåret 2021 för ${s.lines.length} tjänster.`);
  });

  it('Leverantörsreskontra: 89 300 invoices × Pris + 535 cancellations × 15 min × 600 kr/h = 150 kr each', () => {
    expect(price('Leverantörsreskontra')).toBe(15.03);
    expect(line('Leverantörsreskontra')).toEqual({
      area: 'Ekonomi',
      service: 'Leverantörsreskontra',
      kind: 'Bastjänst',
      model: 'Styck',
      basis: 'Volym (faktura)',
      quantity: 89_300,
      unit: 'faktura',
      price: 15.03,
      share: null,
      amount: 1_342_179 + 80_250, // 89 300 × 15,03 = 1 342 179
      surcharge: 80_250, // 535 × 150
      agreed: false,
      uncappedPrice: null,
      uncappedKeyed: null,
    });
  });

  it('Kassa och bank: Omsättning 3 900 000 000 of the administrations’ total (Kundtyper: districts, departments, SLK)', () => {
    const nycklar = exampleTables().find((t) => t.name === 'Nycklar')!;
    const col = (h: string) => nycklar.headers.indexOf(h);
    const total = nycklar.rows
      .filter((r) => ['Stadsdelsförvaltning', 'Fackförvaltning', 'SLK'].includes(String(r[col('Kundtyp')])))
      .reduce((a, r) => a + Number(r[col('Omsättning')]), 0);
    const l = line('Kassa och bank')!;
    expect([l.basis, l.quantity, l.unit, l.price]).toEqual(['Nyckel: Omsättning', 3_900_000_000, null, null]);
    expect(l.share).toBeCloseTo(3_900_000_000 / total, 15);
  });

  it('lists each deviation type with its count, its standard cost per event and what it costs a year', () => {
    expect(s.deviations.map((d) => [d.service, d.type, d.count, d.unitCost, d.amount])).toEqual([
      ['Leverantörsreskontra', 'Makulering av faktura', 535, 150, 80_250], // 15 min × 600 kr/h
      ['Kundreskontra', 'Påminnelse', 10_027, 25, 250_675],
      ['Kundreskontra', 'Kronofogdeärende', 587, 450, 264_150], // 45 min
      ['Tilläggshantering lön', 'Sen inrapportering', 486, 300, 145_800], // 30 min
      ['Tilläggshantering lön', 'Akut löneutbetalning', 115, 1200, 138_000],
      ['Tilläggshantering lön', 'Rättning av registrerade uppgifter', 150, 250, 37_500], // 25 min
    ]);
    expect(s.surchargeTotal).toBe(916_375);
    expect(s.texts.deviations).toBe('Er extra hantering kostar er 916\u00a0375\u00a0kr per år (11\u00a0900 avvikelser).');
    const pivot = output(result, 'Avvikelsepivot').find((r) => r['Kund'] === SODERMALM)!;
    expect(pivot['Totalt']).toBe(916_375);
  });

  it('compares with last year: Fjolårspris × Fjolårsvolym against this year’s Belopp; Blandad by its price only', () => {
    const c = (service: string) => s.comparison.lines.find((l) => l.service === service)!;
    // 16,10 × 95 100 = 1 531 110; this year 1 422 429: −108 681.
    expect(c('Leverantörsreskontra')).toMatchObject({ lastPrice: 16.1, lastVolume: 95_100, lastAmount: 1_531_110, amount: 1_422_429, change: -108_681 });
    expect(c('Leverantörsreskontra').changeShare).toBeCloseTo(-108_681 / 1_531_110, 15);
    // Lön bastjänst: 53,50 × 39 696 = 2 123 736 last year; 53,50 × 39 000 = 2 086 500 now.
    expect(c('Lön bastjänst')).toMatchObject({ lastAmount: 2_123_736, amount: 2_086_500, change: -37_236 });
    // Äldre direkt is Blandad: last year's fixed part is not in the workbook, so only 72,69 against 71,50.
    expect(price('Äldre direkt')).toBe(72.69);
    expect(c('Äldre direkt')).toMatchObject({ lastPrice: 71.5, price: 72.69, lastAmount: null, amount: null, change: null });
    expect(c('Äldre direkt').priceChange).toBeCloseTo(72.69 / 71.5 - 1, 12);
    // Kassa och bank has no Fjolårspris: not compared at all.
    expect(s.comparison.lines.some((l) => l.service === 'Kassa och bank')).toBe(false);
    const compared = s.comparison.lines.filter((l) => l.lastAmount !== null);
    expect(s.comparison.compared).toBe(compared.length);
    expect(s.comparison.lastAmount).toBe(compared.reduce((a, l) => a + l.lastAmount!, 0));
    expect(s.comparison.amount).toBe(compared.reduce((a, l) => a + l.amount!, 0));
    expect(s.comparison.change).toBe(s.comparison.amount - s.comparison.lastAmount);
    expect(s.texts.comparison).toMatch(/^Jämfört med i fjol betalar ni [\d\u00a0]+\u00a0kr (mer|mindre) \([+−][\d,]+\u00a0%\) för de \d+ tjänster vars belopp går att jämföra: /);
  });

  it('explains the models the customer pays under, in Swedish', () => {
    expect(s.texts.method.join(' ')).toMatch(/fast avgift.*styck- eller timpris.*standardkostnaden per händelse.*fjolårspriset gånger er fjolårsvolym/is);
  });

  it('compares with what Södermalm was invoiced last year when the workbook has Fjolårsbelopp', () => {
    const invoiced = customerStatement(run(exampleTables()).calculation as Calculation, SODERMALM);
    const c = (service: string) => invoiced.comparison.lines.find((l) => l.service === service)!;
    // Kundreskontra: 20,40 × 57 300 = 1 168 920 and 480 000 in deviation charges were invoiced,
    // 1 648 920 in all (src/example/lastYearAmounts.ts); this year 1 711 545: +62 625, +3,8 %,
    // not the +46 % that price × volume alone shows (above).
    expect(c('Kundreskontra')).toMatchObject({ invoiced: true, lastAmount: 1_648_920, amount: 1_711_545, change: 62_625 });
    expect(c('Kundreskontra').changeShare).toBeCloseTo(62_625 / 1_648_920, 15);
    // Tilläggshantering lön: 350 × 1 630 = 570 500 plus 300 000 deviations; 889 204 now: +2,1 %.
    expect(c('Tilläggshantering lön')).toMatchObject({ lastAmount: 870_500, change: 18_704 });
    // A keyed service is compared too: Kassa och bank 283 000 -> 291 379.
    expect(c('Kassa och bank')).toMatchObject({ invoiced: true, lastPrice: null, lastAmount: 283_000, amount: 291_379 });
    expect(invoiced.comparison.compared).toBe(invoiced.comparison.lines.length);
    expect(invoiced.texts.method.join(' ')).toMatch(/I fjol är det ni fakturerades för tjänsten, avgifter för avvikelser inräknade/);
  });

  it('a customer without deviations or last year’s figures gets the sentences for that', () => {
    const mini = customerStatement(run(miniWorkbook()).calculation!, 'C');
    expect(mini.total).toBe(655); // mini.test.ts: Kassa 135 + Lev 520
    expect([mini.title, mini.period, mini.texts.summary]).toEqual(['Kundbesked', 'Budgetåret', 'Ni betalar 655\u00a0kr för budgetåret för 2 tjänster.']);
    expect(mini.texts.deviations).toBe('Ni har ingen extra hantering (avvikelser) som debiteras.');
    expect(mini.texts.comparison).toBe('Det finns inga fjolårspriser för era tjänster att jämföra med.');
  });

  it('an unknown customer throws UnknownCustomerError naming the closest names', () => {
    expect(() => customerStatement(calc, 'Sodermalm')).toThrow(UnknownCustomerError);
    try {
      customerStatement(calc, 'Södermalm');
    } catch (e) {
      expect((e as UnknownCustomerError).closeNames[0]).toBe(SODERMALM);
    }
  });
});

describe('finding customers and naming their sheets', () => {
  const names = exampleTables().find((t) => t.name === 'Nycklar')!.rows.map((r) => String(r[0]));

  it('close names: containing the text, sharing a word start, or a few typing mistakes away; accents do not matter', () => {
    expect(closeNames('Södermalm', names)).toEqual([SODERMALM]);
    expect(closeNames('sodermalm stadsdelsforvaltning', names)[0]).toBe(SODERMALM);
    expect(closeNames('Utbildningsförvaltning', names)[0]).toBe('Utbildningsförvaltningen');
    expect(closeNames('Trafikkontort', names)).toEqual(['Trafikkontoret']);
    expect(closeNames('Xyzzy', names)).toEqual([]);
  });

  it('sheet names: "Kundbesked <kund>" within 31 characters, unique, shortened readably', () => {
    const sheets = statementSheetNames(names);
    const all = [...sheets.values()];
    expect(all.every((n) => n.length <= 31 && n.startsWith('Kundbesked '))).toBe(true);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(sheets.get(SODERMALM)).toBe('Kundbesked Södermalm sdf');
    expect(sheets.get('Enskede-Årsta-Vantör stadsdelsförvaltning')).toBe('Kundbesked Enskede-Årsta-Vantör');
    expect(sheets.get('Arbetsmarknadsförvaltningen')).toBe('Kundbesked Arbetsmarknadsförv.');
    expect(sheets.get('Stadsledningskontoret')).toBe('Kundbesked Stadsledningskontor…'); // 32 characters in full
  });

  it('sheet names: forbidden characters replaced, over-long names cut, clashes numbered', () => {
    const sheets = statementSheetNames(['A/B: [test]', 'Ett mycket långt bolagsnamn som inte får plats', 'Ett mycket långt bolagsnamn som inte heller får plats', 'x', 'X']);
    expect(sheets.get('A/B: [test]')).toBe('Kundbesked A-B- -test-');
    expect(sheets.get('Ett mycket långt bolagsnamn som inte får plats')).toBe('Kundbesked Ett mycket långt bo…');
    expect(sheets.get('Ett mycket långt bolagsnamn som inte heller får plats')).toBe('Kundbesked Ett mycket lång… (2)');
    expect([sheets.get('x'), sheets.get('X')]).toEqual(['Kundbesked x', 'Kundbesked X (2)']);
  });
});

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
