import type { Calculation } from '../calc/calculate';
import type { ServiceResult } from '../calc/results';
import { Dec, ZERO } from '../decimal';
import type { OutputTable, OutputValue } from '../output';
import { safe } from '../money';
import { priceStepOf, volumeUnit } from '../calc/priceService';
import { msg } from '../messages/catalog';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { groupThousands } from '../thousands';
import { outputTable, ratio } from './columns';

export type Status = 'OK' | 'Överdeckning' | 'Underdeckning';

/**
 * OK when |revenue − cost| is within what rounding alone can cause (the tolerance) and within
 * 1 % of the cost; so a cost of 0 is OK only with a difference of 0.
 */
export function statusOf(gap: Dec, tolerance: Dec, cost: Dec): Status {
  const size = gap.abs();
  if (size.lte(tolerance) && size.lte(cost.abs().div(100))) return 'OK';
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
export function reconciliation(calc: Calculation, problems: ProblemList, locate: Locator): OutputTable {
  const money = calc.money;
  const line = (level: string, name: string, s: Sums): OutputValue[] => {
    const gap = s.revenue - s.cost;
    return [level, name, money.toNumber(s.cost), money.toNumber(s.revenue), money.toNumber(gap), ratio(s.revenue, s.cost), statusOf(money.toDec(gap), s.tolerance, money.toDec(s.cost))];
  };
  for (const r of calc.services) warnCoarseStep(r, calc, problems, locate);
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

/**
 * A unit price rounded to its step can miss the cost by up to half the step per unit. When that
 * rounding alone (the gap is within the tolerance) leaves the service short or over by more than
 * 1 % of its cost, Status is not OK and the price step is too coarse for the volume: a warning on
 * the service's Prissteg. A decided price or package prices are not the step's doing.
 */
function warnCoarseStep(r: ServiceResult, calc: Calculation, problems: ProblemList, locate: Locator): void {
  const model = r.plan.model;
  if (r.price === null || r.service.setPrice !== null || (model !== 'Styck' && model !== 'Tim' && model !== 'Blandad')) return;
  const money = calc.money;
  const gap = money.toDec(r.revenue - r.selfCost);
  const cost = money.toDec(r.selfCost);
  if (!gap.abs().lte(r.tolerance) || statusOf(gap, r.tolerance, cost) === 'OK') return;
  const place = locate.place('Tjänster', r.service.row, 'Prissteg');
  const percent = cost.isZero() ? null : gap.abs().div(cost).times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1).replace('.', ',');
  problems.warning(
    'coarse-price-step',
    place,
    msg('coarsePriceStep', {
      at: place,
      under: gap.isNegative(),
      service: r.service.name,
      revenue: kr(money.toDec(r.revenue)),
      cost: kr(cost),
      gap: kr(gap),
      percent,
      price: kr(r.price),
      step: priceStepOf(r.service, locate),
      volume: kr(r.volume),
      unit: volumeUnit(r.service, r.plan),
    }),
  );
}

function kr(v: Dec): string {
  const [int = '', frac] = v.toFixed().split('.');
  return `${groupThousands(int, '\u00a0')}${frac ? `,${frac}` : ''}`;
}
