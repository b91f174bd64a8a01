import fc from 'fast-check';
import type { CellValue, RawTable } from '../../../src/engine/cells';
import { Dec } from '../../../src/engine/decimal';
import type { OutputValue } from '../../../src/engine/output';
import { fillVat } from '../../../src/engine/invoicing/lineVat';
import { VAT_RATES, lineVat } from '../../../src/engine/invoicing/vat';
import { AmountStep } from '../../../src/engine/money';
import { errors, miniWorkbook, output, run, table } from '../helpers';
import { SURPLUS, followUpWorkbook } from '../followUpWorkbook';
import { withSetting } from '../lastYearTables';
import { toTables, workbookSpec } from '../workbookArbitrary';

// VAT on the invoice lines (docs/arbetsbok.md, "Invoices the ERP accepts"); every figure by hand.

type Row = Record<string, OutputValue>;

/** Öre of an amount in kronor written with at most two decimals, exactly (no float arithmetic). */
function ore(kronor: OutputValue | undefined): bigint {
  const text = String(kronor);
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const value = BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
  if (frac.length > 2) throw new Error(`more than öre: ${text}`);
  return text.startsWith('-') ? -value : value;
}

/** öre × percent / 100 rounded half away from zero, in integers: the rule, worked independently. */
function vatOre(net: bigint, percent: bigint): bigint {
  const scaled = (net < 0n ? -net : net) * percent;
  const rounded = (scaled + 50n) / 100n;
  return net < 0n ? -rounded : rounded;
}

describe('the VAT of one line, to the öre, half away from zero', () => {
  // [net kr, rate, VAT kr]: worked by hand.
  const cases: [string, string, string][] = [
    ['12345.67', '0.25', '3086.42'], // 3 086,4175
    ['-12345.67', '0.25', '-3086.42'], // a credit: the debit's VAT with the sign turned
    ['0.02', '0.25', '0.01'], // 0,005: the half goes up
    ['-0.02', '0.25', '-0.01'],
    ['0.5', '0.25', '0.13'], // 0,125
    ['33.33', '0.12', '4'], // 3,9996
    ['0.1', '0.12', '0.01'], // 0,012
    ['1', '0.06', '0.06'],
    ['8.25', '0.06', '0.5'], // 0,495
    ['1000', '0', '0'],
    ['0', '0.25', '0'],
  ];
  it.each(cases)('%s kr at %s: %s kr', (net, rate, vat) => {
    expect(lineVat(new Dec(net), new Dec(rate)).toString()).toBe(new Dec(vat).toString());
  });
});

/** The mini workbook with one more service: Bolagsuppdrag, Direkt, paid by C (Bolag), its own cost only. */
function withCompanyCommission(cost: CellValue, extra: (tables: RawTable[]) => RawTable[] = (t) => t): RawTable[] {
  const tables = miniWorkbook().map((t) => {
    if (t.name === 'Tjänster') return table('Tjänster', [...t.headers, 'Momssats'], [...t.rows.map((r) => [...r, null]), ['Bolagsuppdrag', 'Bolagstjänster', null, 'Uppdrag', 'Direkt', null, 'C', null, 0, null]]);
    if (t.name === 'Kostnader') return table('Kostnader', t.headers, [...t.rows, ['Bolagsuppdrag', 'Personal', cost, null]]);
    return t;
  });
  return extra(withSetting(tables, 'Beloppsavrundning', 0.01));
}

