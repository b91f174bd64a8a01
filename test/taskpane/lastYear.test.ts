import { runModel, type RawTable } from '../../src/engine';
import { exampleTables } from '../../src/example';
import { changesByCustomer, phaseInLines } from '../../src/taskpane/lastYear/lastYear';

/** The example with one parameter's row replaced, or removed (value null). */
function withSetting(parameter: string, value: number | null): RawTable[] {
  return exampleTables().map((t) =>
    t.name === 'Inställningar' ? { ...t, rows: [...t.rows.filter((r) => r[0] !== parameter), ...(value === null ? [] : [[parameter, value]])] } : t,
  );
}

describe('against last year: Övergång and Förändringsanalys in the pane', () => {
  it('lists the customers held at Övergångstak, whose adjustments the others carry', () => {
    const run = runModel(withSetting('Övergångstak', 0.05));
    expect(run.ok).toBe(true);
    const { available, lines } = phaseInLines(run.outputs);
    expect(available).toBe(true);
    const capped = lines.filter((l) => l.isCapped);
    expect(capped.length).toBeGreaterThan(0);
    for (const l of capped) expect(Math.abs(l.changeCapped ?? 0)).toBeLessThanOrEqual(0.05 + 1e-12);
    // Every service recovers the same revenue: the adjustments add up to nothing.
    expect(lines.reduce((s, l) => s + l.adjustment, 0)).toBeCloseTo(0, 6);
  });

  it('has nobody capped without Övergångstak', () => {
    const run = runModel(withSetting('Övergångstak', null));
    const { lines } = phaseInLines(run.outputs);
    expect(lines.length).toBe(run.calculation!.model.customers.length);
    expect(lines.some((l) => l.isCapped)).toBe(false);
    expect(phaseInLines([])).toEqual({ available: false, lines: [] });
  });

  it('sums Förändringsanalys per customer; the four effects add up to the change, largest change first', () => {
    const run = runModel(exampleTables());
    const table = run.outputs.find((o) => o.name === 'Förändringsanalys')!;
    const { available, customers } = changesByCustomer(run.outputs);
    expect(available).toBe(true);
    expect(customers.length).toBeGreaterThan(0);
    for (const c of customers) expect(Math.round((c.price + c.volume + c.deviation + c.model) * 100)).toBe(Math.round(c.change * 100));
    const moves = customers.map((c) => Math.abs(c.change));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    const change = table.columns.findIndex((c) => c.header === 'Förändring');
    const all = table.rows.reduce((s, r) => s + Math.round((r[change] as number) * 100), 0) / 100;
    expect(Math.round(customers.reduce((s, c) => s + c.change, 0) * 100) / 100).toBe(all);
  });

  it('is empty when the workbook has no Fjolårspris and no Fjolårsbelopp', () => {
    const tables = exampleTables().filter((t) => t.name !== 'Fjolårsbelopp').map((t) => {
      if (t.name !== 'Tjänster') return t;
      const j = t.headers.indexOf('Fjolårspris');
      return { ...t, rows: t.rows.map((r) => r.map((v, i) => (i === j ? null : v))) };
    });
    const run = runModel(tables);
    expect(run.ok).toBe(true);
    expect(changesByCustomer(run.outputs).customers).toEqual([]);
  });
});
