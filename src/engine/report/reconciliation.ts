import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { ZERO, type Dec } from '../decimal';
import type { OutputTable, OutputValue } from '../output';
import { num, outputTable, ratio } from './columns';

export type Status = 'OK' | 'Överdeckning' | 'Underdeckning';

/** OK when |revenue − cost| is within what rounding alone can cause. */
export function statusOf(cost: Dec, revenue: Dec, tolerance: Dec): Status {
  const gap = revenue.minus(cost);
  if (gap.abs().lte(tolerance)) return 'OK';
  return gap.gt(0) ? 'Överdeckning' : 'Underdeckning';
}

interface Sums {
  cost: Dec;
  revenue: Dec;
  tolerance: Dec;
}

function add(a: Sums, r: ServiceResult): Sums {
  return { cost: a.cost.plus(r.selfCost), revenue: a.revenue.plus(r.revenue), tolerance: a.tolerance.plus(r.tolerance) };
}

function line(level: string, name: string, s: Sums): OutputValue[] {
  return [level, name, num(s.cost), num(s.revenue), num(s.revenue.minus(s.cost)), ratio(s.revenue, s.cost), statusOf(s.cost, s.revenue, s.tolerance)];
}

/**
 * Avstämning: the self-cost check. Each process's services, then the process (the level where
 * revenue must equal cost; a gap that nets out inside it is allowed), and a last Totalt row.
 */
export function reconciliation(calc: Calculation): OutputTable {
  const empty: Sums = { cost: ZERO, revenue: ZERO, tolerance: ZERO };
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
