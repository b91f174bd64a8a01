/// <reference types="office-js" />
import type { OutputTable } from '../../engine/output';
import { cellAddress, rangeAddress, rangeOf } from './address';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import type { Step } from './steps';

/** A chart on an output's own sheet, to the right of its table. */
export interface ChartPlan {
  /** The output (and sheet) it belongs to. */
  output: string;
  name: string;
  title: string;
  type: 'BarStacked' | 'ColumnStacked';
  /** Series: header row and body of the value columns. */
  source: string;
  /** The category labels (customers, areas). */
  categories: string;
  /** Top-left and bottom-right cells of the chart. */
  from: string;
  to: string;
}

const TOTAL = 'Totalt';

/**
 * The charts the report draws: each customer's charge by area (Kundsammanställning, a stacked
 * bar per customer) and the price structure per area (Prisstruktur, a stacked column per area
 * as in the report's Figures 14, 17, 20). Returns the plans and, for charts that cannot be
 * drawn, why not.
 */
export function planCharts(outputs: readonly OutputTable[]): { plans: ChartPlan[]; skipped: string[] } {
  const plans: ChartPlan[] = [];
  const skipped: string[] = [];
  const add = (plan: ChartPlan | string) => (typeof plan === 'string' ? skipped.push(plan) : plans.push(plan));
  const summary = outputs.find((o) => o.name === 'Kundsammanställning');
  if (summary) add(customerChart(summary));
  const structure = outputs.find((o) => o.name === 'Prisstruktur');
  if (structure) add(structureChart(structure));
  return { plans, skipped };
}

function customerChart(table: OutputTable): ChartPlan | string {
  const headers = table.columns.map((c) => c.header);
  const first = headers.indexOf('Kundtyp') + 1;
  const end = headers.indexOf('Avvikelsepåslag');
  const rows = table.rows.length;
  if (headers[0] !== 'Kund' || first < 1 || end <= first) return 'Kundsammanställning: no area columns';
  if (rows === 0) return 'Kundsammanställning: no customers';
  return {
    output: table.name,
    name: 'Debitering per kund',
    title: 'Debitering per kund och verksamhetsområde',
    type: 'BarStacked',
    source: rangeAddress(rangeOf(1, first + 1, rows + 1, end - first)),
    categories: rangeAddress(rangeOf(2, 1, rows, 1)),
    ...placeRight(headers.length, Math.max(20, Math.ceil(rows * 0.8))),
  };
}

function structureChart(table: OutputTable): ChartPlan | string {
  const headers = table.columns.map((c) => c.header);
  const parts = ['Fördelat/nycklat', 'Obligatoriskt (st/tim)', 'Tilläggstjänster'].map((h) => headers.indexOf(h));
  const contiguous = parts.every((p, i) => p > 0 && p === parts[0]! + i);
  const last = table.rows[table.rows.length - 1];
  const areas = table.rows.length - (last?.[0] === TOTAL ? 1 : 0);
  if (headers[0] !== 'Verksamhetsområde' || !contiguous) return 'Prisstruktur: unexpected columns';
  if (areas === 0) return 'Prisstruktur: no areas';
  return {
    output: table.name,
    name: 'Prisstruktur per område',
    title: 'Prisstruktur per verksamhetsområde',
    type: 'ColumnStacked',
    source: rangeAddress(rangeOf(1, parts[0]! + 1, areas + 1, parts.length)),
    categories: rangeAddress(rangeOf(2, 1, areas, 1)),
    ...placeRight(headers.length, 20),
  };
}

function placeRight(tableColumns: number, height: number): { from: string; to: string } {
  const left = tableColumns + 2;
  return { from: cellAddress(2, left), to: cellAddress(2 + height, left + 9) };
}

/** The step that adds a planned chart on `sheet` (the output's staging sheet). */
export function chartStep(sheet: string, plan: ChartPlan): Step {
  return {
    size: OPERATION_OVERHEAD_BYTES * 8 + jsonBytes(plan),
    apply: (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const chart = ws.charts.add(plan.type, ws.getRange(plan.source), 'Columns');
      chart.name = plan.name;
      chart.title.text = plan.title;
      const categories = chart.axes.categoryAxis;
      categories.setCategoryNames(ws.getRange(plan.categories));
      // Bars list categories bottom-up; reversed, the first customer is on top as in the table.
      if (plan.type === 'BarStacked') categories.reversePlotOrder = true;
      chart.setPosition(plan.from, plan.to);
    },
  };
}
