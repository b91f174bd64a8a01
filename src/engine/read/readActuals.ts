import { ZERO, plus, type Dec } from '../decimal';
import type { ActualCost, Actuals, DeviationType, Settings } from '../model';
import { MONTHS } from '../months';
import { msg } from '../messages/catalog';
import { NameIndex } from './nameIndex';
import { AMOUNT, QUANTITY } from './ranges';
import type { NumberRules } from './numberRules';
import type { CostObjects } from './costObjects';
import { readCosts } from './readCosts';
import type { Customers } from './readCustomers';
import type { PoolDeclarations } from './readPools';
import type { Services } from './readServices';
import { NameResolver, looksOf, typeIndex, typeKey } from './readVolumes';
import type { ProblemList } from './problemList';
import type { TableReader } from './tableReader';
import { budgetMonth } from './yearMonth';

export interface ActualTables {
  costs: TableReader;
  volumes: TableReader;
  deviations: TableReader;
  invoiced: TableReader;
}

interface Context {
  customers: Customers;
  services: Services;
  objects: CostObjects;
  pools: PoolDeclarations | null;
  deviationTypes: Map<string, Map<string, DeviationType>>;
  /** Types left out of Avvikelsetyper for an error already reported there (typeKey): not reported again. */
  rejectedTypes: ReadonlySet<string>;
  settings: Settings;
  problems: ProblemList;
}

/**
 * The year's actuals so far: Utfall (costs on Kostnader's objects, resolved as Kostnader's rows
 * are), Utfallsvolymer and Utfallsavvikelser, each per month of the budget year. Null when the
 * workbook has none of the three tables. Rows in months after Uppföljning t.o.m. are kept out of
 * the follow-up with one warning per table; without the setting the last month with actuals is
 * taken, with a warning.
 */
export function readActuals(tables: ActualTables, ctx: Context): Actuals | null {
  const all = [tables.costs, tables.volumes, tables.deviations, tables.invoiced];
  if (!all.some((t) => t.present)) return null;
  // Empty tables (the template's, a year just rolled over) without Uppföljning t.o.m. follow nothing yet.
  if (!all.some((t) => t.present && t.hasRows()) && ctx.settings.followUpMonth === null) return null;
  const year = ctx.settings.budgetYear;
  const costs = readActualCosts(tables.costs, ctx, year);
  const volumes = readMonthly(tables.volumes, ctx, year, 'Volym', QUANTITY);
  const deviations = readActualDeviations(tables.deviations, ctx, year);
  // Fakturerat: what was invoiced per month, a credit negative.
  const invoiced = readMonthly(tables.invoiced, ctx, year, 'Belopp', AMOUNT);
  let lastMonth = ctx.settings.followUpMonth;
  if (lastMonth === null) {
    lastMonth = Math.max(costs.reduce((last, c) => Math.max(last, c.month), 0), ...volumes.months, ...deviations.months, ...invoiced.months);
    ctx.problems.warning('follow-up-month-guessed', { table: 'Inställningar', column: 'Värde' }, msg('followUpMonthGuessed', { month: lastMonth }));
  }
  const closed = lastMonth;
  const laterCosts = costs.filter((c) => c.month > closed);
  reportLater(tables.costs, { rows: laterCosts.length, first: laterCosts.reduce((first, c) => Math.min(first, c.row), Infinity) }, closed, ctx.problems);
  reportLater(tables.volumes, volumes.after(closed), closed, ctx.problems);
  reportLater(tables.deviations, deviations.after(closed), closed, ctx.problems);
  reportLater(tables.invoiced, invoiced.after(closed), closed, ctx.problems);
  return { costs, volumes: volumes.byService, deviations: deviations.byService, invoiced: tables.invoiced.present && tables.invoiced.hasRows() ? invoiced.byService : null, lastMonth };
}

function reportLater(table: TableReader, later: { rows: number; first: number }, month: number, problems: ProblemList): void {
  if (later.rows === 0) return;
  const { rows, first } = later;
  problems.warning('after-closed-month', table.place(first, 'Månad'), msg('followUpAfterClosedMonth', { table: table.name, rows, first, month }));
}

