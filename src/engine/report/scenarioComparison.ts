import type { Calculation } from '../calc/calculate';
import type { ColumnFormat, OutputTable, OutputValue } from '../output';
import { customerTotals } from './allocation';
import { outputTable, ratio } from './columns';

/** Scenariojämförelse: per customer the base total, then per scenario its total and change. */
export function scenarioComparison(calc: Calculation): OutputTable {
  const base = customerTotals(calc.services);
  const scenarios = calc.scenarios.map((s) => ({ name: s.scenario.name, totals: s.totals }));
  const columns: [string, ColumnFormat][] = [['Kund', 'text'], ['Bas', 'kr']];
  for (const s of scenarios) columns.push([s.name, 'kr'], [`${s.name} förändring kr`, 'kr'], [`${s.name} förändring %`, 'percent']);
  const rows = calc.model.customers.map((c) => {
    const kr = (units: number) => calc.money.toNumber(units);
    const b = base.get(c.name) ?? 0;
    const out: OutputValue[] = [c.name, kr(b)];
    for (const s of scenarios) {
      const t = s.totals.get(c.name) ?? 0;
      out.push(kr(t), kr(t - b), ratio(t - b, b));
    }
    return out;
  });
  return outputTable('Scenariojämförelse', columns, rows);
}