describe('Fakturaunderlag with a customer of a Momspliktig kundtyp (Bolag, the default)', () => {
  const result = run(withCompanyCommission(148_148.04));
  const invoice = output(result, 'Fakturaunderlag');

  it('adds Moms and Brutto after Text', () => {
    expect(errors(result)).toEqual([]);
    expect(result.outputs.find((o) => o.name === 'Fakturaunderlag')?.columns.map((c) => c.header)).toEqual(['Kund', 'Tjänst', 'Period', 'Belopp', 'Text', 'Moms', 'Brutto']);
  });

  it('charges 12 345,67 kr a month at 25 %: 3 086,42 kr VAT (3 086,4175), 15 432,09 kr gross, every month', () => {
    // 148 148,04 kr a year is 12 345,67 a month exactly; the service has no other cost (no FTE).
    const lines = invoice.filter((r) => r['Tjänst'] === 'Bolagsuppdrag');
    expect(lines.map((r) => [r['Kund'], r['Belopp'], r['Moms'], r['Brutto']])).toEqual(Array.from({ length: 12 }, () => ['C', 12_345.67, 3_086.42, 15_432.09]));
    // The invoice's VAT is its lines': 12 × 3 086,42 = 37 037,04, not ROUND(148 148,04 × 25 %) = 37 037,01.
    expect(lines.reduce((s, r) => s + ore(r['Moms']), 0n)).toBe(3_703_704n);
  });

  it('gives the administrations (not momspliktiga) Moms 0 and Brutto = Belopp', () => {
    const admin = invoice.filter((r) => r['Kund'] !== 'C');
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.every((r) => r['Moms'] === 0 && r['Brutto'] === r['Belopp'])).toBe(true);
  });

  it('keeps the net amounts as they were without VAT', () => {
    const without = run(withSetting(withCompanyCommission(148_148.04), 'Momspliktiga kundtyper', 'Ingen'));
    const plain = output(without, 'Fakturaunderlag');
    expect(without.outputs.find((o) => o.name === 'Fakturaunderlag')?.columns.map((c) => c.header)).toEqual(['Kund', 'Tjänst', 'Period', 'Belopp', 'Text']);
    expect(plain.map((r) => [r['Kund'], r['Tjänst'], r['Period'], r['Belopp'], r['Text']])).toEqual(invoice.map((r) => [r['Kund'], r['Tjänst'], r['Period'], r['Belopp'], r['Text']]));
  });

  it('takes Momssats from Tjänster: 6 % on a line of 12 345,67 is 740,74 (740,7402)', () => {
    const six = run(withCompanyCommission(148_148.04, (tables) => tables.map((t) => (t.name === 'Tjänster' ? { ...t, rows: t.rows.map((r) => (r[0] === 'Bolagsuppdrag' ? [...r.slice(0, -1), 0.06] : r)) } : t))));
    expect(errors(six)).toEqual([]);
    const line = output(six, 'Fakturaunderlag').find((r) => r['Tjänst'] === 'Bolagsuppdrag');
    expect([line?.['Moms'], line?.['Brutto']]).toEqual([740.74, 13_086.41]);
  });
});

describe('Slutavräkning with VAT', () => {
  it('credits the VAT of a returned surplus with the line, at each service’s Momssats', () => {
    // The settlement's worked example (settlement.test.ts): Kassa −20 (A) and −40 (B), Lev −25 and
    // −34, Uppdrag −30 (A). The districts made momspliktiga; Lev 0 %, Uppdrag 6 %, Kassa blank = 25 %.
    let tables = followUpWorkbook(SURPLUS);
    for (const [p, v] of [['Resultatfond IB', 100], ['Resultatfondstak', 200], ['Avräkning', 'Över tak'], ['Momspliktiga kundtyper', 'Stadsdelsförvaltning']] as [string, CellValue][]) tables = withSetting(tables, p, v);
    tables = tables.map((t) => {
      if (t.name === 'Nycklar') return table('Nycklar', [...t.headers, 'Kundtyp'], t.rows.map((r) => [...r, 'Stadsdelsförvaltning']));
      if (t.name !== 'Tjänster') return t;
      const rate = (name: CellValue) => (name === 'Lev' ? 0 : name === 'Uppdrag' ? 0.06 : null);
      return table('Tjänster', [...t.headers, 'Momssats'], t.rows.map((r) => [...r, rate(r[0] ?? null)]));
    });
    const result = run(tables);
    expect(errors(result)).toEqual([]);
    expect(output(result, 'Slutavräkning').map((r: Row) => [r['Kund'], r['Tjänst'], r['Belopp'], r['Moms'], r['Brutto']])).toEqual([
      ['A', 'Kassa', -20, -5, -25],
      ['B', 'Kassa', -40, -10, -50],
      ['A', 'Lev', -25, 0, -25],
      ['B', 'Lev', -34, 0, -34],
      ['A', 'Uppdrag', -30, -1.8, -31.8],
    ]);
  });
});

