import type { RawTable } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import { errors, output, run, table } from './helpers';

/**
 * The 2021 report's figures (../shared/seed/000_d2f078dac6d8aad0.txt) reproduced with hand-built
 * workbooks. Every expected value is worked out by hand in the comments or by plain integer
 * arithmetic in the test; none is copied from the engine's output.
 */

type Row = Record<string, OutputValue>;

function rowsOf(result: ReturnType<typeof run>, name: string, where: Partial<Row>): Row[] {
  return output(result, name).filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
}

function one(result: ReturnType<typeof run>, name: string, where: Partial<Row>): Row {
  const found = rowsOf(result, name, where);
  if (found.length !== 1) throw new Error(`${name}: expected one row matching ${JSON.stringify(where)}, found ${found.length}`);
  return found[0] as Row;
}

/** A share rounded to 4 decimals, as the report prints it (36.47 % = 0.3647). */
function to4(x: OutputValue | undefined): number {
  if (typeof x !== 'number') throw new Error(`not a number: ${String(x)}`);
  return Math.round(x * 10000) / 10000;
}

// ---------------------------------------------------------------------------------------------
// 7.3: Lön bastjänst, 53,50 kr per anställd och månad; base services 34,7 MSEK.
// ---------------------------------------------------------------------------------------------
//
// Full cost of Lön bastjänst, by hand:
//   direct row                                     32 000 000
//   area row "Lön och pension" 2 000 000 by direct cost over the area's services
//     (Lön bastjänst 32 000 000, Hedersbelöningar 8 000 000): 2 000 000 × 32/40 =  1 600 000
//   pool "Nämnd och administration" 2 500 000 by Årsarbetare (44 + 6 + 50 = 100):
//     2 500 000 × 44/100 =                                                         1 100 000
//   full cost                                                                     34 700 000
// Hedersbelöningar: 8 000 000 + 400 000 + 150 000 = 8 550 000; 3 600 gåvor -> 2 375,00 kr.
// Kundreskontra (Ekonomi): 750 000 + 1 250 000 = 2 000 000, keyed by Omsättning 5/3/2/0.
// Volume of Lön bastjänst: 251 377 + 198 004 + 150 611 + 48 606 = 648 598 employee-months.
// 34 700 000 / 648 598 = 53,500010… -> 53,50 at price step 0,01.
const LON_VOLUMES: [string, number][] = [
  ['Socialförvaltningen', 251_377],
  ['Utbildningsförvaltningen', 198_004],
  ['Stadsdelsförvaltning Norr', 150_611],
  ['Bostadsbolaget', 48_606],
];

function lonWorkbook(): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Omsättning'], [
      ['Socialförvaltningen', 'Fackförvaltning', 5000],
      ['Utbildningsförvaltningen', 'Fackförvaltning', 3000],
      ['Stadsdelsförvaltning Norr', 'Stadsdelsförvaltning', 2000],
      ['Bostadsbolaget', 'Bolag', null],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Enhet', 'Årsarbetare'], [
      ['Lön bastjänst', 'Lön och pension', 'Lön', 'Bastjänst', 'Styck', null, 'anställd/mån', 44],
      ['Hedersbelöningar', 'Lön och pension', 'Lön', 'Tilläggshantering', 'Styck', null, 'st', 6],
      ['Kundreskontra', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Omsättning', null, 50],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp', 'Fördelas efter'], [
      ['Lön bastjänst', 'Personal', 32_000_000, null],
      ['Hedersbelöningar', 'Personal', 8_000_000, null],
      ['Kundreskontra', 'Personal', 750_000, null],
      ['Lön och pension', 'IT', 2_000_000, null],
      ['Nämnd och administration', 'Lokaler', 2_500_000, 'Årsarbetare'],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ...LON_VOLUMES.map(([kund, v]) => [kund, 'Lön bastjänst', v]),
      ['Socialförvaltningen', 'Hedersbelöningar', 1500],
      ['Utbildningsförvaltningen', 'Hedersbelöningar', 1200],
      ['Stadsdelsförvaltning Norr', 'Hedersbelöningar', 600],
      ['Bostadsbolaget', 'Hedersbelöningar', 300],
    ]),
  ];
}

