import type { Calculation } from '../calc/calculate';
import { Dec } from '../decimal';
import type { ColumnFormat, OutputTable, OutputValue } from '../output';
import { scenarioComparisonHeaders } from '../outputHeaders';
import { customerTotals } from './allocation';
import { outputTable, ratio } from './columns';

/**
 * Scenariojämförelse: per customer the base total, then per scenario its total and change, and
 * when Tröskel is set whether the change exceeds it (|change| > Tröskel of the base total; a
 * customer charged nothing in the base exceeds it as soon as it is charged).
 */
export function scenarioComparison(calc: Calculation): OutputTable {
  const base = customerTotals(calc.services);
  const scenarios = calc.scenarios.map((s) => ({ name: s.scenario.name, totals: s.totals }));
  const columns: [string, ColumnFormat][] = [['Kund', 'text'], ['Bas', 'kr']];
  const threshold = calc.model.settings.threshold;
  for (const s of scenarios) {
    const [total, kr, percent, over] = scenarioComparisonHeaders(s.name, threshold !== null) as [string, string, string, string | undefined];
    columns.push([total, 'kr'], [kr, 'kr'], [percent, 'percent']);
    if (over !== undefined) columns.push([over, 'text']);
  }
  const rows = calc.model.customers.map((c) => {
    const kr = (units: number) => calc.money.toNumber(units);
    const b = base.get(c.name) ?? 0;
    const out: OutputValue[] = [c.name, kr(b)];
    for (const s of scenarios) {
      const t = s.totals.get(c.name) ?? 0;
      out.push(kr(t), kr(t - b), ratio(t - b, b));
      if (threshold !== null) out.push(overThreshold(b, t, threshold) ? 'Ja' : 'Nej');
    }
    return out;
  });
  return outputTable('Scenariojämförelse', columns, rows);
}

function overThreshold(base: number, total: number, threshold: Dec): boolean {
  if (base === 0) return total !== 0;
  return new Dec(total - base).abs().gt(threshold.times(Math.abs(base)));
}