describe('fillVat over many random lines', () => {
  const line = fc.record({
    customer: fc.constantFrom('A', 'B', 'C', 'D'),
    // Net amounts in units of Beloppsavrundning, small (halves likely) or large, credits too.
    units: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -100_000_000_000, max: 100_000_000_000 })),
    // The rates as read (VAT_RATES' instances: whole kronor take the integer path) or as any Decimal.
    rate: fc.constantFrom(...VAT_RATES.map((r) => ({ rate: r, percent: BigInt(r.times(100).toNumber()) })), { rate: new Dec('0.25'), percent: 25n }, { rate: new Dec('0.12'), percent: 12n }),
    vat: fc.boolean(),
  });

  for (const step of ['0.01', '1']) {
    it(`every line is net + VAT to the öre, and every customer’s invoice total is the sum of its lines, exactly (Beloppsavrundning ${step})`, () => {
      const money = new AmountStep(new Dec(step));
      const oreOf = (units: number) => BigInt(units) * (step === '1' ? 100n : 1n);
      fc.assert(
        fc.property(fc.array(line, { maxLength: 200 }), (lines) => {
          const totals = new Map<string, { net: bigint; vat: bigint; gross: Dec }>();
          for (const l of lines) {
            const row: OutputValue[] = new Array(7);
            fillVat(row, 5, money, l.units, l.vat ? l.rate.rate : null);
            const net = oreOf(l.units);
            const expected = l.vat ? vatOre(net, l.rate.percent) : 0n;
            expect([ore(row[5]), ore(row[6])]).toEqual([expected, net + expected]);
            const t = totals.get(l.customer) ?? { net: 0n, vat: 0n, gross: new Dec(0) };
            totals.set(l.customer, { net: t.net + net, vat: t.vat + expected, gross: t.gross.plus(String(row[6])) });
          }
          // The invoice's total, summed from the written gross amounts, is its net plus its VAT.
          for (const t of totals.values()) expect(ore(t.gross.toString())).toBe(t.net + t.vat);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('Fakturaunderlag with VAT over random workbooks', () => {
  const setup = fc.record({
    spec: workbookSpec(),
    types: fc.subarray(['Stadsdelsförvaltning', 'Fackförvaltning', 'Bolag'], { minLength: 1 }),
    // Per service (at most six): Momssats blank (25 %) or one of the rates.
    rates: fc.array(fc.constantFrom<CellValue>(null, 0.25, 0.12, 0.06, 0), { minLength: 6, maxLength: 6 }),
    step: fc.constantFrom(0.01, 1),
  });

  it('each line is Belopp + its VAT to the öre, Belopp as without VAT, each customer’s total the sum of its lines', () => {
    fc.assert(
      fc.property(setup, ({ spec, types, rates, step }) => {
        const base = withSetting(toTables(spec), 'Beloppsavrundning', step);
        const plain = run(withSetting(base, 'Momspliktiga kundtyper', 'Ingen'));
        const taxed = run(
          withSetting(base, 'Momspliktiga kundtyper', types.join('; ')).map((t) =>
            t.name === 'Tjänster' ? table('Tjänster', [...t.headers, 'Momssats'], t.rows.map((r, i) => [...r, rates[i] ?? null])) : t,
          ),
        );
        expect(errors(taxed)).toEqual([]);
        const percent = new Map(spec.services.map((s, i) => [s.name, BigInt(Math.round(Number(rates[i] ?? 0.25) * 100))]));
        const paying = new Set(spec.customers.filter((c) => types.includes(c.type)).map((c) => c.name));
        const lines = output(taxed, 'Fakturaunderlag');
        expect(lines.map((r) => r['Belopp'])).toEqual(output(plain, 'Fakturaunderlag').map((r) => r['Belopp']));
        // Moms and Brutto only when some customer is of a Momspliktig kundtyp.
        const headers = taxed.outputs.find((o) => o.name === 'Fakturaunderlag')?.columns.map((c) => c.header);
        expect(headers?.includes('Moms')).toBe(paying.size > 0);
        if (paying.size === 0) return;
        const totals = new Map<string, { net: bigint; vat: bigint; gross: bigint }>();
        for (const r of lines) {
          const net = ore(r['Belopp']);
          const vat = paying.has(String(r['Kund'])) ? vatOre(net, percent.get(String(r['Tjänst'])) ?? 25n) : 0n;
          expect([r['Kund'], r['Tjänst'], r['Period'], ore(r['Moms']), ore(r['Brutto'])]).toEqual([r['Kund'], r['Tjänst'], r['Period'], vat, net + vat]);
          const t = totals.get(String(r['Kund'])) ?? { net: 0n, vat: 0n, gross: 0n };
          totals.set(String(r['Kund']), { net: t.net + net, vat: t.vat + vat, gross: t.gross + ore(r['Brutto']) });
        }
        for (const t of totals.values()) expect(t.gross).toBe(t.net + t.vat);
      }),
      { numRuns: 60 },
    );
  });
});
