import type { Calculation } from '../../src/engine/calc/calculate';
import type { RawTable } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import { customerStatement } from '../../src/engine/statement';
import { errors, output, run, table } from './helpers';
import { withSetting } from './lastYearTables';

// Fjolårsbelopp: what each customer was invoiced last year, the base of the comparisons
// (docs/arbetsbok.md, "Last year's invoiced amounts"). Every figure below is worked out by hand.

type Row = Record<string, OutputValue>;

/**
 * Two customers, three services:
 * - Kassa, Fast, 900 kr keyed by Anställda 30 : 60: A 300, B 600.
 * - Lev, Styck, 2 000 kr; A has 5 deviations à 20 kr (100 kr, lifted out before the price):
 *   P1 = 1 900 / 200 = 9,50; A pays 9,50 · 100 + 100 = 1 050, B 950. Fjolårspris 9,50.
 * - Uppdrag, Direkt to A: 500.
 */
function workbook(): RawTable[] {
  return [
    table('Nycklar', ['Kund', 'Anställda'], [
      ['A', 30],
      ['B', 60],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare', 'Fjolårspris'], [
      ['Kassa', 'Ekonomi', 'Bastjänst', 'Fast', 'Anställda', null, null],
      ['Lev', 'Ekonomi', 'Bastjänst', 'Styck', null, null, 9.5],
      ['Uppdrag', 'Upphandling', 'Uppdrag', 'Direkt', null, 'A', null],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [
      ['Kassa', 900],
      ['Lev', 2000],
      ['Uppdrag', 500],
    ]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym', 'Fjolårsvolym'], [
      ['A', 'Lev', 100, 120],
      ['B', 'Lev', 100, 80],
    ]),
    table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Felaktig', 'Lev', 20]]),
    table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Lev', 'Felaktig', 5]]),
  ];
}

/** Last year's invoices: B's Kassa is not in the table. */
function withInvoiced(tables: RawTable[], rows = [
  ['A', 'Kassa', 250, null],
  ['A', 'Lev', 1200, 60],
  ['B', 'Lev', 760, null],
  ['A', 'Uppdrag', 480, null],
] as (string | number | null)[][]): RawTable[] {
  return [...tables, table('Fjolårsbelopp', ['Kund', 'Tjänst', 'Belopp', 'Varav avvikelser'], rows)];
}

const COLUMNS = ['Kund', 'Tjänst', 'Fjolårsbelopp', 'Belopp', 'Förändring', 'Priseffekt', 'Volymeffekt', 'Avvikelseeffekt', 'Modell-/nyckeleffekt'] as const;
const pick = (r: Row) => COLUMNS.map((c) => r[c]);

