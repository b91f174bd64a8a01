import fc from 'fast-check';
import type { CellValue } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import type { Calculation } from '../../src/engine/calc/calculate';
import { customerStatement } from '../../src/engine/statement';
import { errors, output, run } from './helpers';
import { SURPLUS, followUpWorkbook } from './followUpWorkbook';
import { withSetting } from './lastYearTables';

// Resultatfond and Slutavräkning (docs/arbetsbok.md, "Result fund and settlement"); figures by hand.

type Row = Record<string, OutputValue>;


const settings = (pairs: [string, CellValue][]) => pairs.reduce((t, [p, v]) => withSetting(t, p, v), followUpWorkbook(SURPLUS));
const fund = (rows: Row[]) => rows.map((r) => [r['Post'], r['Belopp']]);
const lines = (rows: Row[]) => rows.map((r) => [r['Kund'], r['Tjänst'], r['Period'], r['Belopp']]);

describe('Avräkning Över tak', () => {
  const result = run(settings([['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']]));

  it('returns what would take the fund above its cap', () => {
    expect(errors(result)).toEqual([]);
    // 100 + 249 − 200 = 149 returned; the fund closes at the cap.
    expect(fund(output(result, 'Resultatfond'))).toEqual([
      ['Ingående balans', 100],
      ['Årets resultat (prognos)', 249],
      ['Fondtak', 200],
      ['Avräknas med kunderna', 149],
      ['Utgående balans', 200],
    ]);
  });

  it('splits it over the services by their surplus and over the customers by what they were invoiced, exactly', () => {
    // 149 by 100 : 99 : 50 = 59,84 / 59,24 / 29,92: floors 59 + 59 + 29, the two kronor left to
    // Uppdrag (,92) and Kassa (,84): 60, 59, 30. Kassa 60 by 135 : 267 = 20,15 / 39,85 -> 20, 40;
    // Lev 59 by 300 : 400 = 25,29 / 33,71 -> 25, 34; Uppdrag 30 to A. Credits, on December.
    expect(lines(output(result, 'Slutavräkning'))).toEqual([
      ['A', 'Kassa', '2021-12', -20],
      ['B', 'Kassa', '2021-12', -40],
      ['A', 'Lev', '2021-12', -25],
      ['B', 'Lev', '2021-12', -34],
      ['A', 'Uppdrag', '2021-12', -30],
    ]);
    expect(output(result, 'Slutavräkning')[0]?.['Text']).toBe('Slutavräkning Kassa 2021: återbetalning av överskott, er andel 33,58 % av det fakturerade (preliminär: prognos t.o.m. 2021-03)');
  });

  it('tells each customer in Kundbesked what it gets back, service by service, and that it is preliminary', () => {
    const s = customerStatement(result.calculation as Calculation, 'B');
    // B: Kassa 40 and Lev 34, 74 in all (above).
    expect(s.texts.method.at(-1)).toBe(
      'Slutavräkning enligt självkostnadsprincipen: ni får tillbaka 74\u00a0kr av årets överskott (Kassa 40\u00a0kr, Lev 34\u00a0kr), i proportion till vad ni fakturerats för varje tjänst. Beloppen är preliminära: de bygger på prognosen t.o.m. 2021-03.',
    );
  });

  it('gives a customer who pays VAT the settlement with VAT, the lines’ Moms summed', () => {
    // B a Bolag (Momspliktiga kundtyper defaults to Bolag); Kassa at 25 % (blank), Lev at 6 %.
    const tables = settings([['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak']]).map((t) =>
      t.name === 'Nycklar'
        ? { ...t, headers: [...t.headers, 'Kundtyp'], rows: t.rows.map((r) => [...r, r[0] === 'B' ? 'Bolag' : 'Stadsdelsförvaltning']) }
        : t.name === 'Tjänster'
          ? { ...t, headers: [...t.headers, 'Momssats'], rows: t.rows.map((r) => [...r, r[0] === 'Lev' ? 0.06 : null]) }
          : t,
    );
    const vat = run(tables);
    expect(errors(vat)).toEqual([]);
    // B: Kassa −40 × 25 % = −10,00 and Lev −34 × 6 % = −2,04: −12,04 VAT, −86,04 with it.
    expect(output(vat, 'Slutavräkning').filter((r) => r['Kund'] === 'B').map((r) => [r['Tjänst'], r['Belopp'], r['Moms'], r['Brutto']])).toEqual([
      ['Kassa', -40, -10, -50],
      ['Lev', -34, -2.04, -36.04],
    ]);
    expect(customerStatement(vat.calculation as Calculation, 'B').texts.method.at(-1)).toBe(
      'Slutavräkning enligt självkostnadsprincipen: ni får tillbaka 74\u00a0kr av årets överskott (Kassa 40\u00a0kr, Lev 34\u00a0kr), i proportion till vad ni fakturerats för varje tjänst. Beloppen är utan moms; med moms får ni tillbaka 86,04\u00a0kr, varav 12,04\u00a0kr moms. Beloppen är preliminära: de bygger på prognosen t.o.m. 2021-03.',
    );
    // A pays no VAT: its sentence as before.
    expect(customerStatement(vat.calculation as Calculation, 'A').texts.method.at(-1)).not.toContain('moms');
  });

  it('takes a cap below 1 as a share of the year’s revenue', () => {
    const share = run(settings([['Resultatfond IB', 100], ['Resultatfondstak', 0.02], ['Avräkning', 'Över tak']]));
    // 2 % of 5 299 = 105,98 -> 106; 100 + 249 − 106 = 243 returned.
    expect(fund(output(share, 'Resultatfond')).slice(2, 5)).toEqual([
      ['Fondtak', 106],
      ['Avräknas med kunderna', 243],
      ['Utgående balans', 106],
    ]);
    expect(output(share, 'Slutavräkning').reduce((s, r) => s + (r['Belopp'] as number), 0)).toBe(-243);
  });
});

