import type { FollowUp, ServiceFollowUp, VolumeFollowUp } from '../calc/followUp';
import type { Calculation } from '../calc/calculate';
import { Dec, ONE, sum } from '../decimal';
import { safe } from '../money';
import type { OutputTable, OutputValue } from '../output';
import { num, outputTable, ratio } from './columns';

/** Tröskel when the workbook has none: a forecast more than 2 % off its cost is flagged. */
export const DEFAULT_FOLLOW_UP_THRESHOLD = new Dec('0.02');

const FIGURES = ['budgetCost', 'budgetCostToDate', 'budgetRevenueToDate', 'actualCost', 'actualRevenue', 'forecastCost', 'forecastRevenue'] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

/**
 * Uppföljning and Volymuppföljning; without actuals both with their headers only (as
 * Förändringsanalys without Fjolårspris), so every output of the contract is always there.
 */
export function followUpTables(calc: Calculation, followUp: FollowUp | null): OutputTable[] {
  const f = followUp ?? { lastMonth: 0, period: '', services: [], volumes: [] };
  return [followUpTable(calc, f), volumeFollowUpTable(f)];
}

/**
 * Uppföljning: per service (Tjänster order), process, area and Totalt the budget for the closed
 * months, the actuals to date, the result to date and the year's forecast, with a status that
 * flags a forecast more than Tröskel (2 % without it) off its cost. A process's, an area's and
 * the total's figures are the sums of their services' (each rounded once, per service).
 */
function followUpTable(calc: Calculation, f: FollowUp): OutputTable {
  const threshold = calc.model.settings.threshold ?? DEFAULT_FOLLOW_UP_THRESHOLD;
  const money = calc.money;
  const rows: OutputValue[][] = [];
  const line = (level: string, name: string, area: string | null, x: Figures) => {
    const resultToDate = safe(x.actualRevenue - x.actualCost);
    const forecastResult = safe(x.forecastRevenue - x.forecastCost);
    rows.push([
      level,
      name,
      area,
      money.toNumber(x.budgetCost),
      f.period,
      money.toNumber(x.budgetCostToDate),
      money.toNumber(x.budgetRevenueToDate),
      money.toNumber(x.actualCost),
      money.toNumber(x.actualRevenue),
      money.toNumber(resultToDate),
      money.toNumber(x.forecastCost),
      money.toNumber(x.forecastRevenue),
      money.toNumber(forecastResult),
      ratio(x.forecastRevenue, x.forecastCost),
      status(forecastResult, x.forecastCost, threshold),
    ]);
  };
  for (const s of f.services) line('Tjänst', s.result.service.name, s.result.service.area, s);
  for (const [process, list] of groupBy(f.services, (s) => s.result.service.process)) line('Process', process, list[0]?.result.service.area ?? null, total(list));
  for (const [area, list] of groupBy(f.services, (s) => s.result.service.area)) line('Verksamhetsområde', area, area, total(list));
  if (f.services.length > 0) line('Totalt', 'Totalt', null, total(f.services));
  return outputTable(
    'Uppföljning',
    [
      ['Nivå', 'text'],
      ['Namn', 'text'],
      ['Verksamhetsområde', 'text'],
      ['Budget kostnad helår', 'kr'],
      ['T.o.m.', 'text'],
      ['Budget kostnad ack.', 'kr'],
      ['Budget intäkt ack.', 'kr'],
      ['Utfall kostnad ack.', 'kr'],
      ['Utfall intäkt ack.', 'kr'],
      ['Resultat ack.', 'kr'],
      ['Prognos kostnad', 'kr'],
      ['Prognos intäkt', 'kr'],
      ['Prognos resultat', 'kr'],
      ['Prognos täckningsgrad', 'percent'],
      ['Status', 'text'],
    ],
    rows,
  );
}

/** OK, or the forecast's Underdeckning / Överdeckning when its result is beyond threshold × its cost. */
function status(result: number, cost: number, threshold: Dec): string {
  if (result === 0) return 'OK';
  if (cost !== 0 && new Dec(Math.abs(result)).lte(threshold.times(Math.abs(cost)))) return 'OK';
  return result < 0 ? 'Underdeckning' : 'Överdeckning';
}

function total(list: readonly ServiceFollowUp[]): Figures {
  const out = {} as Figures;
  for (const k of FIGURES) out[k] = safe(list.reduce((a, s) => a + s[k], 0));
  return out;
}

/** Groups in order of first appearance; services without a process are not grouped by it. */
function groupBy(list: readonly ServiceFollowUp[], key: (s: ServiceFollowUp) => string | null): Map<string, ServiceFollowUp[]> {
  const out = new Map<string, ServiceFollowUp[]>();
  for (const s of list) {
    const k = key(s);
    if (k === null || k === '') continue;
    const group = out.get(k);
    if (group) group.push(s);
    else out.set(k, [s]);
  }
  return out;
}

/**
 * Volymuppföljning: per service and customer the year's budget volume, the budget and the actual
 * volume to date, the change and the forecast. Services whose volumes fall furthest to date come
 * first (a service without budget volume to date last), customers in Nycklar order.
 */
function volumeFollowUpTable(f: FollowUp): OutputTable {
  const byService = new Map<string, VolumeFollowUp[]>();
  for (const v of f.volumes) {
    const list = byService.get(v.result.service.name);
    if (list) list.push(v);
    else byService.set(v.result.service.name, [v]);
  }
  const change = (list: VolumeFollowUp[]): number | null => {
    const budget = sum(list.map((v) => v.budgetToDate));
    return budget.isZero() ? null : num(sum(list.map((v) => v.actualToDate)).div(budget).minus(ONE));
  };
  const order = [...byService.values()].map((list, i) => ({ list, i, change: change(list) }));
  order.sort((a, b) => (a.change === null ? 1 : 0) - (b.change === null ? 1 : 0) || (a.change ?? 0) - (b.change ?? 0) || a.i - b.i);
  const rows: OutputValue[][] = [];
  for (const { list } of order) {
    for (const v of list) {
      rows.push([
        v.result.service.area,
        v.result.service.name,
        v.customer,
        num(v.budget),
        f.period,
        num(v.budgetToDate),
        num(v.actualToDate),
        v.budgetToDate.isZero() ? null : num(v.actualToDate.div(v.budgetToDate).minus(ONE)),
        num(v.forecast),
        v.budget.isZero() ? null : num(v.forecast.div(v.budget).minus(ONE)),
      ]);
    }
  }
  return outputTable(
    'Volymuppföljning',
    [
      ['Verksamhetsområde', 'text'],
      ['Tjänst', 'text'],
      ['Kund', 'text'],
      ['Budgetvolym helår', 'number'],
      ['T.o.m.', 'text'],
      ['Budgetvolym ack.', 'number'],
      ['Utfall ack.', 'number'],
      ['Förändring %', 'percent'],
      ['Prognos', 'number'],
      ['Prognos mot budget %', 'percent'],
    ],
    rows,
  );
}
