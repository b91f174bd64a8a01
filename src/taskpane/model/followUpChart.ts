import type { AreaFollowUp } from './followUp';

/**
 * The geometry of the follow-up chart, drawn by FollowUpChart as SVG: per area its name on a line
 * of its own, then three bars on one scale shared by every area: the year's budgeted cost, the
 * cost to date (with a mark at the budget to date) and the forecast cost for the year. Pure, so
 * the proportions are tested without a DOM.
 */
export type FollowUpBarKind = 'budget' | 'actual' | 'forecast';

export interface FollowUpBar {
  kind: FollowUpBarKind;
  /** Kronor, printed as they are. */
  value: number;
  /** Top of the bar's row. */
  y: number;
  /** Width of the filled bar, 0 … trackWidth (a negative amount draws none). */
  width: number;
  /** The actual bar's mark at the budget to date; null on the others. */
  referenceX: number | null;
}

export interface FollowUpGroup {
  area: string;
  /** Baseline of the area's name. */
  titleY: number;
  bars: FollowUpBar[];
}

export interface FollowUpChartLayout {
  width: number;
  height: number;
  trackX: number;
  trackWidth: number;
  barHeight: number;
  rowHeight: number;
  groups: FollowUpGroup[];
}

export const FOLLOW_UP_CHART = { width: 320, labelWidth: 58, valueWidth: 60, titleHeight: 18, rowHeight: 16, barHeight: 10, gap: 8 } as const;

export function followUpChartLayout(areas: readonly AreaFollowUp[]): FollowUpChartLayout {
  const c = FOLLOW_UP_CHART;
  const trackX = c.labelWidth;
  const trackWidth = c.width - c.labelWidth - c.valueWidth;
  const max = Math.max(0, ...areas.flatMap((a) => [a.budgetCost, a.budgetCostToDate, a.actualCost, a.forecastCost]));
  const x = (amount: number) => (max === 0 ? 0 : Math.round(trackWidth * Math.min(1, Math.max(0, amount / max)) * 10) / 10);
  const groupHeight = c.titleHeight + 3 * c.rowHeight + c.gap;
  return {
    width: c.width,
    height: Math.max(0, areas.length * groupHeight - c.gap),
    trackX,
    trackWidth,
    barHeight: c.barHeight,
    rowHeight: c.rowHeight,
    groups: areas.map((a, i) => {
      const top = i * groupHeight;
      const bar = (kind: FollowUpBarKind, value: number, row: number, reference: number | null): FollowUpBar => ({
        kind,
        value,
        y: top + c.titleHeight + row * c.rowHeight,
        width: x(value),
        referenceX: reference === null ? null : trackX + x(reference),
      });
      return {
        area: a.area,
        titleY: top + c.titleHeight - 5,
        bars: [bar('budget', a.budgetCost, 0, null), bar('actual', a.actualCost, 1, a.budgetCostToDate), bar('forecast', a.forecastCost, 2, null)],
      };
    }),
  };
}
