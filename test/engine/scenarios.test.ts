import { miniWorkbook, output, run, table } from './helpers';

// The mini workbook (worked by hand in mini.test.ts) with one scenario: Lev (2 600 kr, Styck
// 13,00 kr per faktura: A 1 300, B 780, C 520) made Fast by Omsättning 600/300/100:
// A 1 560, B 780, C 260. Customer totals in the base: A 3 885, B 1 560, C 655.
// Scenario totals: A 4 145 (+260, +6,69 %), B 1 560 (0), C 395 (−260, −39,69 %).
function withScenario(threshold: number | null) {
  const tables = [
    ...miniWorkbook(),
    table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel'], [['Allt fast', 'Lev', 'Fast', 'Omsättning']]),
  ];
  if (threshold !== null) tables.push(table('Inställningar', ['Parameter', 'Värde'], [['Tröskel', threshold]]));
  return run(tables);
}

describe('scenarios side by side', () => {
  it('compares each customer’s total under the base and the scenario', () => {
    const rows = output(withScenario(null), 'Scenariojämförelse');
    expect(rows.map((r) => [r['Kund'], r['Bas'], r['Allt fast'], r['Allt fast förändring kr']])).toEqual([
      ['A', 3885, 4145, 260],
      ['B', 1560, 1560, 0],
      ['C', 655, 395, -260],
    ]);
    expect(rows[0]?.['Allt fast förändring %']).toBeCloseTo(260 / 3885, 12);
    expect(rows[2]?.['Allt fast förändring %']).toBeCloseTo(-260 / 655, 12);
    // Without a Tröskel there is no flag column.
    expect(Object.keys(rows[0] ?? {})).not.toContain('Allt fast över tröskel');
  });

  it('flags the customers whose change exceeds Tröskel', () => {
    const rows = output(withScenario(0.05), 'Scenariojämförelse');
    expect(rows.map((r) => [r['Kund'], r['Allt fast över tröskel']])).toEqual([
      ['A', 'Ja'], // 6,69 % > 5 %
      ['B', 'Nej'],
      ['C', 'Ja'],
    ]);
    const loose = output(withScenario(0.1), 'Scenariojämförelse');
    expect(loose.map((r) => r['Allt fast över tröskel'])).toEqual(['Nej', 'Nej', 'Ja']);
  });

  it('shows each service’s model and price in the base and the scenario', () => {
    const rows = output(withScenario(null), 'Scenariopriser');
    const lev = rows.find((r) => r['Tjänst'] === 'Lev');
    expect(lev).toMatchObject({
      Prismodell: 'Styck',
      Pris: 13,
      Intäkt: 2600,
      'Allt fast prismodell': 'Fast',
      'Allt fast nyckel': 'Omsättning',
      'Allt fast pris': null,
      'Allt fast intäkt': 2600,
    });
    expect(lev?.['Allt fast pris per nyckelenhet']).toBeCloseTo(2.6, 12); // 2 600 kr / 1 000 Omsättning
    const kassa = rows.find((r) => r['Tjänst'] === 'Kassa');
    expect(kassa?.['Allt fast prismodell']).toBe('Fast'); // unchanged services show their base plan
  });
});

describe('Blandad whose unit part is only rounding', () => {
  // Full cost 100,40 -> Självkostnad 100. One reminder at 0,50 kr is carved out, rounded to
  // 1 kr, so 99 kr are left to price; the exact rest is 99,90. With Fast andel 1 (or 0,999 99)
  // the fixed part 99,90 (99,899…) would round to 100, one krona more than is left, and the
  // unit part to −1 kr: a negative price. The fixed part is held to the 99 kr left, the unit
  // part is 0 and so is the price. Keyed 99 by Omsättning 1:3 -> 24,75 / 74,25 -> A 25, B 74
  // (the leftover krona to the larger remainder); A also pays its 1 kr surcharge: 100 in all.
  it.each([0.99999, 1])('prices the unit part at 0, not below, with Fast andel %p', (share) => {
    const result = run([
      table('Nycklar', ['Kund', 'Omsättning'], [['A', 1], ['B', 3]]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Fast andel'], [['S', 'KC', 'Bastjänst', 'Blandad', 'Omsättning', share]]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['S', 100.4]]),
      table('Volymer', ['Kund', 'Tjänst', 'Volym'], [['A', 'S', 7], ['B', 'S', 5]]),
      table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'S', 0.5]]),
      table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'S', 'Påminnelse', 1]]),
    ]);
    const s = output(result, 'Prislista')[0]!;
    expect([s['Självkostnad'], s['Fast del'], s['Rörlig del'], s['Pris']]).toEqual([100, 99, 0, 0]);
    const amounts = output(result, 'Fördelning').map((r) => [r['Kund'], r['Belopp']]);
    expect(amounts).toEqual([['A', 26], ['B', 74]]);
  });
});
