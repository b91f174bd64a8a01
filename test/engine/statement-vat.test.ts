import type { Calculation } from '../../src/engine/calc/calculate';
import type { RawTable } from '../../src/engine/cells';
import { customerStatement } from '../../src/engine/statement';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, output, run, table } from './helpers';
import { withSetting } from './lastYearTables';

// Kundbesked's sentence on VAT (docs/arbetsbok.md, "Kundbesked" and "Invoices the ERP accepts"):
// the year's VAT is the sum of the customer's Fakturaunderlag lines' Moms, each line rounded to öre.

/**
 * A: Stadsdelsförvaltning, C: Bolag. Kassa (Fast on Omsättning, 25 %) costs 4 000,04 kr: C's
 * 100 of 400 is 1 000,01 kr. Bolagsuppdrag (Direkt, C, 6 %) costs 148 148,04 kr.
 */
function vatWorkbook(): RawTable[] {
  const tables = [
    table('Nycklar', ['Kund', 'Kundtyp', 'Omsättning'], [
      ['A', 'Stadsdelsförvaltning', 300],
      ['C', 'Bolag', 100],
    ]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Betalare', 'Momssats'], [
      ['Kassa', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', null, null],
      ['Bolagsuppdrag', 'Bolagstjänster', 'Uppdrag', 'Direkt', null, 'C', 0.06],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Kostnadsslag', 'Belopp'], [
      ['Kassa', 'Personal', 4000.04],
      ['Bolagsuppdrag', 'Personal', 148_148.04],
    ]),
  ];
  return withSetting(tables, 'Beloppsavrundning', 0.01);
}

const vatSentences = (calc: Calculation, customer: string) => customerStatement(calc, customer).texts.method.filter((m) => m.includes('moms'));

describe('Kundbesked of a customer of a Momspliktig kundtyp', () => {
  const result = run(vatWorkbook());
  const calc = result.calculation as Calculation;

  it('says the amounts are without VAT and the year’s VAT, the sum of the lines’ VAT to the öre', () => {
    expect(errors(result)).toEqual([]);
    // Kassa: 1 000,01 kr over twelve months is 83,33 kr in seven and 83,34 kr in five (100 001 öre);
    // 83,33 × 25 % = 20,8325 → 20,83 and 83,34 × 25 % = 20,835 → 20,84: 7 × 20,83 + 5 × 20,84 = 250,01
    // (not 250,00, the year's 1 000,01 × 25 % rounded once).
    // Bolagsuppdrag: 12 345,67 kr a month × 6 % = 740,7402 → 740,74; × 12 = 8 888,88.
    // VAT 250,01 + 8 888,88 = 9 138,89; net 1 000,01 + 148 148,04 = 149 148,05; gross 158 286,94.
    expect(vatSentences(calc, 'C')).toEqual([
      'Beloppen är utan moms. Som bolag faktureras ni moms enligt varje tjänsts momssats: 25\u00a0% på 1\u00a0000,01\u00a0kr och 6\u00a0% på 148\u00a0148,04\u00a0kr, för året 9\u00a0138,89\u00a0kr moms, 158\u00a0286,94\u00a0kr inklusive moms.',
    ]);
  });

  it('agrees with the sum of Fakturaunderlag’s Moms for the customer', () => {
    const lines = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === 'C');
    const ore = lines.reduce((a, r) => a + Math.round(Number(r['Moms']) * 100), 0);
    expect(ore).toBe(913_889);
  });

  it('gives a customer who pays no VAT no sentence', () => {
    expect(vatSentences(calc, 'A')).toEqual([]);
  });

  it('gives no sentence when Momspliktiga kundtyper is Ingen', () => {
    const none = run(withSetting(vatWorkbook(), 'Momspliktiga kundtyper', 'Ingen'));
    expect(errors(none)).toEqual([]);
    expect(vatSentences(none.calculation as Calculation, 'C')).toEqual([]);
  });

  it('names one service’s rate as the service’s when the customer pays for one, in whole kronor when there are no öre', () => {
    const one = run(vatWorkbook().map((t) => (t.name === 'Kostnader' ? { ...t, rows: [['Kassa', 'Personal', 4000.04], ['Bolagsuppdrag', 'Personal', 120_000]] } : t)).map((t) => (t.name === 'Nycklar' ? { ...t, rows: [['A', 'Stadsdelsförvaltning', 300], ['C', 'Bolag', 0]] } : t)));
    expect(errors(one)).toEqual([]);
    // C pays only Bolagsuppdrag: 10 000 kr a month × 6 % = 600; 7 200 kr VAT, 127 200 kr gross.
    expect(vatSentences(one.calculation as Calculation, 'C')).toEqual([
      'Beloppen är utan moms. Som bolag faktureras ni moms enligt tjänstens momssats: 6\u00a0% på 120\u00a0000\u00a0kr, för året 7\u00a0200\u00a0kr moms, 127\u00a0200\u00a0kr inklusive moms.',
    ]);
  });
});