describe('Förändringsanalys against Fjolårsbelopp', () => {
  const result = run(withInvoiced(workbook()));
  const rows = output(result, 'Förändringsanalys');

  it('calculates', () => {
    expect(errors(result)).toEqual([]);
  });

  it('starts from what was invoiced and splits the change into four effects that sum to it', () => {
    // A Kassa: L = 250, T = 300: +50, no unit price: all model/key effect.
    // A Lev: L = 1 200 (of which 60 deviations), T = 1 050: −150. P1 = P0 = 9,50: price 0;
    //   volume 9,50 · (100 − 120) = −190; deviations 100 − 60 = +40; model/key −150 + 190 − 40 = 0.
    // A Uppdrag: L = 480, T = 500: +20 model/key.
    // B Kassa: no Fjolårsbelopp and no Fjolårspris: L = 0, 600 model/key.
    // B Lev: L = 760, T = 950: +190 = volume 9,50 · (100 − 80) = 190.
    expect(rows.map(pick)).toEqual([
      ['A', 'Kassa', 250, 300, 50, 0, 0, 0, 50],
      ['A', 'Lev', 1200, 1050, -150, 0, -190, 40, 0],
      ['A', 'Uppdrag', 480, 500, 20, 0, 0, 0, 20],
      ['B', 'Kassa', 0, 600, 600, 0, 0, 0, 600],
      ['B', 'Lev', 760, 950, 190, 0, 190, 0, 0],
    ]);
    const note = (k: string, s: string) => rows.find((r) => r['Kund'] === k && r['Tjänst'] === s)?.['Anmärkning'];
    expect(note('B', 'Kassa')).toBe('Fjolårsbelopp saknas');
    expect(note('A', 'Lev')).toBeNull();
  });

  it('falls back to Fjolårspris × Fjolårsvolym for a pair the table does not have, and says so', () => {
    const partial = run(withInvoiced(workbook(), [['A', 'Kassa', 250, null]]));
    const b = output(partial, 'Förändringsanalys').find((r) => r['Kund'] === 'B' && r['Tjänst'] === 'Lev') as Row;
    // L = 9,50 · 80 = 760 by price × volume: the same figures as above.
    expect(pick(b)).toEqual(['B', 'Lev', 760, 950, 190, 0, 190, 0, 0]);
    expect(b['Anmärkning']).toBe('Jämförs med fjolårspris × fjolårsvolym, eftersom fjolårsbelopp saknas');
  });

  it('without the table, compares price × volume as before, with this year’s surcharge as the deviation effect', () => {
    const before = output(run(workbook()), 'Förändringsanalys');
    // A Lev: L = 9,50 · 120 = 1 140, T = 1 050: −90 = volume −190 + deviations 100 + model/key 0.
    expect(before.map(pick)).toEqual([
      ['A', 'Kassa', 0, 300, 300, 0, 0, 0, 300],
      ['A', 'Lev', 1140, 1050, -90, 0, -190, 100, 0],
      ['A', 'Uppdrag', 0, 500, 500, 0, 0, 0, 500],
      ['B', 'Kassa', 0, 600, 600, 0, 0, 0, 600],
      ['B', 'Lev', 760, 950, 190, 0, 190, 0, 0],
    ]);
  });

  it('shows a customer invoiced last year and not charged this year', () => {
    const gone = run(withInvoiced(workbook(), [['B', 'Uppdrag', 300, null]]));
    const b = output(gone, 'Förändringsanalys').find((r) => r['Kund'] === 'B' && r['Tjänst'] === 'Uppdrag') as Row;
    expect(pick(b)).toEqual(['B', 'Uppdrag', 300, 0, -300, 0, 0, 0, -300]);
    expect(b['Anmärkning']).toBe('Debiteras inte i år');
  });

  it('adds up the rows of one customer and service, with one warning', () => {
    const split = run(withInvoiced(workbook(), [
      ['A', 'Lev', 700, 20],
      ['A', 'Lev', 500, 40],
      ['A', 'Lev', 0, null],
    ]));
    expect(errors(split)).toEqual([]);
    const a = output(split, 'Förändringsanalys').find((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Lev') as Row;
    expect(pick(a)).toEqual(['A', 'Lev', 1200, 1050, -150, 0, -190, 40, 0]);
    const warnings = split.problems.filter((p) => p.code === 'summed-last-year-amounts');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ table: 'Fjolårsbelopp', row: 2, column: 'Belopp' });
  });
});

describe('Kundsammanställning against Fjolårsbelopp', () => {
  it('adds Fjolår and Mot i fjol only when the table is there', () => {
    const rows = output(run(withInvoiced(workbook())), 'Kundsammanställning');
    // A: 300 + 1 050 + 500 = 1 850 against 250 + 1 200 + 480 = 1 930; B: 1 550 against 760.
    expect(rows.map((r) => [r['Kund'], r['Totalt'], r['Fjolår']])).toEqual([
      ['A', 1850, 1930],
      ['B', 1550, 760],
    ]);
    expect(rows[0]?.['Mot i fjol']).toBeCloseTo(-80 / 1930, 15);
    expect(rows[1]?.['Mot i fjol']).toBeCloseTo(790 / 760, 15);
    expect(Object.keys(output(run(workbook()), 'Kundsammanställning')[0] ?? {})).not.toContain('Fjolår');
  });
});

describe('Övergång against Fjolårsbelopp', () => {
  it('compares every invoiced service, keyed and direct too, and caps on that base', () => {
    const rows = output(run(withSetting(withInvoiced(workbook()), 'Övergångstak', 0.1)), 'Övergång');
    // A: Fjolår 250 + 1 200 + 480 = 1 930, Okappat 1 850 (−4,1 %): within 10 %.
    // B: only Lev is compared (Kassa has no last-year amount): 760 -> 950 (+25 %): held at
    //    ⌊760 · 1,1⌋ = 836, −114 on Lev, carried by A, Lev's one uncapped customer: A 1 964.
    expect(rows.map((r) => [r['Kund'], r['Fjolår'], r['Okappat'], r['Kappat'], r['Justering'], r['Kappad']])).toEqual([
      ['A', 1930, 1850, 1964, 114, 'Nej'],
      ['B', 760, 950, 836, -114, 'Ja'],
    ]);
  });
});

