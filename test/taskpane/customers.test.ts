import { runModel } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { chosenInOrder, customerList, selectionState, toggled } from '../../src/taskpane/customers/customerList';
import { customerCharges, linesByPart, sumKronor } from '../../src/taskpane/customers/customerTrace';
import { customerTraceTable } from '../../src/engine/report/trace';

const result = runModel(exampleTables());
const calc = result.calculation!;
const allocation = result.outputs.find((o) => o.name === 'Fördelning')!;
const col = (h: string) => allocation.columns.findIndex((c) => c.header === h);

describe('a customer’s charges and their trace, as the drawer shows them', () => {
  it('has one charge per row of Fördelning, and every charge’s lines sum exactly to its Belopp, for every customer', () => {
    for (const customer of calc.model.customers.map((c) => c.name)) {
      const rows = allocation.rows.filter((r) => r[col('Kund')] === customer);
      const charges = customerCharges(customerTraceTable(calc, customer), result.outputs, customer);
      expect(charges.map((c) => [c.service, c.charge])).toEqual(rows.map((r) => [r[col('Tjänst')], r[col('Belopp')]]));
      for (const c of charges) {
        expect(c.lines.length).toBeGreaterThan(0);
        expect([customer, c.service, c.linesTotal]).toEqual([customer, c.service, c.charge]);
        const parts = linesByPart(c.lines);
        expect(sumKronor(parts.map((p) => p.total))).toBe(c.charge);
      }
    }
  });

  it('names each line’s cost row, driver and share, or its deviation type with count and standard cost', () => {
    const charges = customerCharges(customerTraceTable(calc, 'Södermalm stadsdelsförvaltning'), result.outputs, 'Södermalm stadsdelsförvaltning');
    const lev = charges.find((c) => c.service === 'Leverantörsreskontra')!;
    expect(lev).toMatchObject({ basis: 'Volym (faktura)', quantity: 89_300, price: 15.03 });
    const cost = lev.lines.find((l) => l.part === 'Rörlig del' && l.costRow !== null)!;
    expect(cost.costObject).toBeTruthy();
    expect(cost.costLevel).toMatch(/^(Tjänst|Process|Verksamhetsområde|Gemensam pool)$/);
    const deviations = charges.flatMap((c) => c.lines.filter((l) => l.part === 'Avvikelse'));
    expect(deviations.length).toBeGreaterThan(0);
    for (const d of deviations) expect(d).toMatchObject({ costRow: null, deviation: expect.any(String), count: expect.any(Number), unitCost: expect.any(Number) });
    expect(sumKronor(deviations.map((d) => d.amount))).toBe(916_375);
  });

  it('has no charges for a customer Fördelning does not charge', () => {
    expect(customerCharges(customerTraceTable(calc, 'Södermalm stadsdelsförvaltning'), [], 'Södermalm stadsdelsförvaltning')).toEqual([]);
  });

  it('adds kronor in öre, so decimals do not drift', () => {
    expect(sumKronor([0.1, 0.2])).toBe(0.3);
    expect(sumKronor([1_000_000.01, -0.01, 2.5])).toBe(1_000_002.5);
    expect(sumKronor([])).toBe(0);
  });
});

describe('choosing customers for Kundbesked', () => {
  const list = customerList(result.outputs);
  it('lists Kundsammanställning’s customers in Nycklar order with type and total', () => {
    expect(list.map((c) => c.customer)).toEqual(calc.model.customers.map((c) => c.name));
    expect(list.find((c) => c.customer === 'Södermalm stadsdelsförvaltning')).toMatchObject({ type: 'Stadsdelsförvaltning', surcharge: 916_375 });
  });

  it('ticks and unticks, tells all, none or some of those shown, and keeps the list’s order', () => {
    const [a, b, c] = list.map((l) => l.customer) as [string, string, string];
    let chosen = toggled(new Set(), c, true);
    chosen = toggled(chosen, a, true);
    expect(chosenInOrder(list, chosen)).toEqual([a, c]);
    expect(selectionState([a, b], chosen)).toBe('mixed');
    expect(selectionState([a, c], chosen)).toBe(true);
    expect(selectionState([b], chosen)).toBe(false);
    chosen = toggled(chosen, a, false);
    expect(chosenInOrder(list, chosen)).toEqual([c]);
  });
});
