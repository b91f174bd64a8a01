import fc from 'fast-check';
import { renderMessage } from '../../../src/engine/messages/catalog';
import { customerStatement } from '../../../src/engine/statement';
import { traceCharge } from '../../../src/engine/calc/trace';
import { publishedPriceList } from '../../../src/engine/publish/priceList';
import { errors, output, run, table } from '../helpers';
import { mini } from './tables';

// The mini workbook (mini.test.ts): Kassa (Fast by Omsättning A 600, B 300, C 100) costs 1 350
// kr, Uppdrag (Direkt, paid by A) 900 kr. Agreed: Kassa 1 001 kr, Uppdrag 1 000 kr.
// Kassa 1 001 by 600/300/100: exact 600,6 / 300,3 / 100,1, floors 600 / 300 / 100 = 1 000, the
// one krona left to the largest remainder (A, 0,6): A 601, B 300, C 100.
const AGREED = { 'Avtalat belopp': { Kassa: 1001, Uppdrag: 1000 } };

describe('Avtalat belopp on Fast and Direkt services', () => {
  const result = run(mini([], AGREED));
  const byService = () => Object.fromEntries(output(result, 'Prislista').map((r) => [r['Tjänst'], r]));

  it('charges the payer of a Direkt service the agreed amount, whatever the self-cost', () => {
    expect(errors(result)).toEqual([]);
    expect(byService()['Uppdrag']).toMatchObject({ Självkostnad: 900, 'Fast del': 1000, 'Avtalat belopp': 1000, Intäkt: 1000, 'Över-/underdeckning': 100, 'Att finansiera': null });
    const rows = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Uppdrag');
    expect(rows.map((r) => [r['Kund'], r['Grund'], r['Belopp']])).toEqual([['A', 'Direkt', 1000]]);
  });

  it('keys the agreed amount of a Fast service out over the sharers in whole kronor, summing to it', () => {
    expect(byService()['Kassa']).toMatchObject({ Självkostnad: 1350, 'Fast del': 1001, 'Avtalat belopp': 1001, Intäkt: 1001, 'Över-/underdeckning': -349, 'Att finansiera': 349 });
    expect(byService()['Kassa']?.['Pris per nyckelenhet']).toBeCloseTo(1.001, 12);
    const rows = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Kassa');
    expect(rows.map((r) => [r['Kund'], r['Belopp']])).toEqual([['A', 601], ['B', 300], ['C', 100]]);
  });

  it('shows the over- and under-coverage in Avstämning as agreed, with the customers’ totals and invoices following', () => {
    const rows = output(result, 'Avstämning');
    expect(rows.find((r) => r['Nivå'] === 'Process' && r['Namn'] === 'Uppdrag')).toMatchObject({ Kostnad: 900, Intäkt: 1000, Differens: 100, Status: 'Överdeckning', 'Beslutad differens': 100, Orsak: 'Avtalat belopp' });
    expect(rows.find((r) => r['Nivå'] === 'Process' && r['Namn'] === 'Kassa')).toMatchObject({ Differens: -349, Status: 'Underdeckning', 'Beslutad differens': -349, Orsak: 'Avtalat belopp' });
    expect(rows.at(-1)).toMatchObject({ Kostnad: 6100, Intäkt: 6100 - 349 + 100, 'Beslutad differens': -249, Orsak: 'Avtalat belopp' });
    // Base totals A 3 885, B 1 560, C 655 (Kassa 810 / 405 / 135, Uppdrag 900 to A).
    const totals = Object.fromEntries(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']]));
    expect(totals).toEqual({ A: 3885 - 810 + 601 - 900 + 1000, B: 1560 - 405 + 300, C: 655 - 135 + 100 });
    const invoiced = output(result, 'Fakturaunderlag').filter((r) => r['Tjänst'] === 'Uppdrag');
    expect(invoiced).toHaveLength(12);
    expect(invoiced.reduce((s, r) => s + Number(r['Belopp']), 0)).toBe(1000);
  });

  it('Kundbesked: A pays the agreed sums, and is not told that it pays Uppdrag’s whole cost', () => {
    const s = customerStatement(result.calculation!, 'A');
    expect(s.lines.filter((l) => l.agreed).map((l) => [l.service, l.amount])).toEqual([['Kassa', 601], ['Uppdrag', 1000]]);
    expect(s.texts.method).toContain('Avtalat belopp: för Kassa och Uppdrag är avgiften det belopp som avtalats för året, för en fast avgift er andel av det efter nyckeln, inte tjänstens självkostnad.');
    expect(s.texts.method).not.toContain('Direkt: ni betalar tjänstens hela kostnad.');
    expect(customerStatement(run(mini([])).calculation!, 'A').texts.method).toContain('Direkt: ni betalar tjänstens hela kostnad.');
  });

  it('an agreed amount of 0 charges nobody and leaves the whole cost to be financed', () => {
    const free = run(mini([], { 'Avtalat belopp': { Uppdrag: 0 } }));
    expect(output(free, 'Fördelning').filter((r) => r['Tjänst'] === 'Uppdrag')).toEqual([]);
    expect(output(free, 'Prislista').find((r) => r['Tjänst'] === 'Uppdrag')).toMatchObject({ Intäkt: 0, 'Avtalat belopp': 0, 'Att finansiera': 900 });
  });

  it('keyed sums equal the agreed amount exactly, each part within a krona of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 8 }),
        (agreed, keys) => {
          const names = keys.map((_, i) => `K${i}`);
          const tables = [
            table('Nycklar', ['Kund', 'Anställda'], keys.map((k, i) => [names[i]!, k])),
            table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Avtalat belopp'], [['E-handel', 'Upphandling', 'Bastjänst', 'Fast', 'Anställda', agreed]]),
            table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['E-handel', 9_000_444]]),
          ];
          const r = run(tables);
          const rows = output(r, 'Fördelning');
          const total = keys.reduce((a, b) => a + b, 0);
          expect(rows.reduce((s, x) => s + Number(x['Belopp']), 0)).toBe(agreed);
          for (const x of rows) {
            const exact = (agreed * keys[names.indexOf(String(x['Kund']))]!) / total;
            expect(Math.abs(Number(x['Belopp']) - exact)).toBeLessThan(1);
          }
          expect(output(r, 'Prislista')[0]).toMatchObject({ Självkostnad: 9_000_444, Intäkt: agreed, 'Över-/underdeckning': agreed - 9_000_444 });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Avtalat belopp: bad input, located', () => {
  // Avtalat belopp is Tjänster's tenth column (J); Fastställt pris, when added first, the tenth and Avtalat belopp the eleventh.
  it('on a Styck service it is an error on its cell', () => {
    const result = run(mini([], { 'Avtalat belopp': { Lev: 2000 } }));
    const p = result.problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.code, x.table, x.row, x.column, x.cell])).toEqual([['agreed-amount-model', 'Tjänster', 2, 'Avtalat belopp', 'Tjänster!J3']]);
    expect(p[0]?.message).toBe('Tjänster rad 2, kolumn Avtalat belopp (Tjänster!J3): tjänsten Lev har prismodellen Styck, men Avtalat belopp gäller bara Fast och Direkt (en årssumma som nycklas ut eller betalas av betalaren). Ta bort beloppet, eller ange ett pris per enhet i Fastställt pris.');
    expect(renderMessage(p[0]!.text, 'en')).toBe('Tjänster row 2, column Avtalat belopp (Tjänster!J3): the service Lev has the pricing model Styck, but Avtalat belopp applies to Fast and Direkt only (a yearly sum keyed out or paid by the payer). Remove the amount, or give a price per unit in Fastställt pris.');
  });

  it('beside a Fastställt pris it is one problem: an error naming both cells, and no warning that the price is ignored', () => {
    const result = run(mini([], { 'Fastställt pris': { Uppdrag: 950 }, 'Avtalat belopp': { Uppdrag: 1000 } }));
    expect(result.problems.filter((x) => x.table === 'Tjänster').map((x) => [x.level, x.code, x.row, x.column, x.cell])).toEqual([['error', 'agreed-and-set-price', 4, 'Avtalat belopp', 'Tjänster!K5']]);
    const p = result.problems.find((x) => x.code === 'agreed-and-set-price')!;
    expect(p.message).toBe('Tjänster rad 4, kolumn Avtalat belopp (Tjänster!K5): tjänsten Uppdrag har både Avtalat belopp och Fastställt pris (Tjänster!J5); det är oklart vilket som gäller. Avtalat belopp är årssumman för en Fast- eller Direkt-tjänst; ett Fastställt pris är ett pris per enhet och gäller inte Fast eller Direkt. Töm en av cellerna.');
    expect(renderMessage(p.text, 'en')).toContain('has both Avtalat belopp and Fastställt pris (Tjänster!J5); which one applies is unclear.');
  });

  it('on a Direkt service without a payer it is the one error on the empty Betalare cell', () => {
    const tables = mini([], { 'Avtalat belopp': { Uppdrag: 1000 } }).map((t) => (t.name === 'Tjänster' ? { ...t, rows: t.rows.map((r) => (r[0] === 'Uppdrag' ? r.map((v, i) => (i === 6 ? null : v)) : r)) } : t));
    const p = run(tables).problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.code, x.table, x.row, x.column, x.cell])).toEqual([['missing-payer', 'Tjänster', 4, 'Betalare', 'Tjänster!G5']]);
  });

  it('agreed amounts summing to 10^13 kr or more are one error on the row where the sum passes it', () => {
    const p = run(mini([], { 'Avtalat belopp': { Kassa: 6e12, Uppdrag: 4e12 } })).problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.code, x.table, x.row, x.column, x.cell])).toEqual([['sum-out-of-range', 'Tjänster', 4, 'Avtalat belopp', 'Tjänster!J5']]);
    expect(p[0]?.message).toBe('Tjänster rad 4, kolumn Avtalat belopp (Tjänster!J5): det avtalade beloppet 4\u00a0000\u00a0000\u00a0000\u00a0000 kr för Uppdrag gör att de avtalade beloppen tillsammans blir 10\u00a0000\u00a0000\u00a0000\u00a0000 kr; summan måste vara mindre än 10\u00a0000\u00a0000\u00a0000\u00a0000 kr.');
    expect(renderMessage(p[0]!.text, 'en')).toContain('the agreed amount 4\u00a0000\u00a0000\u00a0000\u00a0000 kr for Uppdrag brings the agreed amounts together to 10\u00a0000\u00a0000\u00a0000\u00a0000 kr');
    // Just below: priced.
    expect(errors(run(mini([], { 'Avtalat belopp': { Kassa: 6e12, Uppdrag: 3.999e12 } })))).toEqual([]);
  });

  it('a negative amount is an error on its cell', () => {
    const p = run(mini([], { 'Avtalat belopp': { Uppdrag: -5 } })).problems.filter((x) => x.level === 'error');
    expect(p.map((x) => [x.table, x.row, x.column, x.cell])).toEqual([['Tjänster', 4, 'Avtalat belopp', 'Tjänster!J5']]);
  });
});

