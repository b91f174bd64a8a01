import type { Calculation } from '../calc/calculate';
import type { Charge } from '../calc/results';
import { safe, sumUnits } from '../money';
import type { OutputTable, OutputValue } from '../output';
import { keepShape } from '../shapes';
import { deviationColumns } from '../outputHeaders';
import { outputTable } from './columns';

/**
 * Avvikelsepivot: one row per customer with deviations, one column per deviation type, a Totalt
 * column and a last Totalt row. A type name used by several services gets one column per
 * service, "Påminnelse (Kundreskontra)" (outputHeaders.ts).
 */
export function deviationPivot(calc: Calculation): OutputTable {
  const columns = deviationColumns(calc.model.deviationTypes);
  const columnsOf = new Map<string, Map<string, number>>();
  columns.forEach((col, i) => {
    let m = columnsOf.get(col.service);
    if (!m) columnsOf.set(col.service, (m = new Map()));
    m.set(col.type, i);
  });
  const pivot = new PivotCells(columns.length);
  for (const r of calc.services) {
    const columnOf = columnsOf.get(r.service.name);
    if (!columnOf) continue;
    for (const c of r.charges) pivot.add(columnOf, c);
  }
  const cells = pivot.cells;
  const money = calc.money;
  const out: OutputValue[][] = [];
  const totals = new Array<number>(columns.length).fill(0);
  for (const customer of calc.model.customers) {
    const values = cells.get(customer.name);
    if (values === undefined) continue;
    const row: OutputValue[] = [customer.name];
    for (let i = 0; i < values.length; i++) {
      row.push(money.toNumber(values[i] as number));
      totals[i] = safe((totals[i] as number) + (values[i] as number));
    }
    row.push(money.toNumber(sumUnits(values)));
    out.push(row);
  }
  const rowCount = out.length;
  out.push(['Totalt', ...totals.map((t) => money.toNumber(t)), money.toNumber(sumUnits(totals))]);
  return outputTable('Avvikelsepivot', [['Kund', 'text'], ...columns.map((c) => [c.header, 'kr'] as const), ['Totalt', 'kr']], rowCount === 0 ? [] : out);
}

/**
 * The pivot's cells: customer -> an amount per column, added charge by charge. A class whose
 * method is Map#forEach's callback, rather than a closure made per charge: this runs for every
 * charge, and a closure made per run loses its optimized code to every full collection
 * between runs (shapes.ts).
 */
class PivotCells {
  readonly cells = new Map<string, number[]>();
  private customer = '';
  private columnOf = new Map<string, number>();

  constructor(private readonly width: number) {}

  /** Adds the charge's surcharge, split by deviation type, to its customer's cells. */
  add(columnOf: Map<string, number>, charge: Charge): void {
    this.columnOf = columnOf;
    this.customer = charge.customer;
    // forEach: a for-of over a Map makes an entry array per step, and this runs per charge.
    charge.surchargeByType.forEach(this.addCell, this);
  }

  private addCell(amount: number, type: string): void {
    const i = this.columnOf.get(type);
    if (i === undefined) return;
    let values = this.cells.get(this.customer);
    if (!values) this.cells.set(this.customer, (values = new Array<number>(this.width).fill(0)));
    values[i] = (values[i] as number) + amount;
  }
}

keepShape(new PivotCells(0));