describe('Kundbesked against Fjolårsbelopp', () => {
  it('compares what was invoiced, and says which base it used', () => {
    const result = run(withInvoiced(workbook()));
    const s = customerStatement(result.calculation as Calculation, 'A');
    expect(s.comparison.lines.map((l) => [l.service, l.invoiced, l.lastAmount, l.amount])).toEqual([
      ['Kassa', true, 250, 300],
      ['Lev', true, 1200, 1050],
      ['Uppdrag', true, 480, 500],
    ]);
    expect([s.comparison.lastAmount, s.comparison.amount, s.comparison.change]).toEqual([1930, 1850, -80]);
    expect(s.texts.method.join(' ')).toMatch(/I fjol är det ni fakturerades för tjänsten/);
    expect(s.texts.method.join(' ')).not.toMatch(/fjolårspriset gånger er fjolårsvolym/);
  });
});

describe('Pristaksmetod Begränsa on keyed fees against Fjolårsbelopp', () => {
  // Kassa (Fast, 900 kr by Anställda 30 : 60) charges A 300 and B 600. Last year A was invoiced
  // 250 and B 500, of which 20 deviation charges. Pristak 10 %: A may pay ⌊250 · 1,1⌋ = 275,
  // B ⌊480 · 1,1⌋ = 528; 25 + 72 = 97 kr is left to finance, on no one else. Uppdrag (Direkt,
  // 500 against 480 · 1,1 = 528) and Lev (its price unchanged) are within the cap.
  const invoiced = [
    ['A', 'Kassa', 250, null],
    ['B', 'Kassa', 500, 20],
    ['A', 'Uppdrag', 480, null],
  ] as (string | number | null)[][];
  const capped = (method: string) => withSetting(withSetting(withInvoiced(workbook(), invoiced), 'Pristak', 0.1), 'Pristaksmetod', method);

  it('holds each customer’s keyed amount at the cap and shows the rest as Att finansiera', () => {
    const result = run(capped('Begränsa'));
    expect(errors(result)).toEqual([]);
    const amount = (k: string, s: string) => output(result, 'Fördelning').find((r) => r['Kund'] === k && r['Tjänst'] === s)?.['Belopp'];
    expect([amount('A', 'Kassa'), amount('B', 'Kassa'), amount('A', 'Uppdrag')]).toEqual([275, 528, 500]);
    const kassa = output(result, 'Prislista').find((r) => r['Tjänst'] === 'Kassa') as Row;
    expect([kassa['Självkostnad'], kassa['Intäkt'], kassa['Att finansiera']]).toEqual([900, 803, 97]);
    const line = output(result, 'Avstämning').find((r) => r['Namn'] === 'Kassa') as Row;
    expect(line['Orsak']).toBe('Pristak');
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Uppdrag')?.['Att finansiera']).toBeNull();
    const statement = customerStatement(result.calculation as Calculation, 'B');
    expect(statement.lines.find((l) => l.service === 'Kassa')?.uncappedKeyed).toBe(600);
    expect(statement.texts.method.join(' ')).toMatch(/er fasta avgift för Kassa får höjas högst 10\u00a0% mot vad ni fakturerades i fjol/);
  });

  it('only flags under Flagga', () => {
    const result = run(capped('Flagga'));
    const amount = (k: string) => output(result, 'Fördelning').find((r) => r['Kund'] === k && r['Tjänst'] === 'Kassa')?.['Belopp'];
    expect([amount('A'), amount('B')]).toEqual([300, 600]);
  });
});

describe('Fjolårsbelopp, bad input', () => {
  it('names the unknown customer and the deviation charges above the amount, and writes nothing', () => {
    const result = run(withInvoiced(workbook(), [
      ['Ö', 'Lev', 100, null],
      ['A', 'Lev', 100, 150],
    ]));
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const found = result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.table, p.row, p.column, p.cell]);
    expect(found).toEqual([
      ['unknown-customer', 'Fjolårsbelopp', 1, 'Kund', 'Fjolårsbelopp!A2'],
      ['deviations-above-amount', 'Fjolårsbelopp', 2, 'Varav avvikelser', 'Fjolårsbelopp!D3'],
    ]);
  });
});