describe('Spårning of an agreed sum', () => {
  it('splits the charged agreed amount over the cost rows, summing exactly to Belopp', () => {
    const calc = run(mini([], AGREED)).calculation!;
    for (const [customer, service, amount] of [['A', 'Uppdrag', 1000], ['A', 'Kassa', 601], ['C', 'Kassa', 100]] as const) {
      const trace = traceCharge(calc, customer, service)!;
      expect(trace.charge.amount).toBe(amount);
      expect(trace.lines.reduce((s, l) => s + l.amount, 0)).toBe(amount);
    }
  });
});

describe('the published price list on agreed sums', () => {
  it('shows the agreed sum as the fee, not "Hela kostnaden", and notes what it is', () => {
    const list = publishedPriceList(run(mini([], AGREED)).calculation!, { label: 'Utkast' });
    const by = Object.fromEntries(list.areas.flatMap((a) => a.services).map((s) => [s.service, s]));
    expect(by['Uppdrag']).toMatchObject({ fee: 'Avtalat belopp 1\u00a0000\u00a0kr', feeDetail: 'Betalas av A', agreedAmount: 1000 });
    expect(by['Kassa']).toMatchObject({ fee: 'Avtalat belopp 1\u00a0001\u00a0kr, fördelat efter Omsättning', agreedAmount: 1001 });
    expect(list.notes).toContain('Avtalat belopp: ett belopp som avtalats för året i stället för tjänstens kostnad; betalas av den som anges, eller fördelas efter nyckeln.');
    // Neither Kassa nor Uppdrag charges its cost: the notes on cost-based Fast and Direkt fees are left out.
    expect(list.notes.some((n) => n.startsWith('Hela kostnaden') || n.startsWith('Fast avgift'))).toBe(false);
  });
});
