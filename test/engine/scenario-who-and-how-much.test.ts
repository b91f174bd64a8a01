import type { CellValue, RawTable } from '../../src/engine/cells';
import { exampleTables } from '../../src/example';
import { errors, output, run, table } from './helpers';

/*
 * Issue 15, item 5: a scenario changes who shares (Kundtyper) and how much is bought
 * (Volymfaktor). The report's own case (8.6): Äldre direkt is used by only 7 of the 13 district
 * administrations; the proposal is to make it mandatory for all 13.
 *
 * Worked by hand (exact fractions, largest remainder; see the comments at each figure):
 * Äldre direkt, Blandad, Fast andel 0,56 by Invånare 65+, full cost 14 900 000 kr:
 *   fixed part 8 344 000, unit part 6 556 000.
 *   Base: the 7 districts with cases share the fixed part by Invånare 65+ (Σ 91 600);
 *   cases Σ 90 010, price 6 556 000 / 90 010 = 72,836… → 72,84 kr per ärende.
 *   Obligatorisk (Kundtyper Stadsdelsförvaltning): all 13 districts share (Σ 146 900); the
 *   unit part is unchanged, still charged to the 7 with cases.
 *   Vikande volymer (Volymfaktor 0,95 on the area): cases Σ 85 509,5, price
 *   6 556 000 / 85 509,5 = 76,669… → 76,67 kr; each customer ROUND(76,67 × cases × 0,95).
 * E-tjänstsupport, Styck, Fastställt pris 100 kr: 8 000 cases, cost 800 000. With 0,95 the
 *   decided price stays, revenue 7 600 × 100 = 760 000: underdeckning 40 000.
 * Stockholm Direkt, Fast by Invånare: a keyed service no Volymfaktor touches.
 */

const DISTRICTS: readonly [string, number, number][] = [
  // Kund, Invånare 65+, Invånare (the example workbook's keys)
  ['Rinkeby-Kista', 5600, 51_300],
  ['Spånga-Tensta', 5300, 40_100],
  ['Hässelby-Vällingby', 12_900, 77_300],
  ['Bromma', 13_800, 79_400],
  ['Kungsholmen', 11_200, 72_800],
  ['Norrmalm', 11_500, 72_900],
  ['Östermalm', 13_600, 72_500],
  ['Södermalm', 19_800, 131_200],
  ['Enskede-Årsta-Vantör', 14_700, 106_100],
  ['Skarpnäck', 6800, 49_800],
  ['Farsta', 11_200, 61_900],
  ['Hägersten-Älvsjö', 14_900, 110_400],
  ['Skärholmen', 5600, 37_500],
];

/** Äldre direkt's cases: only 7 of the 13 districts use it (8.6). */
const CASES: readonly [string, number][] = [
  ['Hässelby-Vällingby', 12_300],
  ['Bromma', 14_330],
  ['Östermalm', 14_950],
  ['Södermalm', 18_650],
  ['Enskede-Årsta-Vantör', 12_850],
  ['Farsta', 12_240],
  ['Skärholmen', 4690],
];

const SCENARIO_HEADERS = ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel', 'Fast andel', 'Kundtyper', 'Volymfaktor'];

function workbook(scenarios: CellValue[][], headers = SCENARIO_HEADERS): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Invånare 65+', 'Invånare'], [
      ...DISTRICTS.map(([name, old, all]) => [name, 'Stadsdelsförvaltning', old, all]),
      ['Äldreförvaltningen', 'Fackförvaltning', 2000, null],
      ['Trafikkontoret', 'Fackförvaltning', null, null],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel', 'Enhet', 'Fastställt pris'], [
      ['Äldre direkt', 'Kontaktcenter', 'Bastjänst', 'Blandad', 'Invånare 65+', 0.56, 'ärende', null],
      ['Stockholm Direkt', 'Kontaktcenter', 'Bastjänst', 'Fast', 'Invånare', null, null, null],
      ['E-tjänstsupport', 'Kontaktcenter', 'Bastjänst', 'Styck', null, null, 'ärende', 100],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [
      ['Äldre direkt', 14_900_000],
      ['Stockholm Direkt', 1_800_000],
      ['E-tjänstsupport', 800_000],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ...CASES.map(([name, cases]) => [name, 'Äldre direkt', cases]),
      ['Trafikkontoret', 'E-tjänstsupport', 5000],
      ['Äldreförvaltningen', 'E-tjänstsupport', 3000],
    ]),
    table('Scenarier', headers, scenarios),
  ];
}

