import { ZERO, plus, type Dec } from '../decimal';
import type { ActualCost, Actuals, DeviationType, Settings } from '../model';
import { MONTHS } from '../months';
import { msg } from '../messages/catalog';
import { NameIndex } from './nameIndex';
import { AMOUNT, QUANTITY } from './ranges';
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
  if (!tables.costs.present && !tables.volumes.present && !tables.deviations.present && !tables.invoiced.present) return null;
  const year = ctx.settings.budgetYear;
  const costs = readActualCosts(tables.costs, ctx, year);
  const volumes = readActualVolumes(tables.volumes, ctx, year);
  const deviations = readActualDeviations(tables.deviations, ctx, year);
  const invoiced = readInvoiced(tables.invoiced, ctx, year);
  let lastMonth = ctx.settings.followUpMonth;
  if (lastMonth === null) {
    lastMonth = Math.max(0, ...costs.map((c) => c.month), ...[...volumes.months, ...deviations.months, ...invoiced.months]);
    ctx.problems.warning('follow-up-month-guessed', { table: 'Inställningar', column: 'Värde' }, msg('followUpMonthGuessed', { month: lastMonth }));
  }
  const closed = lastMonth;
  reportLater(tables.costs, costs.filter((c) => c.month > closed).map((c) => c.row), closed, ctx.problems);
  reportLater(tables.volumes, volumes.rowsAfter(closed), closed, ctx.problems);
  reportLater(tables.deviations, deviations.rowsAfter(closed), closed, ctx.problems);
  reportLater(tables.invoiced, invoiced.rowsAfter(closed), closed, ctx.problems);
  return { costs, volumes: volumes.byService, deviations: deviations.byService, invoiced: tables.invoiced.present ? invoiced.byService : null, lastMonth };
}

function reportLater(table: TableReader, rows: number[], month: number, problems: ProblemList): void {
  if (rows.length === 0) return;
  const first = Math.min(...rows);
  problems.warning('after-closed-month', table.place(first, 'Månad'), msg('followUpAfterClosedMonth', { table: table.name, rows: rows.length, first, month }));
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

/** Monthly figures per service and customer, with the rows and months they came from. */
class MonthlyFigures<V> {
  readonly byService = new Map<string, Map<string, V>>();
  readonly months = new Set<number>();
  private readonly rowMonths: { row: number; month: number }[] = [];

  constructor(private readonly empty: () => V) {}

  at(service: string, customer: string, row: number, month: number): V {
    this.months.add(month);
    this.rowMonths.push({ row, month });
    let perService = this.byService.get(service);
    if (!perService) this.byService.set(service, (perService = new Map()));
    let v = perService.get(customer);
    if (v === undefined) perService.set(customer, (v = this.empty()));
    return v;
  }

  rowsAfter(month: number): number[] {
    return this.rowMonths.filter((r) => r.month > month).map((r) => r.row);
  }
}

const twelve = (): Dec[] => new Array<Dec>(MONTHS).fill(ZERO);

/** Utfallsvolymer: service -> customer -> volume per month (rows of one month summed). */
function readActualVolumes(table: TableReader, ctx: Context, year: number | null): MonthlyFigures<Dec[]> {
  const out = new MonthlyFigures(twelve);
  if (!table.present) return out;
  const resolver = new NameResolver(table, ctx.customers.byName, ctx.services.byName, ctx.services.rejected, looksOf(ctx.customers, ctx.services));
  for (const row of table.rows()) {
    const names = resolver.names(row);
    const month = budgetMonth(row, 'Månad', year);
    const volume = row.number('Volym', true, QUANTITY);
    if (!names || month === null || volume === null) continue;
    const months = out.at(names.service, names.customer, row.rowNumber, month);
    months[month] = plus(months[month] as Dec, volume);
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

/** Fakturerat: service -> customer -> invoiced amount per month (rows of one month summed; credits negative). */
function readInvoiced(table: TableReader, ctx: Context, year: number | null): MonthlyFigures<Dec[]> {
  const out = new MonthlyFigures(twelve);
  if (!table.present) return out;
  const resolver = new NameResolver(table, ctx.customers.byName, ctx.services.byName, ctx.services.rejected, looksOf(ctx.customers, ctx.services));
  for (const row of table.rows()) {
    const names = resolver.names(row);
    const month = budgetMonth(row, 'Månad', year);
    const amount = row.number('Belopp', true, AMOUNT);
    if (!names || month === null || amount === null) continue;
    const months = out.at(names.service, names.customer, row.rowNumber, month);
    months[month] = plus(months[month] as Dec, amount);
  }
  return out;
}
