/**
 * The geometry of a small horizontal bar chart of shares (fractions of a whole, 0–100 %), drawn
 * by ShareChart as SVG: one bar per share on a common scale, with an optional reference mark
 * (the whole organisation's share) on each. Pure, so the proportions are tested without a DOM.
 */
export interface ShareBar {
  label: string;
  /** A fraction; negative (a net discount) or above 1 is drawn clamped, and printed as it is. */
  value: number | null;
  /** A fraction to mark on the bar's track, e.g. the total's share; null for none. */
  reference: number | null;
}

export interface ShareBarLayout {
  label: string;
  value: number | null;
  /** Top of the row. */
  y: number;
  /** Width of the filled bar, 0 … trackWidth. */
  width: number;
  /** x of the reference mark, or null. */
  referenceX: number | null;
}

export interface ShareChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  trackX: number;
  trackWidth: number;
  barHeight: number;
  rowHeight: number;
  bars: ShareBarLayout[];
}

export const CHART = { width: 320, labelWidth: 118, valueWidth: 52, rowHeight: 20, barHeight: 12, padding: 2 } as const;

export function shareChartLayout(bars: readonly ShareBar[]): ShareChartLayout {
  const trackX = CHART.labelWidth;
  const trackWidth = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const x = (fraction: number) => Math.round(trackWidth * Math.min(1, Math.max(0, fraction)) * 10) / 10;
  return {
    width: CHART.width,
    height: bars.length * CHART.rowHeight + CHART.padding * 2,
    labelWidth: CHART.labelWidth,
    trackX,
    trackWidth,
    barHeight: CHART.barHeight,
    rowHeight: CHART.rowHeight,
    bars: bars.map((b, i) => ({
      label: b.label,
      value: b.value,
      y: CHART.padding + i * CHART.rowHeight,
      width: b.value === null ? 0 : x(b.value),
      referenceX: b.reference === null ? null : trackX + x(b.reference),
    })),
  };
}
