import { renderMessage } from '../../../src/engine/messages/catalog';
import { publishedPriceList } from '../../../src/engine/publish/priceList';
import { errors, output, run } from '../helpers';
import { mini } from './tables';

// The mini workbook (mini.test.ts): Lev costs 2 600 kr over 200 fakturor (A 100, B 60, C 40),
// 13,00 kr per faktura. With Fjolårspris 12,50 and Pristak 1,5 % the cap is 12,50 × 1,015 =
// 12,6875, rounded down to the price step 0,01: 12,68 kr. Charged at the cap: A 1 268, B
// ROUND(760,8) = 761, C ROUND(507,2) = 507, together 2 536; at 13,00 they were 1 300 + 780 +
// 520 = 2 600, so the cap takes 64 kr, which the service is short of its self-cost.
const CAPPED = { Fjolårspris: { Lev: 12.5, Kundres: 124 } };

describe('Pristaksmetod Begränsa', () => {
  const result = run(mini([['Pristak', 0.015], ['Pristaksmetod', 'Begränsa']], CAPPED));
  const prices = () => Object.fromEntries(output(result, 'Prislista').map((r) => [r['Tjänst'], r]));

  it('charges a price above the cap at the cap, and shows the price before it', () => {
    expect(errors(result)).toEqual([]);
    expect(prices()['Lev']).toMatchObject({ Pris: 12.68, 'Pris före tak': 13, Fjolårspris: 12.5, Självkostnad: 2600, Intäkt: 2536, 'Över-/underdeckning': -64, 'Att finansiera': 64, 'Över pristak': 'Nej' });
    expect(prices()['Lev']?.['Förändring']).toBeCloseTo(12.68 / 12.5 - 1, 12);
  });

  it('leaves a price within the cap as it is (Kundres 125,00 against 124 × 1,015 = 125,86)', () => {
    expect(prices()['Kundres']).toMatchObject({ Pris: 125, 'Pris före tak': null, 'Att finansiera': null, Intäkt: 1250 });
  });

  it('charges every customer at the capped price: Fördelning, Kundsammanställning and Fakturaunderlag', () => {
    const lev = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Lev');
    expect(lev.map((r) => [r['Kund'], r['Pris'], r['Belopp']])).toEqual([
      ['A', 12.68, 1268],
      ['B', 12.68, 761],
      ['C', 12.68, 507],
    ]);
    // Base totals A 3 885, B 1 560, C 655 (scenarios.test.ts), each less its Lev cut.
    const totals = Object.fromEntries(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']]));
    expect(totals).toEqual({ A: 3885 - 32, B: 1560 - 19, C: 655 - 13 });
    const invoiced = output(result, 'Fakturaunderlag').filter((r) => r['Tjänst'] === 'Lev' && r['Kund'] === 'B');
    expect(invoiced.reduce((s, r) => s + Number(r['Belopp']), 0)).toBe(761);
  });

  it('reports the shortfall in Avstämning as decided, not as the calculation’s', () => {
    const rows = output(result, 'Avstämning');
    const lev = rows.find((r) => r['Nivå'] === 'Tjänst' && r['Namn'] === 'Lev');
    expect(lev).toMatchObject({ Kostnad: 2600, Intäkt: 2536, Differens: -64, Status: 'Underdeckning', 'Beslutad differens': -64, Orsak: 'Pristak' });
    // Reskontra holds Lev and Kundres (1 250 = 1 250): the process's whole gap is the cap's.
    expect(rows.find((r) => r['Nivå'] === 'Process' && r['Namn'] === 'Reskontra')).toMatchObject({ Differens: -64, 'Beslutad differens': -64, Orsak: 'Pristak' });
    expect(rows.find((r) => r['Nivå'] === 'Tjänst' && r['Namn'] === 'Kassa')).toMatchObject({ Status: 'OK', 'Beslutad differens': null, Orsak: null });
    expect(rows.at(-1)).toMatchObject({ Nivå: 'Totalt', Kostnad: 6100, Intäkt: 6036, Differens: -64, 'Beslutad differens': -64, Orsak: 'Pristak' });
    expect(result.problems.filter((p) => p.code === 'coarse-price-step')).toEqual([]);
  });

  it('the published price list gives the capped price and says it is held by the cap, not the price before it', () => {
    const list = publishedPriceList(result.calculation!, { label: 'Utkast' });
    const lev = list.areas.flatMap((a) => a.services).find((s) => s.service === 'Lev')!;
    expect(lev).toMatchObject({ price: 12.68, heldAtCap: true, fee: '12,68\u00a0kr per faktura', feeDetail: 'Begränsat av pristaket (högst 1,5\u00a0% mot fjolårspriset)' });
    expect(JSON.stringify(lev)).not.toContain('13,00');
    expect(list.notes).toContain('Begränsat av pristaket: priset höjs inte mer än pristaket tillåter mot fjolårspriset, även om kostnaden skulle kräva det.');
  });

  it('only flags under Flagga, the default: the price is charged as calculated', () => {
    for (const method of [[['Pristaksmetod', 'Flagga']], []] as [string, string][][]) {
      const flagged = run(mini([['Pristak', 0.015], ...method], CAPPED));
      const lev = output(flagged, 'Prislista').find((r) => r['Tjänst'] === 'Lev');
      expect(lev).toMatchObject({ Pris: 13, 'Över pristak': 'Ja', 'Pris före tak': null, Intäkt: 2600, 'Att finansiera': null });
    }
  });

  it('rounds the cap down to the price step, so the charged price never passes it', () => {
    // 12,50 × 1,0155 = 12,69375: 12,69 (not 12,70) with step 0,01; 12,5 with step 0,5.
    const fine = run(mini([['Pristak', 0.0155], ['Pristaksmetod', 'Begränsa']], CAPPED));
    expect(output(fine, 'Prislista').find((r) => r['Tjänst'] === 'Lev')?.['Pris']).toBe(12.69);
    const coarse = run(mini([['Pristak', 0.0155], ['Pristaksmetod', 'Begränsa']], { ...CAPPED, Prissteg: { Lev: 0.5 } }));
    expect(output(coarse, 'Prislista').find((r) => r['Tjänst'] === 'Lev')).toMatchObject({ Pris: 12.5, 'Pris före tak': 13 });
  });

  it('caps a decided price too: the rule is about what the customers pay', () => {
    const decided = run(mini([['Pristak', 0.015], ['Pristaksmetod', 'Begränsa']], { ...CAPPED, 'Fastställt pris': { Lev: 14 } }));
    const rows = output(decided, 'Avstämning');
    expect(output(decided, 'Prislista').find((r) => r['Tjänst'] === 'Lev')).toMatchObject({ Pris: 12.68, 'Pris före tak': 14, Intäkt: 2536 });
    expect(rows.find((r) => r['Namn'] === 'Lev')).toMatchObject({ Orsak: 'Pristak, Fastställt pris', 'Beslutad differens': -64 });
  });
});

describe('Pristaksmetod: bad input, located', () => {
  it('an unknown method is an error on its Värde cell', () => {
    const result = run(mini([['Pristak', 0.015], ['Pristaksmetod', 'Tak']]));
    const p = result.problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.code, x.table, x.row, x.column, x.cell])).toEqual([['unknown-value', 'Inställningar', 2, 'Värde', 'Inställningar!B3']]);
    expect(p[0]?.message).toContain('Flagga, Begränsa');
  });

  it('Begränsa without Pristak is one error on the method’s Värde cell, in Swedish and English', () => {
    const result = run(mini([['Budgetår', 2021], ['Pristaksmetod', 'Begränsa']]));
    const p = result.problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.code, x.table, x.row, x.column, x.cell])).toEqual([['cap-method-without-cap', 'Inställningar', 2, 'Värde', 'Inställningar!B3']]);
    expect(p[0]?.message).toBe('Inställningar rad 2, kolumn Värde (Inställningar!B3): Pristaksmetod är Begränsa, men Pristak saknas, så det finns inget tak att begränsa priserna till. Ange Pristak (t.ex. 0,015 för 1,5 %) eller sätt Pristaksmetod till Flagga.');
    expect(renderMessage(p[0]!.text, 'en')).toBe('Inställningar row 2, column Värde (Inställningar!B3): Pristaksmetod is Begränsa, but Pristak is missing, so there is no cap to hold the prices to. Give Pristak (e.g. 0,015 for 1,5 %) or set Pristaksmetod to Flagga.');
  });

  it('a Pristak that is itself wrong is not reported a second time by Begränsa', () => {
    const result = run(mini([['Pristak', -1], ['Pristaksmetod', 'Begränsa']]));
    expect(result.problems.filter((x) => x.level === 'error').map((x) => [x.code, x.row])).toEqual([['out-of-range', 1]]);
  });

  it('a unit-priced service without Fjolårspris (or with 0) under Begränsa is a warning on that cell; it is charged uncapped', () => {
    const result = run(mini([['Pristak', 0.015], ['Pristaksmetod', 'Begränsa']], { Fjolårspris: { Kundres: 0 } }));
    expect(errors(result)).toEqual([]);
    const w = result.problems.filter((x) => x.code === 'cap-without-last-price');
    // Fjolårspris is the tenth column (J): Lev on sheet row 3, Kundres on row 4; Kassa (Fast) and Uppdrag (Direkt) are not unit-priced.
    expect(w.map((x) => [x.level, x.table, x.row, x.column, x.cell])).toEqual([
      ['warning', 'Tjänster', 2, 'Fjolårspris', 'Tjänster!J3'],
      ['warning', 'Tjänster', 3, 'Fjolårspris', 'Tjänster!J4'],
    ]);
    expect(w[0]?.message).toBe('Tjänster rad 2, kolumn Fjolårspris (Tjänster!J3): Pristaksmetod är Begränsa, men tjänsten Lev (Styck) saknar fjolårspris, så pristaket kan inte begränsa dess pris; priset tas ut som det räknas fram. Ange Fjolårspris för att taket ska gälla tjänsten.');
    expect(renderMessage(w[1]!.text, 'en')).toBe('Tjänster row 3, column Fjolårspris (Tjänster!J4): Pristaksmetod is Begränsa, but the service Kundres (Tim) has the Fjolårspris 0, against which no rise can be measured, so the price cap cannot hold its price; the price is charged as calculated. Give Fjolårspris for the cap to apply to the service.');
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Lev')).toMatchObject({ Pris: 13, 'Pris före tak': null });
  });
});