describe('Kundbesked of a company that is a customer part of the year', () => {
  it('sums the VAT of the months it is invoiced for', () => {
    // The mini workbook (Kassa 1 350 kr, Fast on Omsättning; Lev 13 kr a faktura: active-months.test.ts),
    // C (Bolag) from July. Kassa by Omsättning × months: A 7 200, B 3 600, C 600 of 11 400; C 1 350
    // × 600 / 11 400 = 71,05 → 71 (the leftover krona goes to A's 852,63). Lev 40 × 13 = 520.
    // Over six months: 71 = 5 × 12 + 11: 5 × 3,00 + 2,75 = 17,75; 520 = 4 × 87 + 2 × 86:
    // 4 × 21,75 + 2 × 21,50 = 130. VAT 147,75 kr of 591 kr, 738,75 kr with it.
    const wb = miniWorkbook().map((t) => (t.name === 'Nycklar' ? { ...t, headers: [...t.headers, 'Från månad'], rows: t.rows.map((r) => [...r, r[0] === 'C' ? 7 : null]) } : t));
    const result = run(withSetting(wb, 'Budgetår', 2021));
    expect(errors(result)).toEqual([]);
    const calc = result.calculation as Calculation;
    expect(vatSentences(calc, 'C')).toEqual([
      'Beloppen är utan moms. Som bolag faktureras ni moms enligt varje tjänsts momssats: 25\u00a0% på 591\u00a0kr, för året 147,75\u00a0kr moms, 738,75\u00a0kr inklusive moms.',
    ]);
    const moms = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === 'C').reduce((a, r) => a + Math.round(Number(r['Moms']) * 100), 0);
    expect(moms).toBe(14_775);
  });
});

describe('Kundbesked of a company in the example workbook', () => {
  const result = run(exampleTables());
  const calc = result.calculation as Calculation;
  const nycklar = exampleTables().find((t) => t.name === 'Nycklar')!;
  const company = String(nycklar.rows.find((r) => r[nycklar.headers.indexOf('Kundtyp')] === 'Bolag')![nycklar.headers.indexOf('Kund')]);

  it('says the VAT of its Fakturaunderlag lines (the sum of its Moms column) and net + VAT', () => {
    const lines = output(result, 'Fakturaunderlag').filter((r) => r['Kund'] === company);
    expect(lines.length).toBeGreaterThan(0);
    const vatOre = lines.reduce((a, r) => a + Math.round(Number(r['Moms']) * 100), 0);
    const netOre = lines.reduce((a, r) => a + Math.round(Number(r['Belopp']) * 100), 0);
    const grossOre = lines.reduce((a, r) => a + Math.round(Number(r['Brutto']) * 100), 0);
    expect(grossOre).toBe(netOre + vatOre);
    const s = customerStatement(calc, company);
    expect(netOre).toBe(s.total * 100);
    const [sentence] = vatSentences(calc, company);
    expect(sentence).toContain(`25\u00a0% på ${kronor(netOre)}, för året ${kronor(vatOre)} moms, ${kronor(grossOre)} inklusive moms.`);
  });
});

/** Öre as the statement writes kronor: thousands by no-break spaces, öre only when there are some. */
function kronor(ore: number): string {
  const whole = Math.trunc(ore / 100);
  const rest = ore % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}\u00a0kr`;
}
