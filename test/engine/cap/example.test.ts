import { Dec } from '../../../src/engine/decimal';
import type { RawTable } from '../../../src/engine/cells';
import { exampleTables } from '../../../src/example';
import { customerStatement } from '../../../src/engine/statement';
import { errors, output, run } from '../helpers';

const setting = (tables: RawTable[], parameter: string, value: string | number): RawTable[] =>
  tables.map((t) => (t.name !== 'Inställningar' ? t : { ...t, rows: t.rows.map((r) => (r[0] === parameter ? [r[0], value, ...r.slice(2)] : r)) }));

describe('the example: Upphandling’s agreed sums (report 9.1)', () => {
  const result = run(exampleTables());
  const price = (name: string) => output(result, 'Prislista').find((r) => r['Tjänst'] === name)!;

  it('charges Stadsledningskontoret the agreed 23 MSEK for central procurement, and shows its gap to the self-cost', () => {
    expect(errors(result)).toEqual([]);
    const central = price('Central upphandling och avtalsförvaltning');
    expect(central).toMatchObject({ 'Avtalat belopp': 23_000_000, Intäkt: 23_000_000, 'Fast del': 23_000_000 });
    expect(central['Över-/underdeckning']).toBe(23_000_000 - Number(central['Självkostnad']));
    const charged = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Central upphandling och avtalsförvaltning');
    expect(charged.map((r) => [r['Kund'], r['Belopp']])).toEqual([['Stadsledningskontoret', 23_000_000]]);
    const line = output(result, 'Avstämning').find((r) => r['Nivå'] === 'Tjänst' && r['Namn'] === 'Central upphandling och avtalsförvaltning');
    expect(line).toMatchObject({ Orsak: 'Avtalat belopp', 'Beslutad differens': central['Över-/underdeckning'] });
  });

  it('keys the agreed 9 MSEK for e-commerce out by Anställda, summing exactly to it', () => {
    expect(price('E-handel')).toMatchObject({ 'Avtalat belopp': 9_000_000, Intäkt: 9_000_000 });
    const charged = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'E-handel');
    expect(charged.length).toBeGreaterThan(10);
    expect(charged.reduce((s, r) => s + Number(r['Belopp']), 0)).toBe(9_000_000);
  });
});

describe('the example under Pristaksmetod Begränsa: the report’s 1,5 % (4.3)', () => {
  const flagged = run(exampleTables());
  const capped = run(setting(exampleTables(), 'Pristaksmetod', 'Begränsa'));
  const row = (r: ReturnType<typeof run>, name: string) => output(r, 'Prislista').find((x) => x['Tjänst'] === name)!;

  it('holds each price above the cap to last year’s × 1,015, rounded down to the öre', () => {
    expect(errors(capped)).toEqual([]);
    // 20,40 × 1,015 = 20,706; 104 × 1,015 = 105,56; 71,50 × 1,015 = 72,5725; 33 000 × 1,015 = 33 495 (a decided 34 000).
    const expected: [string, number][] = [['Kundreskontra', 20.7], ['Hyresadministration', 105.56], ['Äldre direkt', 72.57], ['Chefsrekrytering', 33_495]];
    for (const [name, cap] of expected) {
      expect(row(capped, name)).toMatchObject({ Pris: cap, 'Pris före tak': row(flagged, name)['Pris'], 'Över pristak': 'Nej' });
    }
    // Leverantörsreskontra falls in price: untouched.
    expect(row(capped, 'Leverantörsreskontra')).toMatchObject({ Pris: row(flagged, 'Leverantörsreskontra')['Pris'], 'Pris före tak': null });
  });

  it('charges Kundreskontra’s customers 20,70 kr a faktura and leaves the rest to be financed', () => {
    const volumes = exampleTables().find((t) => t.name === 'Volymer')!;
    const [kund, tjanst, volym] = ['Kund', 'Tjänst', 'Volym'].map((h) => volumes.headers.indexOf(h)) as [number, number, number];
    const rows = volumes.rows.filter((r) => r[tjanst] === 'Kundreskontra');
    const unitCharges = rows.reduce((s, r) => s + new Dec('20.70').times(String(r[volym])).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(), 0);
    const k = row(capped, 'Kundreskontra');
    // The surcharges are carved out before pricing and charged as before (Avvikelsekostnad, rounded as a total).
    expect(k['Intäkt']).toBe(unitCharges + Number(k['Avvikelsekostnad']));
    expect(k['Att finansiera']).toBe(Number(k['Självkostnad']) - Number(k['Intäkt']));
    const sodermalm = rows.find((r) => String(r[kund]).startsWith('Södermalm'))!;
    const charge = output(capped, 'Fördelning').find((r) => r['Tjänst'] === 'Kundreskontra' && r['Kund'] === sodermalm[kund])!;
    expect(charge['Pris']).toBe(20.7);
    expect(Number(charge['Belopp']) - Number(charge['Avvikelsepåslag'])).toBe(new Dec('20.70').times(String(sodermalm[volym])).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber());
  });

  it('sums the decided gaps in Avstämning’s Totalt: capped prices, agreed sums and decided prices', () => {
    const services = exampleTables().find((t) => t.name === 'Tjänster')!;
    const [name, setPrice] = ['Tjänst', 'Fastställt pris'].map((h) => services.headers.indexOf(h)) as [number, number];
    const decidedPrice = new Set(services.rows.filter((r) => r[setPrice] !== null && r[setPrice] !== undefined).map((r) => r[name]));
    const decided = output(capped, 'Prislista').filter((r) => r['Pris före tak'] !== null || r['Avtalat belopp'] !== null || decidedPrice.has(r['Tjänst']) || HELD_KEYED.has(String(r['Tjänst'])));
    expect(decided.filter((r) => r['Pris före tak'] !== null)).toHaveLength(7);
    const total = output(capped, 'Avstämning').at(-1)!;
    expect(total['Orsak']).toBe('Pristak, Avtalat belopp, Fastställt pris');
    expect(total['Beslutad differens']).toBe(decided.reduce((s, r) => s + Number(r['Över-/underdeckning']), 0));
  });
});