describe('Avräkning Full and Ingen', () => {
  it('returns every service’s result to its customers under Full', () => {
    const result = run(settings([['Resultatfond IB', 100], ['Avräkning', 'Full']]));
    // Kassa 100 by 135 : 267 = 33,58 / 66,42 -> 34, 66; Lev 99 by 300 : 400 = 42,43 / 56,57 -> 42, 57; Uppdrag 50.
    expect(lines(output(result, 'Slutavräkning')).map((l) => l[3])).toEqual([-34, -66, -42, -57, -50]);
    expect(fund(output(result, 'Resultatfond')).at(-1)).toEqual(['Utgående balans', 100]);
  });

  it('charges a deficit under Full', () => {
    // followUpWorkbook's own actuals: Kassa −50, Lev −251, Uppdrag −50 (test/engine/follow-up.test.ts).
    const result = run(withSetting(followUpWorkbook(), 'Avräkning', 'Full'));
    const byService = new Map<string, number>();
    for (const r of output(result, 'Slutavräkning')) byService.set(String(r['Tjänst']), (byService.get(String(r['Tjänst'])) ?? 0) + (r['Belopp'] as number));
    expect([...byService]).toEqual([['Kassa', 50], ['Lev', 251], ['Uppdrag', 50]]);
  });

  it('keeps the result in the fund under Ingen (the default)', () => {
    const result = run(settings([['Resultatfond IB', 100]]));
    expect(output(result, 'Slutavräkning')).toEqual([]);
    expect(fund(output(result, 'Resultatfond')).slice(3)).toEqual([
      ['Avräknas med kunderna', 0],
      ['Utgående balans', 349],
    ]);
  });

  it('refuses Över tak without Resultatfondstak, on the Avräkning cell', () => {
    const result = run(settings([['Avräkning', 'Över tak']]));
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.table, p.column, p.cell])).toEqual([['settlement-needs-cap', 'Inställningar', 'Värde', 'Inställningar!B4']]);
  });
});

describe('Slutavräkning over random actuals', () => {
  const month = fc.integer({ min: 1, max: 12 });
  const arb = fc.record({
    costs: fc.array(fc.tuple(fc.constantFrom('Kassa', 'Lev', 'Uppdrag', 'Betalning'), month, fc.integer({ min: -500, max: 3000 })), { maxLength: 25 }),
    volumes: fc.array(fc.tuple(fc.constantFrom('A', 'B'), month, fc.integer({ min: 0, max: 80 })), { maxLength: 25 }),
    closed: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom('Full', 'Över tak'),
    opening: fc.integer({ min: -2000, max: 2000 }),
    cap: fc.integer({ min: 0, max: 3000 }),
  });

  it('settles each service’s amount exactly over its customers, and the fund balances', () => {
    fc.assert(
      fc.property(arb, ({ costs, volumes, closed, method, opening, cap }) => {
        let tables = followUpWorkbook(costs).map((t) => (t.name === 'Utfallsvolymer' ? { ...t, rows: volumes.map(([c, m, v]) => [c, 'Lev', m, v]) } : t));
        for (const [p, v] of [['Uppföljning t.o.m.', closed], ['Avräkning', method], ['Resultatfond IB', opening], ['Resultatfondstak', cap]] as [string, CellValue][]) tables = withSetting(tables, p, v);
        const result = run(tables);
        expect(errors(result)).toEqual([]);
        const f = new Map(output(result, 'Resultatfond').map((r) => [r['Post'], r['Belopp'] as number]));
        const yearResult = (f.get('Årets resultat (prognos)') ?? f.get('Årets resultat')) as number;
        const settled = f.get('Avräknas med kunderna') as number;
        const settledLines = output(result, 'Slutavräkning').reduce((s, r) => s + (r['Belopp'] as number), 0);
        // Every krona settled is on some customer's line (a credit is negative).
        expect(settledLines).toBe(0 - settled);
        expect(f.get('Utgående balans')).toBe(opening + yearResult - settled);
        const services = output(result, 'Uppföljning').filter((r) => r['Nivå'] === 'Tjänst');
        if (method === 'Full') {
          // Each service's lines sum to minus its forecast result.
          for (const s of services) {
            const sum = output(result, 'Slutavräkning').filter((r) => r['Tjänst'] === s['Namn']).reduce((a, r) => a + (r['Belopp'] as number), 0);
            expect(sum).toBe(0 - (s['Prognos resultat'] as number));
          }
        } else {
          expect(settled).toBe(Math.max(0, opening + yearResult - cap));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });
});