const SCENARIOS: CellValue[][] = [
  ['Obligatorisk', 'Äldre direkt', null, null, null, 'Stadsdelsförvaltning', null],
  ['Vikande volymer', 'Kontaktcenter', null, null, null, null, 0.95],
  ['Alla delar', 'Äldre direkt', null, null, null, 'Alla', null],
];

describe('a scenario that changes who shares: Äldre direkt for all 13 districts (8.6)', () => {
  const result = run(workbook(SCENARIOS));
  const prices = output(result, 'Scenariopriser');
  const aldre = prices.find((r) => r['Tjänst'] === 'Äldre direkt')!;
  const change = (scenario: string) => Object.fromEntries(output(result, 'Scenariojämförelse').map((r) => [r['Kund'], r[`${scenario} förändring kr`]]));

  it('calculates without errors or warnings', () => {
    expect(errors(result)).toEqual([]);
    expect(result.problems.filter((p) => p.table === 'Scenarier')).toEqual([]);
  });

  it('shares among 7 in the base and among all 13 districts in the scenario', () => {
    expect([aldre['Delande kunder'], aldre['Obligatorisk delande kunder'], aldre['Alla delar delande kunder']]).toEqual([7, 13, 14]);
    // 8 344 000 kr over Invånare 65+: 91 600 in the base, 146 900 for the 13 districts.
    expect(aldre['Pris per nyckelenhet']).toBeCloseTo(8_344_000 / 91_600, 9);
    expect(aldre['Obligatorisk pris per nyckelenhet']).toBeCloseTo(8_344_000 / 146_900, 9);
    // The unit part is the same: same price, same revenue but for the keyed roundings.
    expect([aldre['Pris'], aldre['Obligatorisk pris']]).toEqual([72.84, 72.84]);
  });

  it('moves the keyed cost from the 7 users to the 6 districts that did not pay', () => {
    // Keyed part 8 344 000 × Invånare 65+ / 146 900 (largest remainder) minus the base's
    // 8 344 000 × Invånare 65+ / 91 600 (largest remainder): e.g. Södermalm 1 124 651 − 1 803 616.
    expect(change('Obligatorisk')).toEqual({
      'Rinkeby-Kista': 318_083,
      'Spånga-Tensta': 301_043,
      'Hässelby-Vällingby': 732_727 - 1_175_083,
      Bromma: 783_848 - 1_257_065,
      Kungsholmen: 636_166,
      Norrmalm: 653_206,
      Östermalm: 772_487 - 1_238_847,
      Södermalm: 1_124_651 - 1_803_616,
      'Enskede-Årsta-Vantör': 834_968 - 1_339_048,
      Skarpnäck: 386_244,
      Farsta: 636_166 - 1_020_227,
      'Hägersten-Älvsjö': 846_328,
      Skärholmen: 318_083 - 510_114,
      Äldreförvaltningen: 0,
      Trafikkontoret: 0,
    });
  });

  it('with Alla, every customer with a key shares, Äldreförvaltningen too', () => {
    // 8 344 000 × 2 000 / 148 900 = 112 074,6… → 112 075 (its remainder is among the 6 largest).
    expect(change('Alla delar')['Äldreförvaltningen']).toBe(112_075);
    expect(change('Alla delar')['Trafikkontoret']).toBe(0); // no Invånare 65+: no share
    expect(change('Alla delar')['Södermalm']).toBe(1_109_545 - 1_803_616);
  });
});