/**
 * Södermalm's keyed fees held against what it was invoiced last year (the example's
 * Fjolårsbelopp) + 1,5 %: Kassa och bank 283 000 · 1,015 = 287 245 against 291 379 (4 134 to
 * finance), Systemförvaltning ekonomi 574 490 against 583 273 (8 783), Avgiftsadministration
 * 649 600 against 650 855 (1 255), Stockholm Direkt 190 820 against 192 092 (1 272). E-handel
 * has an agreed sum; the Blandad services' keyed parts are not held.
 */
const HELD_KEYED = new Map([
  ['Kassa och bank', 4_134],
  ['Systemförvaltning ekonomi', 8_783],
  ['Avgiftsadministration', 1_255],
  ['Stockholm Direkt', 1_272],
]);

describe('the example under Begränsa: keyed fees against Fjolårsbelopp', () => {
  it('holds Södermalm’s keyed fees at last year’s invoice + 1,5 % and finances the rest', () => {
    const capped = run(setting(exampleTables(), 'Pristaksmetod', 'Begränsa'));
    const prices = output(capped, 'Prislista');
    for (const [service, amount] of HELD_KEYED) expect([service, prices.find((r) => r['Tjänst'] === service)?.['Att finansiera']]).toEqual([service, amount]);
  });
});

describe('Kundbesked on agreed sums and capped prices', () => {
  it('tells Stadsledningskontoret it pays the agreed sum, not the self-cost, and bills it so', () => {
    const calc = run(exampleTables()).calculation!;
    const s = customerStatement(calc, 'Stadsledningskontoret');
    expect(s.lines.find((l) => l.service === 'Central upphandling och avtalsförvaltning')).toMatchObject({ amount: 23_000_000, agreed: true, basis: 'Direkt' });
    expect(s.texts.method).toContain('Avtalat belopp: för Central upphandling och avtalsförvaltning och E-handel är avgiften det belopp som avtalats för året, för en fast avgift er andel av det efter nyckeln, inte tjänstens självkostnad.');
  });

  it('tells a customer of a capped service that its price is held to last year’s + 1,5 %', () => {
    const calc = run(setting(exampleTables(), 'Pristaksmetod', 'Begränsa')).calculation!;
    const s = customerStatement(calc, 'Södermalm stadsdelsförvaltning');
    expect(s.lines.find((l) => l.service === 'Kundreskontra')).toMatchObject({ price: 20.7, uncappedPrice: 21.37 });
    expect(s.texts.method.find((t) => t.startsWith('Pristak: '))).toMatch(/^Pristak: priset för Kundreskontra(, | och ).* får höjas högst 1,5\u00a0% mot fjolårspriset och tas ut till det taket, lägre än självkostnaden; det som tjänsten då inte täcker läggs inte på andra tjänster\.$/);
  });
});
