import type { Calculation } from '../calc/calculate';
import { ZERO } from '../decimal';
import type { ColumnFormat, OutputTable } from '../output';
import { customerTotals } from './allocation';
import { num, outputTable, ratio } from './columns';

/** Scenariojämförelse: per customer the base total, then per scenario its total and change. */
export function scenarioComparison(calc: Calculation): OutputTable {
  const base = customerTotals(calc.services);
  const scenarios = calc.scenarios.map((s) => ({ name: s.scenario.name, totals: customerTotals(s.services) }));
  const columns: [string, ColumnFormat][] = [['Kund', 'text'], ['Bas', 'kr']];
  for (const s of scenarios) columns.push([s.name, 'kr'], [`${s.name} förändring kr`, 'kr'], [`${s.name} förändring %`, 'percent']);
  const rows = calc.model.customers.map((c) => {
    const b = base.get(c.name) ?? ZERO;
    const out = [c.name, num(b)];
    for (const s of scenarios) {
      const t = s.totals.get(c.name) ?? ZERO;
      out.push(num(t), num(t.minus(b)), ratio(t.minus(b), b));
    }
    return out;
  });
  return outputTable('Scenariojämförelse', columns, rows);
}