/** round(53,50 × v) to whole kronor, half away from zero, in integers: 53,50 × v = 107 × v / 2. */
function at5350(v: number): number {
  const twice = 107 * v;
  return twice % 2 === 0 ? twice / 2 : (twice + 1) / 2;
}

describe('report 7.3: Lön bastjänst at 53,50 kr per anställd och månad', () => {
  const result = run(lonWorkbook());

  it('calculates without errors', () => {
    expect(errors(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('builds the full cost of 34,7 MSEK from a direct row, an area row and a common pool', () => {
    expect(one(result, 'Prislista', { Tjänst: 'Lön bastjänst' })).toMatchObject({ Självkostnad: 34_700_000, Volym: 648_598, Enhet: 'anställd/mån' });
    expect(one(result, 'Prislista', { Tjänst: 'Hedersbelöningar' })).toMatchObject({ Självkostnad: 8_550_000, Volym: 3600, Pris: 2375 });
    expect(one(result, 'Prislista', { Tjänst: 'Kundreskontra' })).toMatchObject({ Självkostnad: 2_000_000 });
  });

  it('prices it at 53,50 kr', () => {
    // Sanity check of the set-up, independent of the engine: the exact quotient rounds to 53,50.
    expect(34_700_000 / 648_598).toBeGreaterThan(53.495);
    expect(34_700_000 / 648_598).toBeLessThan(53.505);
    expect(one(result, 'Prislista', { Tjänst: 'Lön bastjänst' })['Pris']).toBe(53.5);
  });

  it.each(LON_VOLUMES)('charges %s round(53,50 × %i) kronor', (kund, volume) => {
    expect(one(result, 'Fördelning', { Kund: kund, Tjänst: 'Lön bastjänst' })).toMatchObject({
      Underlag: volume,
      Pris: 53.5,
      Belopp: at5350(volume),
      Avvikelsepåslag: 0,
    });
  });

  it('reconciles: revenue is the sum of the rounded amounts, within rounding of the cost', () => {
    // 13 448 670 + 10 593 214 + 8 057 689 + 2 600 421 = 34 699 994; gap −6 kr, far inside
    // the tolerance ½ × 0,01 × 648 598 + 1 ≈ 3 244 kr.
    const revenue = LON_VOLUMES.reduce((a, [, v]) => a + at5350(v), 0);
    expect(revenue).toBe(34_699_994);
    expect(one(result, 'Prislista', { Tjänst: 'Lön bastjänst' })).toMatchObject({ Intäkt: revenue, 'Över-/underdeckning': revenue - 34_700_000 });
    expect(one(result, 'Avstämning', { Nivå: 'Tjänst', Namn: 'Lön bastjänst' })).toMatchObject({ Kostnad: 34_700_000, Intäkt: revenue, Differens: -6, Status: 'OK' });
    expect(output(result, 'Avstämning').every((r) => r['Status'] === 'OK')).toBe(true);
  });

  it('keys Kundreskontra by Omsättning 5/3/2 and leaves out the customer without turnover', () => {
    const rows = rowsOf(result, 'Fördelning', { Tjänst: 'Kundreskontra' });
    expect(Object.fromEntries(rows.map((r) => [r['Kund'], r['Belopp']]))).toEqual({
      Socialförvaltningen: 1_000_000,
      Utbildningsförvaltningen: 600_000,
      'Stadsdelsförvaltning Norr': 400_000,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Figure 18: Lön och pension, 0 / 51,4 / 1,3 MSEK = 0,00 % / 97,47 % / 2,53 %.
// ---------------------------------------------------------------------------------------------
//
// The report's percentages come from unrounded amounts: 51,4 / 52,7 would be 97,53 %, not
// 97,47 %. Amounts that round to the printed MSEK figures AND give the printed percentages:
//   Obligatoriskt (st/tim) 51 367 000 (51,4): Lön bastjänst 34 720 000 (34,7)
//                                             + tillkommande hantering 16 647 000 (16,6)
//   Tilläggstjänster        1 333 000 (1,3)
//   Totalt                 52 700 000; 51 367 / 52 700 = 0,97471 -> 97,47 %, 1 333 / 52 700 = 0,02529 -> 2,53 %.
// Every price divides exactly:
//   Lön bastjänst      34 720 000 = 620 000 anställd/mån × 56,00
//   Hedersbelöningar    3 600 000 =   1 200 st × 3 000
//   Manuell hantering  13 047 000 =  13 047 tim × 1 000
//   Konsultstöd lön       833 000 =     833 tim × 1 000  (Tilläggstjänst)
//   Lönekurser            500 000 =     250 deltagare × 2 000  (Tilläggstjänst)
function lonStructureWorkbook(): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Anställda'], [
      ['Socialförvaltningen', 'Fackförvaltning', 6000],
      ['Utbildningsförvaltningen', 'Fackförvaltning', 9000],
      ['Stadsdelsförvaltning Söder', 'Stadsdelsförvaltning', 3000],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Enhet'], [
      ['Lön bastjänst', 'Lön och pension', 'Bastjänst', 'Styck', 'anställd/mån'],
      ['Hedersbelöningar', 'Lön och pension', 'Tilläggshantering', 'Styck', 'st'],
      ['Manuell hantering', 'Lön och pension', 'Tilläggshantering', 'Tim', 'tim'],
      ['Konsultstöd lön', 'Lön och pension', 'Tilläggstjänst', 'Tim', 'tim'],
      ['Lönekurser', 'Lön och pension', 'Tilläggstjänst', 'Styck', 'deltagare'],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [
      ['Lön bastjänst', 34_720_000],
      ['Hedersbelöningar', 3_600_000],
      ['Manuell hantering', 13_047_000],
      ['Konsultstöd lön', 833_000],
      ['Lönekurser', 500_000],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ['Socialförvaltningen', 'Lön bastjänst', 200_000],
      ['Utbildningsförvaltningen', 'Lön bastjänst', 320_000],
      ['Stadsdelsförvaltning Söder', 'Lön bastjänst', 100_000],
      ['Socialförvaltningen', 'Hedersbelöningar', 500],
      ['Utbildningsförvaltningen', 'Hedersbelöningar', 700],
      ['Socialförvaltningen', 'Manuell hantering', 5_000],
      ['Utbildningsförvaltningen', 'Manuell hantering', 6_047],
      ['Stadsdelsförvaltning Söder', 'Manuell hantering', 2_000],
      ['Utbildningsförvaltningen', 'Konsultstöd lön', 833],
      ['Socialförvaltningen', 'Lönekurser', 100],
      ['Stadsdelsförvaltning Söder', 'Lönekurser', 150],
    ]),
  ];
}

describe('report Figure 18: price structure of Lön och pension', () => {
  const result = run(lonStructureWorkbook());

  it('calculates without errors', () => {
    expect(errors(result)).toEqual([]);
  });

  it('prices every service exactly', () => {
    const price = (t: string) => one(result, 'Prislista', { Tjänst: t })['Pris'];
    expect([price('Lön bastjänst'), price('Hedersbelöningar'), price('Manuell hantering'), price('Konsultstöd lön'), price('Lönekurser')]).toEqual([56, 3000, 1000, 1000, 2000]);
  });

  it('splits revenue 0 / 51 367 000 / 1 333 000 = 0,00 % / 97,47 % / 2,53 %', () => {
    const row = one(result, 'Prisstruktur', { Verksamhetsområde: 'Lön och pension' });
    expect(row).toMatchObject({
      'Fördelat/nycklat': 0,
      'Obligatoriskt (st/tim)': 51_367_000,
      Tilläggstjänster: 1_333_000,
      Totalt: 52_700_000,
    });
    expect(row['Andel fördelat/nycklat']).toBe(0);
    expect(row['Andel obligatoriskt (st/tim)']).toBeCloseTo(51_367 / 52_700, 12);
    expect(row['Andel tilläggstjänster']).toBeCloseTo(1_333 / 52_700, 12);
    expect([to4(row['Andel fördelat/nycklat']), to4(row['Andel obligatoriskt (st/tim)']), to4(row['Andel tilläggstjänster'])]).toEqual([0, 0.9747, 0.0253]);
  });
});

// ---------------------------------------------------------------------------------------------
// Figures 20/21: Kontaktcenter, 19,0 / 11,8 / 21,4 MSEK = 36,47 % / 22,59 % / 40,94 %.
// ---------------------------------------------------------------------------------------------
//
// Keyed total 19 063 000, unit total 11 808 000, add-ons 21 400 000; Totalt 52 271 000.
// 19 063 / 52 271 = 0,364695 -> 36,47 %; 11 808 / 52 271 = 0,225900 -> 22,59 %;
// 21 400 / 52 271 = 0,409404 -> 40,94 %.
//
// Service           model     cost         Fast andel  keyed (fig.)       unit (fig.)
// Äldre direkt      Blandad   14 896 000   0,5625       8 379 000 (8,4)   6 517 000 (6,5) = 130 340 ärenden × 50
// Funktionshinder   Blandad    4 000 000   0,675        2 700 000 (2,7)   1 300 000 (1,3) =  26 000 × 50
// Förskola/skola    Blandad    9 400 000   0,66         6 204 000 (6,2)   3 196 000 (3,2) =  63 920 × 50
// E-tjänstsupport   Styck        795 000                                    795 000 (0,8) =   7 950 × 100 kr/st
// Stockholm Direkt  Fast       1 780 000                1 780 000 (1,8)
//                                                     19 063 000        11 808 000
// Add-ons (Tilläggstjänst, Styck): the figure's add-on column is 4,3 (printed on the
// Förskola/skola row) + 3,0 + 3,3 + 2,0 + 2,0 + 4,5 + 2,3 = 21,4; the 4,3 is modelled as a
// separate add-on "Förskola/skola, tillägg".
//   Förskola/skola, tillägg              4 300 000 = 10 000 × 430
//   Godman, överförmyndare               3 000 000 =  7 500 × 400
//   Webb och kommunikation               3 300 000 =  3 300 × 1 000
//   Support vårdnadshavare skolplattformen 2 000 000 = 40 000 × 50
//   Parkering rörelsehindrade            2 000 000 =  8 000 × 250
//   Boendeparkering                      4 500 000 = 30 000 × 150
//   Övrigt                               2 300 000 =  2 300 × 1 000
//                                       21 400 000
const KC_ADDONS: [string, number, number][] = [
  ['Förskola/skola, tillägg', 4_300_000, 430],
  ['Godman, överförmyndare', 3_000_000, 400],
  ['Webb och kommunikation', 3_300_000, 1000],
  ['Support vårdnadshavare skolplattformen', 2_000_000, 50],
  ['Parkering rörelsehindrade', 2_000_000, 250],
  ['Boendeparkering', 4_500_000, 150],
  ['Övrigt', 2_300_000, 1000],
];

function kontaktcenterWorkbook(): RawTable[] {
  const addOnPayer: Record<string, [string, number][]> = {
    'Förskola/skola, tillägg': [['Utbildningsförvaltningen', 10_000]],
    'Godman, överförmyndare': [['Överförmyndarförvaltningen', 7_500]],
    'Webb och kommunikation': [['Stadsledningskontoret', 3_300]],
    'Support vårdnadshavare skolplattformen': [['Utbildningsförvaltningen', 40_000]],
    'Parkering rörelsehindrade': [['Trafikkontoret', 8_000]],
    Boendeparkering: [['Trafikkontoret', 30_000]],
    Övrigt: [['Sdf Norr', 1_000], ['Stadsledningskontoret', 1_300]],
  };
  return [
    table('Nycklar', ['Kund', 'Kundtyp', 'Invånare'], [
      ['Sdf Norr', 'Stadsdelsförvaltning', 120_000],
      ['Sdf Söder', 'Stadsdelsförvaltning', 150_000],
      ['Sdf Väster', 'Stadsdelsförvaltning', 90_000],
      ['Sdf Öster', 'Stadsdelsförvaltning', 40_000],
      ['Utbildningsförvaltningen', 'Fackförvaltning', null],
      ['Trafikkontoret', 'Fackförvaltning', null],
      ['Överförmyndarförvaltningen', 'Fackförvaltning', null],
      ['Stadsledningskontoret', 'Fackförvaltning', null],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel', 'Enhet'], [
      ['Äldre direkt', 'Kontaktcenter', 'Bastjänst', 'Blandad', 'Invånare', 0.5625, 'ärende'],
      ['Funktionshinder', 'Kontaktcenter', 'Bastjänst', 'Blandad', 'Invånare', 0.675, 'ärende'],
      ['Förskola/skola', 'Kontaktcenter', 'Bastjänst', 'Blandad', 'Invånare', 0.66, 'ärende'],
      ['E-tjänstsupport', 'Kontaktcenter', 'Bastjänst', 'Styck', null, null, 'ärende'],
      ['Stockholm Direkt', 'Kontaktcenter', 'Bastjänst', 'Fast', 'Invånare', null, null],
      ...KC_ADDONS.map(([t]) => [t, 'Kontaktcenter', 'Tilläggstjänst', 'Styck', null, null, 'ärende']),
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp'], [
      ['Äldre direkt', 'Personal', 14_896_000],
      ['Funktionshinder', 'Personal', 4_000_000],
      ['Förskola/skola', 'Personal', 9_400_000],
      ['E-tjänstsupport', 'Personal', 795_000],
      ['Stockholm Direkt', 'Personal', 1_780_000],
      ...KC_ADDONS.map(([t, cost]) => [t, 'Personal', cost]),
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [
      ['Sdf Norr', 'Äldre direkt', 50_000],
      ['Sdf Söder', 'Äldre direkt', 60_000],
      ['Sdf Väster', 'Äldre direkt', 20_340],
      ['Sdf Norr', 'Funktionshinder', 8_000],
      ['Sdf Söder', 'Funktionshinder', 9_000],
      ['Sdf Väster', 'Funktionshinder', 5_000],
      ['Sdf Öster', 'Funktionshinder', 4_000],
      ['Sdf Norr', 'Förskola/skola', 25_000],
      ['Sdf Söder', 'Förskola/skola', 28_920],
      ['Sdf Öster', 'Förskola/skola', 10_000],
      ['Utbildningsförvaltningen', 'E-tjänstsupport', 5_000],
      ['Trafikkontoret', 'E-tjänstsupport', 2_950],
      ...Object.entries(addOnPayer).flatMap(([t, payers]) => payers.map(([kund, v]) => [kund, t, v])),
    ]),
  ];
}

describe('report Figures 20/21: price structure of Kontaktcenter', () => {
  const result = run(kontaktcenterWorkbook());

  it('calculates without errors', () => {
    expect(errors(result)).toEqual([]);
  });

  it('prices the unit parts exactly: 50 kr per ärende, e-tjänstsupport 100 kr/st', () => {
    const price = (t: string) => one(result, 'Prislista', { Tjänst: t })['Pris'];
    expect(price('Äldre direkt')).toBe(50);
    expect(price('Funktionshinder')).toBe(50);
    expect(price('Förskola/skola')).toBe(50);
    expect(price('E-tjänstsupport')).toBe(100);
    expect(price('Stockholm Direkt')).toBeNull();
    for (const [t, cost, p] of KC_ADDONS) {
      expect(one(result, 'Prislista', { Tjänst: t })).toMatchObject({ Pris: p, Självkostnad: cost, Intäkt: cost });
    }
  });

  it('splits Äldre direkt 8 379 000 keyed + 6 517 000 per ärende, keyed over its 3 users only', () => {
    expect(one(result, 'Prislista', { Tjänst: 'Äldre direkt' })).toMatchObject({ 'Fast del': 8_379_000, 'Rörlig del': 6_517_000, Intäkt: 14_896_000 });
    // Users Norr 120 000, Söder 150 000, Väster 90 000 invånare (360 000):
    // 8 379 000 × 120/360 = 2 793 000; × 150/360 = 3 491 250; × 90/360 = 2 094 750.
    // Plus 50 kr × 50 000 / 60 000 / 20 340 = 2 500 000 / 3 000 000 / 1 017 000.
    const amounts = Object.fromEntries(rowsOf(result, 'Fördelning', { Tjänst: 'Äldre direkt' }).map((r) => [r['Kund'], r['Belopp']]));
    expect(amounts).toEqual({ 'Sdf Norr': 2_793_000 + 2_500_000, 'Sdf Söder': 3_491_250 + 3_000_000, 'Sdf Väster': 2_094_750 + 1_017_000 });
  });

  it('gives the Prisstruktur row 19 063 000 / 11 808 000 / 21 400 000 = 36,47 % / 22,59 % / 40,94 %', () => {
    const row = one(result, 'Prisstruktur', { Verksamhetsområde: 'Kontaktcenter' });
    expect(row).toMatchObject({
      'Fördelat/nycklat': 19_063_000,
      'Obligatoriskt (st/tim)': 11_808_000,
      Tilläggstjänster: 21_400_000,
      Totalt: 52_271_000,
    });
    expect(row['Andel fördelat/nycklat']).toBeCloseTo(19_063 / 52_271, 12);
    expect(row['Andel obligatoriskt (st/tim)']).toBeCloseTo(11_808 / 52_271, 12);
    expect(row['Andel tilläggstjänster']).toBeCloseTo(21_400 / 52_271, 12);
    expect([to4(row['Andel fördelat/nycklat']), to4(row['Andel obligatoriskt (st/tim)']), to4(row['Andel tilläggstjänster'])]).toEqual([0.3647, 0.2259, 0.4094]);
  });

  it('has a Totalt row equal to the one area', () => {
    const area = one(result, 'Prisstruktur', { Verksamhetsområde: 'Kontaktcenter' });
    const total = one(result, 'Prisstruktur', { Verksamhetsområde: 'Totalt' });
    expect({ ...total, Verksamhetsområde: 'Kontaktcenter' }).toEqual(area);
  });

  it('reconciles every service and process to OK with no gap', () => {
    const rows = output(result, 'Avstämning');
    expect(rows.every((r) => r['Status'] === 'OK' && r['Differens'] === 0)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ Nivå: 'Totalt', Kostnad: 52_271_000, Intäkt: 52_271_000 });
  });
});

// ---------------------------------------------------------------------------------------------
// Figure 10: Lantmäteriet's price model, 15 services, 172 900 kSEK, everything keyed.
// ---------------------------------------------------------------------------------------------
//
// Process / Tjänsteområde / Tjänst / Fördelningsgrund / Kostnad (kSEK), as in the report
// (lines ~1105–1135 of the seed text). Omsättning: 95 700, Anställd: 28 500, Anställd i kv
// Vasen: 48 700; sum 172 900.
const LM_SERVICES: [string, string, string, string, number][] = [
  ['Ge stöd inom ledning och styrning', 'Ledningsstöd', 'Controlling', 'Omsättning', 17_400],
  ['Ge ekonomi- och verksamhetsstöd', 'Allmänt EA-stöd', 'Redovisning', 'Omsättning', 6_100],
  ['Ge ekonomi- och verksamhetsstöd', 'Allmänt EA-stöd', 'Kundfakturering', 'Omsättning', 4_300],
  ['Ge ekonomi- och verksamhetsstöd', 'Allmänt EA-stöd', 'Leverantörsfakturahantering', 'Omsättning', 5_400],
  ['Ge ekonomi- och verksamhetsstöd', 'Upphandling o Inköp', 'Genomföra upphandling/inköp', 'Omsättning', 10_000],
  ['Ge ekonomi- och verksamhetsstöd', 'Lokal o Kontorsservice', 'Lokal och kontorsservice i kvarteret Vasen', 'Anställd i kv Vasen', 48_700],
  ['Ge ekonomi- och verksamhetsstöd', 'Dokumentstyrning', 'Dokumentstyrningsstöd', 'Omsättning', 4_300],
  ['Ge PA-stöd', 'Ledningsstöd personal', 'Kvalificerat PA-stöd', 'Anställd', 14_300],
  ['Ge PA-stöd', 'Ledningsstöd personal', 'Långsiktig rekrytering', 'Anställd', 3_900],
  ['Ge PA-stöd', 'Allmänt PA-stöd', 'Personaladministration', 'Anställd', 5_700],
  ['Ge PA-stöd', 'Allmänt PA-stöd', 'Löne- och reseräkningsservice', 'Anställd', 4_600],
  ['Ge kommunikationsstöd', 'Möta kund', 'Kundcenter', 'Omsättning', 25_500],
  ['Ge kommunikationsstöd', 'Förvalta kommunikationsstöd', 'Förvalta www.lantmateriet.se och intranätet', 'Omsättning', 6_300],
  ['Ge kommunikationsstöd', 'Information', 'Ge intern och extern kommunikationsstöd', 'Omsättning', 7_800],
  ['Ge IT-stöd', 'IT-stöd', 'Utvecklingsstöd', 'Omsättning', 8_600],
];

// Four divisions with keys that give exact shares:
//   Omsättning (MSEK)        820 / 615 / 410 / 205 (2 050)  -> 40 / 30 / 20 / 10 %
//   Anställd               1 000 / 600 / 300 / 100 (2 000)  -> 50 / 30 / 15 /  5 %
//   Anställd i kv Vasen      250 /   0 / 150 / 100 (  500)  -> 50 /  – / 30 / 20 %
const KEY_NAMES = ['Omsättning', 'Anställd', 'Anställd i kv Vasen'] as const;
const LM_DIVISIONS: [string, number, number, number][] = [
  ['Fastighetsbildning', 820, 1000, 250],
  ['Geodata', 615, 600, 0],
  ['Inskrivning', 410, 300, 150],
  ['Ledning', 205, 100, 100],
];

function lantmaterietWorkbook(): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Kundtyp', ...KEY_NAMES], LM_DIVISIONS.map(([kund, ...keys]) => [kund, 'Division', ...keys])),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Process', 'Tjänstetyp', 'Prismodell', 'Nyckel'],
      LM_SERVICES.map(([process, area, tjanst, key]) => [tjanst, area, process, 'Bastjänst', 'Fast', key]),
    ),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], LM_SERVICES.map(([, , tjanst, , ksek]) => [tjanst, ksek * 1000])),
  ];
}

/** cost × key / Σ key in integers; the shares are chosen so this is always whole kronor. */
function expectedAmount(costKr: number, keyName: (typeof KEY_NAMES)[number], division: string): number {
  const k = KEY_NAMES.indexOf(keyName);
  const value = (d: [string, number, number, number]) => d[k + 1] as number;
  const total = LM_DIVISIONS.reduce((a, d) => a + value(d), 0);
  const mine = value(LM_DIVISIONS.find((d) => d[0] === division) as [string, number, number, number]);
  const amount = (costKr * mine) / total;
  if (!Number.isInteger(amount)) throw new Error(`set-up: ${costKr} × ${mine} / ${total} is not whole kronor`);
  return amount;
}

describe('report Figure 10: Lantmäteriet\'s price model, 172 900 kSEK keyed', () => {
  const result = run(lantmaterietWorkbook());

  it('calculates without errors', () => {
    expect(errors(result)).toEqual([]);
  });

  it('the figure itself adds up: 95 700 + 28 500 + 48 700 = 172 900 kSEK', () => {
    const byKey = (k: string) => LM_SERVICES.filter((s) => s[3] === k).reduce((a, s) => a + s[4], 0);
    expect([byKey('Omsättning'), byKey('Anställd'), byKey('Anställd i kv Vasen')]).toEqual([95_700, 28_500, 48_700]);
    expect(LM_SERVICES.reduce((a, s) => a + s[4], 0)).toBe(172_900);
  });

  const cases = LM_SERVICES.flatMap(([, , tjanst, key, ksek]) =>
    LM_DIVISIONS.map(([kund]) => [tjanst, kund, key, ksek] as [string, string, (typeof KEY_NAMES)[number], number]),
  );
  it.each(cases)('Fördelning: %s for %s keyed by %s (%i kSEK)', (tjanst, kund, key, ksek) => {
    const expected = expectedAmount(ksek * 1000, key, kund);
    const rows = rowsOf(result, 'Fördelning', { Tjänst: tjanst, Kund: kund });
    if (expected === 0) {
      // Geodata has no employees in kv Vasen: not a sharer, so no row at all.
      expect(rows).toEqual([]);
    } else {
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ Grund: `Nyckel: ${key}`, Belopp: expected, Avvikelsepåslag: 0, Pris: null });
    }
  });

  it('gives each division its total, by hand', () => {
    // Fastighetsbildning 95 700 000 × 0,4 + 28 500 000 × 0,5  + 48 700 000 × 0,5 = 38 280 000 + 14 250 000 + 24 350 000 = 76 880 000
    // Geodata            95 700 000 × 0,3 + 28 500 000 × 0,3  + 0                = 28 710 000 +  8 550 000              = 37 260 000
    // Inskrivning        95 700 000 × 0,2 + 28 500 000 × 0,15 + 48 700 000 × 0,3 = 19 140 000 +  4 275 000 + 14 610 000 = 38 025 000
    // Ledning            95 700 000 × 0,1 + 28 500 000 × 0,05 + 48 700 000 × 0,2 =  9 570 000 +  1 425 000 +  9 740 000 = 20 735 000
    const totals = Object.fromEntries(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']]));
    expect(totals).toEqual({ Fastighetsbildning: 76_880_000, Geodata: 37_260_000, Inskrivning: 38_025_000, Ledning: 20_735_000 });
    expect(76_880_000 + 37_260_000 + 38_025_000 + 20_735_000).toBe(172_900_000);
  });

  it('charges exactly 172 900 000 kr in all', () => {
    const sum = output(result, 'Fördelning').reduce((a, r) => a + (r['Belopp'] as number), 0);
    expect(sum).toBe(172_900_000);
    expect(output(result, 'Fördelning')).toHaveLength(15 * 4 - 1);
  });

  it('reports the price per key unit of a keyed service, unrounded', () => {
    // Controlling 17 400 000 kr / 2 050 MSEK turnover = 8 487,804878… kr per MSEK.
    expect(one(result, 'Prislista', { Tjänst: 'Controlling' })['Pris per nyckelenhet']).toBeCloseTo(17_400_000 / 2050, 8);
    // Lokal och kontorsservice 48 700 000 / 500 employees in kv Vasen = 97 400 kr per employee.
    expect(one(result, 'Prislista', { Tjänst: 'Lokal och kontorsservice i kvarteret Vasen' })['Pris per nyckelenhet']).toBe(97_400);
  });

  it('reconciles every service, process and the total to OK, no gap', () => {
    const rows = output(result, 'Avstämning');
    expect(rows.filter((r) => r['Nivå'] === 'Tjänst')).toHaveLength(15);
    expect(rows.filter((r) => r['Nivå'] === 'Process').map((r) => r['Namn'])).toEqual([
      'Ge stöd inom ledning och styrning',
      'Ge ekonomi- och verksamhetsstöd',
      'Ge PA-stöd',
      'Ge kommunikationsstöd',
      'Ge IT-stöd',
    ]);
    for (const r of rows) expect(r).toMatchObject({ Status: 'OK', Differens: 0 });
    expect(rows.at(-1)).toMatchObject({ Nivå: 'Totalt', Kostnad: 172_900_000, Intäkt: 172_900_000, Täckningsgrad: 1 });
  });

  it('puts everything in Fördelat/nycklat', () => {
    // Areas in Tjänster order; the Totalt row carries it all.
    expect(one(result, 'Prisstruktur', { Verksamhetsområde: 'Totalt' })).toMatchObject({
      'Fördelat/nycklat': 172_900_000,
      'Obligatoriskt (st/tim)': 0,
      Tilläggstjänster: 0,
      Totalt: 172_900_000,
      'Andel fördelat/nycklat': 1,
    });
  });
});