/** Utfall: each row's month, then its object resolved as Kostnader's rows are (readCosts). */
function readActualCosts(table: TableReader, ctx: Context, year: number | null): ActualCost[] {
  if (!table.present) return [];
  const months = new Map<number, number>();
  for (const row of table.rows()) {
    const month = budgetMonth(row, 'Månad', year);
    if (month !== null) months.set(row.rowNumber, month);
  }
  const out: ActualCost[] = [];
  for (const c of readCosts(table, ctx.services, ctx.objects, ctx.pools)) {
    const month = months.get(c.row);
    if (month !== undefined) out.push({ target: c.target, month, amount: c.amount, row: c.row });
  }
  return out;
}

/** Monthly figures per service and customer, with how many rows each month had and its first. */
class MonthlyFigures<V> {
  readonly byService = new Map<string, Map<string, V>>();
  readonly months = new Set<number>();
  // Per month, not per row: a region's twelve months are 1,8 million rows.
  private readonly rowCount = new Array<number>(MONTHS).fill(0);
  private readonly firstRow = new Array<number>(MONTHS).fill(Infinity);

  constructor(private readonly empty: () => V) {}

  at(service: string, customer: string, row: number, month: number): V {
    this.months.add(month);
    this.rowCount[month] = (this.rowCount[month] as number) + 1;
    if (row < (this.firstRow[month] as number)) this.firstRow[month] = row;
    let perService = this.byService.get(service);
    if (!perService) this.byService.set(service, (perService = new Map()));
    let v = perService.get(customer);
    if (v === undefined) perService.set(customer, (v = this.empty()));
    return v;
  }

  /** Rows in months after `month`: how many, and the first. */
  after(month: number): { rows: number; first: number } {
    let rows = 0;
    let first = Infinity;
    for (let m = month + 1; m < MONTHS; m++) {
      rows += this.rowCount[m] as number;
      first = Math.min(first, this.firstRow[m] as number);
    }
    return { rows, first };
  }
}

const twelve = (): Dec[] => new Array<Dec>(MONTHS).fill(ZERO);

/**
 * Utfallsvolymer (Volym) and Fakturerat (Belopp): service -> customer -> the column's figure per
 * month, rows of one month summed.
 */
function readMonthly(table: TableReader, ctx: Context, year: number | null, column: 'Volym' | 'Belopp', rules: NumberRules): MonthlyFigures<Dec[]> {
  const out = new MonthlyFigures(twelve);
  if (!table.present) return out;
  const resolver = new NameResolver(table, ctx.customers.byName, ctx.services.byName, ctx.services.rejected, looksOf(ctx.customers, ctx.services));
  for (const row of table.rows()) {
    const names = resolver.names(row);
    const month = budgetMonth(row, 'Månad', year);
    const value = row.number(column, true, rules);
    if (!names || month === null || value === null) continue;
    const months = out.at(names.service, names.customer, row.rowNumber, month);
    months[month] = plus(months[month] as Dec, value);
  }
  return out;
}

/** Utfallsavvikelser: service -> customer -> type -> count per month. */
function readActualDeviations(table: TableReader, ctx: Context, year: number | null): MonthlyFigures<Map<string, Dec[]>> {
  const out = new MonthlyFigures(() => new Map<string, Dec[]>());
  if (!table.present) return out;
  const resolver = new NameResolver(table, ctx.customers.byName, ctx.services.byName, ctx.services.rejected, looksOf(ctx.customers, ctx.services));
  const indexes = new Map<string, NameIndex<DeviationType>>();
  for (const row of table.rows()) {
    const names = resolver.names(row);
    const typeText = row.text('Avvikelse', true);
    const month = budgetMonth(row, 'Månad', year);
    const count = row.number('Antal', true, QUANTITY);
    if (!names || typeText === null || month === null || count === null) continue;
    const type = typeIndex(indexes, ctx.deviationTypes, names.service)?.get(typeText);
    if (!type) {
      if (ctx.rejectedTypes.has(typeKey(names.service, typeText))) continue;
      const at = row.place('Avvikelse');
      table.report.error('unknown-deviation', at, msg('followUpUnknownDeviation', { at, type: typeText, service: names.service }));
      continue;
    }
    const perType = out.at(names.service, names.customer, row.rowNumber, month);
    let months = perType.get(type.name);
    if (!months) perType.set(type.name, (months = twelve()));
    months[month] = plus(months[month] as Dec, count);
  }
  return out;
}