describe('a scenario that changes how much: Volymfaktor 0,95 on an area', () => {
  const result = run(workbook(SCENARIOS));
  const prices = Object.fromEntries(output(result, 'Scenariopriser').map((r) => [r['Tjänst'], r]));
  const change = Object.fromEntries(output(result, 'Scenariojämförelse').map((r) => [r['Kund'], r['Vikande volymer förändring kr']]));

  it('prices the unit part over the smaller volume: 6 556 000 / 85 509,5 → 76,67 kr', () => {
    expect(prices['Äldre direkt']).toMatchObject({ Volym: 90_010, Pris: 72.84, 'Vikande volymer volym': 85_509.5, 'Vikande volymer pris': 76.67, 'Vikande volymer delande kunder': 7 });
    // Each customer ROUND(76,67 × cases × 0,95) against ROUND(72,84 × cases); keyed part unchanged.
    expect(change['Södermalm']).toBe(1_358_401 - 1_358_466);
    expect(change['Skärholmen']).toBe(341_603 - 341_620);
    expect(change['Kungsholmen']).toBe(0);
  });

  it('keeps a decided price, so the lost volume shows as underdeckning', () => {
    expect(prices['E-tjänstsupport']).toMatchObject({ Pris: 100, Intäkt: 800_000, 'Vikande volymer pris': 100, 'Vikande volymer volym': 7600, 'Vikande volymer intäkt': 760_000 });
    expect(change['Trafikkontoret']).toBe(-25_000); // 4 750 × 100 − 5 000 × 100
    expect(change['Äldreförvaltningen']).toBe(-15_000); // 2 850 × 100 − 3 000 × 100
  });

  it('leaves a keyed service alone', () => {
    expect(prices['Stockholm Direkt']).toMatchObject({ 'Vikande volymer volym': null, 'Vikande volymer intäkt': 1_800_000, 'Vikande volymer delande kunder': 13 });
  });

  it('changes nothing in the base', () => {
    const base = Object.fromEntries(output(run(workbook([['Tom', 'Äldre direkt', 'Blandad', null, null, null, null]])), 'Prislista').map((r) => [r['Tjänst'], r['Intäkt']]));
    const withScenarios = Object.fromEntries(output(result, 'Prislista').map((r) => [r['Tjänst'], r['Intäkt']]));
    expect(withScenarios).toEqual(base);
  });
});

describe('metamorphic checks', () => {
  const totals = (tables: RawTable[], column: string) => Object.fromEntries(output(run(tables), 'Scenariojämförelse').map((r) => [r['Kund'], r[column]]));

  it('a scenario with Volymfaktor k gives what the base gives with every volume × k', () => {
    const scaled = workbook([]);
    const volumes = scaled[3]!;
    volumes.rows = volumes.rows.map((r) => [r[0]!, r[1]!, ((r[2] as number) * 95) / 100]);
    expect(totals(workbook(SCENARIOS), 'Vikande volymer')).toEqual(totals(scaled, 'Bas'));
  });

  it('Kundtyper naming everyone who shares already, Alla, or Volymfaktor 1 change nothing', () => {
    // Stockholm Direkt has no rows in Volymer and no Kundtyper: every customer with Invånare shares.
    const same = workbook([
      ['Samma typer', 'Stockholm Direkt', null, null, null, 'Fackförvaltning; Stadsdelsförvaltning', null],
      ['Alla', 'Stockholm Direkt', null, null, null, 'Alla', null],
      ['Faktor 1', 'Kontaktcenter', null, null, null, null, 1],
    ]);
    const base = totals(same, 'Bas');
    for (const scenario of ['Samma typer', 'Alla', 'Faktor 1']) expect(totals(same, scenario)).toEqual(base);
  });
});

