import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf, type Row } from '../summary/outputs';
import { sheetRowAddress } from './sheetRows';

/** An area's (or the total's) follow-up: the year's budget, the actuals to date and the forecast, whole kronor. */
export interface AreaFollowUp {
  area: string;
  /** Budget kostnad helår. */
  budgetCost: number;
  /** Budget kostnad ack.: the budget of the closed months. */
  budgetCostToDate: number;
  /** Utfall kostnad ack. and Utfall intäkt ack. */
  actualCost: number;
  actualRevenue: number;
  /** Resultat ack. */
  resultToDate: number;
  /** Prognos kostnad, Prognos intäkt and Prognos resultat: the year as forecast. */
  forecastCost: number;
  forecastRevenue: number;
  forecastResult: number;
  status: string;
}

/** A service whose forecast Uppföljning flags (Status not OK). */
export interface FlaggedService {
  service: string;
  area: string;
  /** Underdeckning or Överdeckning. */
  status: string;
  forecastCost: number;
  forecastResult: number;
  /** Prognos täckningsgrad; null without a forecast cost. */
  coverage: number | null;
  /** Its row on the Uppföljning sheet, for "select it in Excel". */
  address: string;
}

/** A service's volumes to date against its budget, its customers summed (Volymuppföljning). */
export interface VolumeChange {
  service: string;
  area: string;
  budgetToDate: number;
  actualToDate: number;
  /** Utfall ack. / Budgetvolym ack. − 1. */
  change: number;
}

export interface FollowUpOverview {
  /** False without actuals: Uppföljning then has its headers only. */
  available: boolean;
  /** T.o.m.: the last closed month as Uppföljning states it, e.g. "2021-06". */
  period: string;
  areas: AreaFollowUp[];
  total: AreaFollowUp | null;
  /** Flagged services, the largest forecast result either way first. */
  flagged: FlaggedService[];
  /** The services whose volumes fall furthest to date, furthest first; only falling ones. */
  falling: VolumeChange[];
}

/** How many falling services the pane lists. */
export const FALLING_SHOWN = 5;

/** The pane's view of Uppföljning and Volymuppföljning. */
export function followUpOverview(outputs: readonly OutputTable[], fallingShown: number = FALLING_SHOWN): FollowUpOverview {
  const table = outputs.find((o) => o.name === 'Uppföljning');
  const rows = rowsOf(outputs, 'Uppföljning');
  const areas = rows.filter((r) => r['Nivå'] === 'Verksamhetsområde').map(areaOf);
  const totalRow = rows.find((r) => r['Nivå'] === 'Totalt');
  const flagged = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r['Nivå'] === 'Tjänst' && textOf(r, 'Status') !== 'OK' && textOf(r, 'Status') !== '')
    .map(({ r, i }) => ({
      service: textOf(r, 'Namn'),
      area: textOf(r, 'Verksamhetsområde'),
      status: textOf(r, 'Status'),
      forecastCost: numberOf(r, 'Prognos kostnad') ?? 0,
      forecastResult: numberOf(r, 'Prognos resultat') ?? 0,
      coverage: numberOf(r, 'Prognos täckningsgrad'),
      address: sheetRowAddress('Uppföljning', i, table?.columns.length ?? 1),
    }));
  // Worst first: the largest forecast result either way; ties in Tjänster order (the sort is stable).
  flagged.sort((a, b) => Math.abs(b.forecastResult) - Math.abs(a.forecastResult));
  return {
    available: rows.length > 0,
    period: textOf(rows[0], 'T.o.m.'),
    areas,
    total: totalRow ? areaOf(totalRow) : null,
    flagged,
    falling: fallingVolumes(outputs).slice(0, fallingShown),
  };
}

function areaOf(r: Row): AreaFollowUp {
  const n = (column: string) => numberOf(r, column) ?? 0;
  return {
    area: textOf(r, 'Namn'),
    budgetCost: n('Budget kostnad helår'),
    budgetCostToDate: n('Budget kostnad ack.'),
    actualCost: n('Utfall kostnad ack.'),
    actualRevenue: n('Utfall intäkt ack.'),
    resultToDate: n('Resultat ack.'),
    forecastCost: n('Prognos kostnad'),
    forecastRevenue: n('Prognos intäkt'),
    forecastResult: n('Prognos resultat'),
    status: textOf(r, 'Status'),
  };
}

/**
 * Volymuppföljning's services whose volume to date is under budget, furthest under first: a
 * service's customers summed (the sheet lists one row per customer, services already in this order).
 */
export function fallingVolumes(outputs: readonly OutputTable[]): VolumeChange[] {
  const byService = new Map<string, VolumeChange>();
  for (const r of rowsOf(outputs, 'Volymuppföljning')) {
    const service = textOf(r, 'Tjänst');
    const line = byService.get(service) ?? { service, area: textOf(r, 'Verksamhetsområde'), budgetToDate: 0, actualToDate: 0, change: 0 };
    line.budgetToDate += numberOf(r, 'Budgetvolym ack.') ?? 0;
    line.actualToDate += numberOf(r, 'Utfall ack.') ?? 0;
    byService.set(service, line);
  }
  const lines = [...byService.values()].filter((l) => l.budgetToDate > 0).map((l) => ({ ...l, change: l.actualToDate / l.budgetToDate - 1 }));
  return lines.filter((l) => l.change < 0).sort((a, b) => a.change - b.change);
}

/** One line of Resultatfond (Post as the sheet names it, Belopp in kronor; null for a cap not given). */
export interface FundLine {
  post: string;
  amount: number | null;
}

/** The result fund and what Slutavräkning settles with the customers; null without actuals. */
export interface ResultFund {
  lines: FundLine[];
  /** Slutavräkning's lines and their sum (< 0 returned to the customers, > 0 charged). */
  settlementLines: number;
  settlementTotal: number;
}

export function resultFund(outputs: readonly OutputTable[]): ResultFund | null {
  const rows = rowsOf(outputs, 'Resultatfond');
  if (rows.length === 0) return null;
  const settlement = rowsOf(outputs, 'Slutavräkning');
  return {
    lines: rows.map((r) => ({ post: textOf(r, 'Post'), amount: numberOf(r, 'Belopp') })),
    settlementLines: settlement.length,
    settlementTotal: settlement.reduce((a, r) => a + (numberOf(r, 'Belopp') ?? 0), 0),
  };
}
