import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { ZERO, type Dec } from '../decimal';
import type { OutputTable, OutputValue } from '../output';
import { safe } from '../money';
import { outputTable, ratio } from './columns';

export type Status = 'OK' | 'Överdeckning' | 'Underdeckning';

/** OK when |revenue − cost| is within what rounding alone can cause. */
export function statusOf(gap: Dec, tolerance: Dec): Status {
  if (gap.abs().lte(tolerance)) return 'OK';
  return gap.gt(0) ? 'Överdeckning' : 'Underdeckning';
}

/** Cost and revenue in units of the amount step; the tolerance in kronor. */
interface Sums {
  cost: number;
  revenue: number;
  tolerance: Dec;
}

function add(a: Sums, r: ServiceResult): Sums {
  return { cost: safe(a.cost + r.selfCost), revenue: safe(a.revenue + r.revenue), tolerance: a.tolerance.plus(r.tolerance) };
}

/**
 * Avstämning: the self-cost check. Each process's services, then the process (the level where
 * revenue must equal cost; a gap that nets out inside it is allowed), and a last Totalt row.
 */
export function reconciliation(calc: Calculation): OutputTable {
  const money = calc.money;
  const line = (level: string, name: string, s: Sums): OutputValue[] => {
    const gap = s.revenue - s.cost;
    return [level, name, money.toNumber(s.cost), money.toNumber(s.revenue), money.toNumber(gap), ratio(s.revenue, s.cost), statusOf(money.toDec(gap), s.tolerance)];
  };
  const empty: Sums = { cost: 0, revenue: 0, tolerance: ZERO };
  const processes = new Map<string, ServiceResult[]>();
  for (const r of calc.services) processes.set(r.service.process, [...(processes.get(r.service.process) ?? []), r]);
  const rows: OutputValue[][] = [];
  let total = empty;
  for (const [process, results] of processes) {
    for (const r of results) rows.push(line('Tjänst', r.service.name, add(empty, r)));
    const sums = results.reduce(add, empty);
    rows.push(line('Process', process, sums));
    total = results.reduce(add, total);
  }
  rows.push(line('Totalt', 'Totalt', total));
  return outputTable(
    'Avstämning',
    [
      ['Nivå', 'text'],
      ['Namn', 'text'],
      ['Kostnad', 'kr'],
      ['Intäkt', 'kr'],
      ['Differens', 'kr'],
      ['Täckningsgrad', 'percent'],
      ['Status', 'text'],
    ],
    rows,
  );
}