describe('Volymfaktor and Paket bands', () => {
  // Bands 1–10 at 500 kr, 11–20 at 900 kr, 21– at 1 500 kr.
  function paket(factor: number, volumes: [string, number][]) {
    return run([
      table('Nycklar', ['Kund', 'Kundtyp', 'Invånare'], [['A', 'Bolag', 1], ['B', 'Bolag', 1], ['C', 'Bolag', 1]]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell'], [['Licens', 'IT', 'Tilläggstjänst', 'Paket']]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['Licens', 3000]]),
      table('Volymer', ['Kund', 'Tjänst', 'Volym'], volumes.map(([c, v]) => [c, 'Licens', v])),
      table('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], [['Licens', 1, 10, 500], ['Licens', 11, 20, 900], ['Licens', 21, null, 1500]]),
      table('Scenarier', ['Scenario', 'Tjänst', 'Volymfaktor'], [['S', 'IT', factor]]),
    ]);
  }

  it('charges the band the scaled volume falls in; between whole bands, the upper one', () => {
    // 1,1: A 10 → 11 (11–20, 900), B 20 → 22 (21–, 1 500). 0,95: A 11 → 10,45, past 10, so 11–20.
    const up = output(paket(1.1, [['A', 10], ['B', 20]]), 'Scenariojämförelse');
    expect(up.map((r) => [r['Kund'], r['Bas'], r['S']])).toEqual([['A', 500, 900], ['B', 900, 1500], ['C', 0, 0]]);
    const down = output(paket(0.95, [['A', 11], ['B', 20]]), 'Scenariojämförelse');
    expect(down.map((r) => [r['Kund'], r['Bas'], r['S']])).toEqual([['A', 900, 900], ['B', 900, 900], ['C', 0, 0]]);
  });

  it('names the Volymfaktor cell when a scaled volume falls below every band', () => {
    const r = paket(0.95, [['A', 1], ['B', 20]]);
    expect(r.problems.filter((p) => p.level === 'error').map((p) => [p.table, p.row, p.column, p.cell, p.message])).toEqual([
      ['Scenarier', 1, 'Volymfaktor', 'Scenarier!C2', 'Scenarier rad 1, kolumn Volymfaktor (Scenarier!C2): i scenariot "S" blir volymen för A på Licens 1 × 0,95 = 0,95, som inte hamnar i något band i tabellen Paket.'],
    ]);
  });
});

describe('bad Kundtyper and Volymfaktor, located', () => {
  const problemsOf = (rows: CellValue[][], headers = SCENARIO_HEADERS) =>
    run(workbook(rows, headers)).problems.filter((p) => p.table === 'Scenarier').map((p) => [p.level, p.row, p.column, p.cell, p.message]);

  it.each([
    [0, 'volymfaktorn är 0, men den måste vara större än 0 (0,95 betyder 5 % lägre volymer). Utan volym kan inget pris per enhet räknas fram.'],
    [-0.5, 'volymfaktorn är -0,5, men den måste vara större än 0 (0,95 betyder 5 % lägre volymer). Utan volym kan inget pris per enhet räknas fram.'],
    [95, 'volymfaktorn 95 är orimligt stor; den får vara högst 10 (tio gånger årets volymer). Skrev du procent? 0,95 betyder 5 % lägre volymer och 1,1 10 % högre.'],
    [0.95251, 'volymfaktorn 0,95251 har fler än fyra decimaler. Avrunda den (till exempel till 0,9525), så att beloppen kan räknas exakt.'],
  ])('Volymfaktor %p is an error on its cell', (factor, text) => {
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, null, factor]])).toEqual([
      ['error', 1, 'Volymfaktor', 'Scenarier!G2', `Scenarier rad 1, kolumn Volymfaktor (Scenarier!G2): ${text}`],
    ]);
  });

  it('a Kundtyp no customer has is an error naming the types there are', () => {
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, 'Stadsdelsförvaltning, Stadsdel', null]])).toEqual([
      ['error', 1, 'Kundtyper', 'Scenarier!F2', 'Scenarier rad 1, kolumn Kundtyper (Scenarier!F2): ingen kund i Nycklar har kundtypen "Stadsdel". Kundtyperna i Nycklar är Stadsdelsförvaltning och Fackförvaltning; skriv Alla för alla kunder.'],
    ]);
  });

  it('Alla mixed with types is an error', () => {
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, 'Alla, Fackförvaltning', null]])).toEqual([
      ['error', 1, 'Kundtyper', 'Scenarier!F2', 'Scenarier rad 1, kolumn Kundtyper (Scenarier!F2): "Alla, Fackförvaltning" blandar Alla med kundtyper. Skriv antingen Alla (alla kunder delar kostnaden) eller bara de kundtyper som delar den.'],
    ]);
  });

  it('Kundtyper that leave nobody with a key is an error on the Kundtyper cell', () => {
    // Stockholm Direkt is keyed by Invånare; neither Fackförvaltning has any.
    expect(problemsOf([['S', 'Stockholm Direkt', null, null, null, 'Fackförvaltning', null]])).toEqual([
      ['error', 1, 'Kundtyper', 'Scenarier!F2', 'Scenarier rad 1, kolumn Kundtyper (Scenarier!F2): i scenariot "S" delar ingen kund kostnaden för Stockholm Direkt: nyckeln Invånare är 0 för alla kunder av kundtyperna Fackförvaltning.'],
    ]);
  });

  it('a change that acts on nothing is a warning on its cell', () => {
    expect(problemsOf([['S', 'E-tjänstsupport', null, null, null, 'Alla', null], ['S', 'Stockholm Direkt', null, null, null, null, 0.9]])).toEqual([
      ['warning', 1, 'Kundtyper', 'Scenarier!F2', 'Scenarier rad 1, kolumn Kundtyper (Scenarier!F2): Kundtyper ändrar inget i scenariot "S": de styr bara vem som delar en nycklad kostnad (Fast, Blandad), och E-tjänstsupport nycklas inte i scenariot.'],
      ['warning', 2, 'Volymfaktor', 'Scenarier!G3', 'Scenarier rad 2, kolumn Volymfaktor (Scenarier!G3): Volymfaktor ändrar inget i scenariot "S": den verkar bara på tjänster som prissätts per enhet (Styck, Tim, Blandad, Paket), och Stockholm Direkt prissätts inte så i scenariot.'],
    ]);
  });

  it('a row that changes nothing counts the new columns', () => {
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, null, null]])).toEqual([
      ['warning', 1, 'Prismodell', 'Scenarier!C2', 'Scenarier rad 1, kolumn Prismodell (Scenarier!C2): raden ändrar varken prismodell, nyckel, fast andel, kundtyper eller volymfaktor.'],
    ]);
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, 'Alla', null]])).toEqual([]);
    expect(problemsOf([['S', 'Äldre direkt', null, null, null, null, 1.05]])).toEqual([]);
  });

  it('a Volymfaktor that carries the revenue of decided prices past 10^13 kr is an error on its cell', () => {
    // 999 999 999 kr × 2 000 cases ≈ 2·10^12 kr passes in the base; × 10 it is 2·10^13.
    const tables = workbook([['Tio gånger', 'E-tjänstsupport', null, null, null, null, 10]]);
    tables[1]!.rows[2]![7] = 999_999_999;
    tables[3]!.rows = tables[3]!.rows.map((r) => (r[1] === 'E-tjänstsupport' ? [r[0]!, r[1], 1000] : r));
    const result = run(tables);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.table, p.row, p.column, p.cell, p.message])).toEqual([
      ['Scenarier', 1, 'Volymfaktor', 'Scenarier!G2', 'Scenarier rad 1, kolumn Volymfaktor (Scenarier!G2): med volymfaktorerna i scenariot "Tio gånger" blir intäkterna av fastställda priser 19\u00a0999\u00a0999\u00a0980\u00a0000 kr; summan måste vara mindre än 10\u00a0000\u00a0000\u00a0000\u00a0000 kr.'],
    ]);
  });

  it('an unknown column of Scenarier is a warning at its header, naming Kundtyper', () => {
    const found = problemsOf([['S', 'Äldre direkt', 'Stadsdelsförvaltning']], ['Scenario', 'Tjänst', 'Kundtyp']);
    expect(found).toContainEqual(['warning', null, 'Kundtyp', 'Scenarier!C1', expect.stringContaining('Tabellen Scenarier har kolumnen "Kundtyp" (Scenarier!C1), som inte hör till tabellen och inte används. Menade du Kundtyper')]);
  });
});

