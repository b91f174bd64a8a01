import { Dec, ZERO, sum } from '../decimal';
import type { MonthProfiles, Settings } from '../model';
import { MONTHS } from '../months';
import { msg } from '../messages/catalog';
import { parseMonth } from './month';
import { isRejected, type Services } from './readServices';
import type { Row, TableReader } from './tableReader';
import { SHARE } from './ranges';

/**
 * How far a service's shares may sum from 1: twelve cells of =1/12, read at Excel's 15 digits,
 * sum to 0.9999999999999996. Within it the shares are used as weights, so the months still add
 * up exactly to the year.
 */
const SUM_TOLERANCE = new Dec('0.000001');

/** Services whose charges do not follow a volume: a profile for them is not used. */
const EVEN_MODELS = new Set(['Fast', 'Direkt', 'Paket']);

/**
 * Månadsprofil: Tjänst | Månad | Andel. Each service's shares of its yearly volume per month;
 * shares ≥ 0 summing to 1, each month at most once. Also settles the year of the invoice basis:
 * Budgetår, else the year the profile's months name (with a warning either way it is missing).
 */
export function readMonthProfiles(table: TableReader, services: Services, settings: Settings): MonthProfiles {
  const problems = table.report;
  const shares = new Map<string, Dec[]>();
  const seen = new Map<string, (number | undefined)[]>();
  const firstRow = new Map<string, number>();
  const broken = new Set<string>();
  let profileYear: { year: number; row: number } | null = null;

  for (const row of table.rows()) {
    const serviceText = row.text('Tjänst', true);
    const monthText = row.text('Månad', true);
    const share = row.number('Andel', true, SHARE);
    const service = serviceText === null ? undefined : services.byName.get(serviceText);
    if (serviceText !== null && !service && !isRejected(services, serviceText)) {
      problems.error('unknown-service', row.place('Tjänst'), msg('unknownService', { at: row.place('Tjänst'), name: serviceText, hint: null }));
    }
    const month: { month: number; year: number | null } | null = monthText === null ? null : readMonth(row, monthText, settings.budgetYear, profileYear);
    if (month !== null && month.year !== null && settings.budgetYear === null) profileYear ??= { year: month.year, row: row.rowNumber };
    if (!service) continue;
    if (!firstRow.has(service.name)) firstRow.set(service.name, row.rowNumber);
    if (month === null || share === null) {
      broken.add(service.name);
      continue;
    }
    let rows = seen.get(service.name);
    if (!rows) seen.set(service.name, (rows = new Array<number | undefined>(MONTHS)));
    const earlier = rows[month.month];
    if (earlier !== undefined) {
      problems.error('duplicate-month', row.place('Månad'), msg('duplicateMonth', { at: row.place('Månad'), service: service.name, month: month.month, earlier }));
      broken.add(service.name);
      continue;
    }
    rows[month.month] = row.rowNumber;
    let list = shares.get(service.name);
    if (!list) shares.set(service.name, (list = new Array<Dec>(MONTHS).fill(ZERO)));
    list[month.month] = share;
  }

  for (const [name, row] of firstRow) {
    const list = shares.get(name);
    if (broken.has(name) || !list) {
      shares.delete(name);
      continue;
    }
    const total = sum(list);
    if (total.minus(1).abs().gt(SUM_TOLERANCE)) {
      problems.error('shares-not-one', table.place(row, 'Andel'), msg('sharesNotOne', { at: { table: table.name, row }, service: name, total: total.toString().replace('.', ',') }));
      shares.delete(name);
      continue;
    }
    const model = services.byName.get(name)?.model;
    if (model !== undefined && EVEN_MODELS.has(model)) {
      problems.warning('profile-not-used', table.place(row, 'Tjänst'), msg('profileNotUsed', { at: { table: table.name, row }, service: name, model }));
    }
  }

  const year = settings.budgetYear ?? profileYear?.year ?? null;
  // A Budgetår given but unusable (a bad value, no Värde column) is reported once, in Inställningar.
  if (settings.budgetYear === null && !settings.unusable.includes('Budgetår')) {
    const at = { table: 'Inställningar', column: 'Parameter' };
    if (year === null) problems.warning('missing-budget-year', at, msg('budgetYearMissing', {}));
    else problems.warning('missing-budget-year', at, msg('budgetYearFromProfile', { year, row: profileYear?.row ?? 1 }));
  }
  return { byService: shares, year };
}

/** The month of a Månad cell, checked against the budget year (or the profile's first year). */
function readMonth(row: Row, text: string, budgetYear: number | null, profileYear: { year: number; row: number } | null): { month: number; year: number | null } | null {
  const cell = parseMonth(text);
  const at = row.place('Månad');
  if (cell.kind === 'invalid') {
    row.report.error('invalid-month', at, msg('invalidMonth', { at, text, year: budgetYear ?? 2027 }));
    return null;
  }
  if (cell.year !== null && budgetYear !== null && cell.year !== budgetYear) {
    row.report.error('month-outside-year', at, msg('monthOutsideBudgetYear', { at, text, date: cell.date, budgetYear }));
    return null;
  }
  if (cell.year !== null && budgetYear === null && profileYear !== null && cell.year !== profileYear.year) {
    row.report.error('month-outside-year', at, msg('monthOutsideProfileYear', { at, text, date: cell.date, year: cell.year, profileRow: profileYear.row, profileYear: profileYear.year }));
    return null;
  }
  return { month: cell.month, year: cell.year };
}