describe('the example workbook (npm run demo) shows both', () => {
  const result = run(exampleTables());
  const list = Object.fromEntries(output(result, 'Prislista').map((r) => [r['Tjänst'], r]));
  const prices = Object.fromEntries(output(result, 'Scenariopriser').map((r) => [r['Tjänst'], r]));
  const comparison = output(result, 'Scenariojämförelse');
  const keys = new Map(exampleTables().find((t) => t.sheet === 'Nycklar')!.rows.map((r) => [r[0], r]));
  const oldHeader = exampleTables().find((t) => t.sheet === 'Nycklar')!.headers.indexOf('Invånare 65+');

  it('prices the scenarios without errors', () => {
    expect(errors(result)).toEqual([]);
    expect(result.problems.filter((p) => p.table === 'Scenarier')).toEqual([]);
  });

  it('Äldre direkt obligatorisk: the fixed part shared by all 13 districts instead of 7', () => {
    expect([prices['Äldre direkt']!['Delande kunder'], prices['Äldre direkt']!['Äldre direkt obligatorisk delande kunder']]).toEqual([7, 13]);
    const fixed = list['Äldre direkt']!['Fast del'] as number;
    const districts = comparison.filter((r) => String(r['Kund']).endsWith(' stadsdelsförvaltning'));
    const total = districts.reduce((a, r) => a + (keys.get(r['Kund'] as string)![oldHeader] as number), 0);
    expect(total).toBe(146_900);
    // The 6 districts without cases pay the fixed part × their Invånare 65+ / 146 900, within
    // the krona largest remainder may add; the 7 with cases pay less.
    const cases = new Set(exampleTables().find((t) => t.sheet === 'Volymer')!.rows.filter((r) => r[1] === 'Äldre direkt').map((r) => r[0]));
    const newcomers = districts.filter((r) => !cases.has(r['Kund'] as string));
    expect(newcomers).toHaveLength(6);
    for (const r of districts.filter((r) => cases.has(r['Kund'] as string))) expect(r['Äldre direkt obligatorisk förändring kr']).toBeLessThan(0);
    for (const r of newcomers) {
      const exact = (fixed * (keys.get(r['Kund'] as string)![oldHeader] as number)) / total;
      expect(Math.abs((r['Äldre direkt obligatorisk förändring kr'] as number) - exact)).toBeLessThan(1);
    }
    // What they pay, the 7 users pay less: the changes sum to 0.
    expect(comparison.reduce((a, r) => a + (r['Äldre direkt obligatorisk förändring kr'] as number), 0)).toBe(0);
  });

  it('Vikande volymer: unit prices over 95 % of the volume, keyed services unchanged', () => {
    const aldre = list['Äldre direkt']!;
    const volume = (aldre['Volym'] as number) * 0.95;
    expect(prices['Äldre direkt']!['Vikande volymer volym']).toBeCloseTo(volume, 6);
    // Rörlig del / (volume × 0,95), to the price step 0,01.
    expect(prices['Äldre direkt']!['Vikande volymer pris']).toBe(Math.round(((aldre['Rörlig del'] as number) / volume) * 100) / 100);
    expect(prices['Stockholm Direkt']).toMatchObject({ 'Vikande volymer intäkt': prices['Stockholm Direkt']!['Intäkt'], 'Vikande volymer volym': null });
  });
});
