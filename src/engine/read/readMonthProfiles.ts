import { Dec, ZERO, sum } from '../decimal';
import type { MonthProfiles, Settings } from '../model';
import { MONTHS, MONTH_NAMES } from '../months';
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
      problems.error('unknown-service', row.place('Tjänst'), `${row.where('Tjänst')}: tjänsten "${serviceText}" finns inte i tabellen Tjänster.`);
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
      problems.error('duplicate-month', row.place('Månad'), `${row.where('Månad')}: ${service.name} har redan en andel för ${MONTH_NAMES[month.month]} på rad ${earlier}. Varje månad ska stå en gång per tjänst.`);
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
      problems.error('shares-not-one', table.place(row, 'Andel'), `Månadsprofil rad ${row}: andelarna för ${name} summerar till ${total.toString().replace('.', ',')}, inte 1.`);
      shares.delete(name);
      continue;
    }
    const model = services.byName.get(name)?.model;
    if (model !== undefined && EVEN_MODELS.has(model)) {
      problems.warning('profile-not-used', table.place(row, 'Tjänst'), `Månadsprofil rad ${row}: ${name} har prismodellen ${model} och faktureras med lika belopp varje månad; månadsprofilen gäller bara styck- och timpriser (och den rörliga delen av Blandad).`);
    }
  }

  const year = settings.budgetYear ?? profileYear?.year ?? null;
  // A Budgetår given but unusable (a bad value, no Värde column) is reported once, in Inställningar.
  if (settings.budgetYear === null && !settings.unusable.includes('Budgetår')) {
    problems.warning(
      'missing-budget-year',
      { table: 'Inställningar', column: 'Parameter' },
      year === null
        ? 'Budgetår saknas i tabellen Inställningar, så Fakturaunderlagets perioder anges utan år (01–12). Lägg till parametern Budgetår, t.ex. 2027.'
        : `Budgetår saknas i tabellen Inställningar; Fakturaunderlaget använder året ${year} från Månadsprofil rad ${profileYear?.row ?? 1}. Lägg till parametern Budgetår.`,
    );
  }
  return { byService: shares, year };
}

/** The month of a Månad cell, checked against the budget year (or the profile's first year). */
function readMonth(row: Row, text: string, budgetYear: number | null, profileYear: { year: number; row: number } | null): { month: number; year: number | null } | null {
  const cell = parseMonth(text);
  const where = row.where('Månad');
  if (cell.kind === 'invalid') {
    row.report.error('invalid-month', row.place('Månad'), `${where}: "${text}" är ingen månad. Skriv månadens nummer (1–12), år och månad (${budgetYear ?? 2027}-03) eller månadens namn (mars).`);
    return null;
  }
  const read = cell.date === null ? `"${text}"` : `${text} (Excel-datumet ${cell.date})`;
  if (cell.year !== null && budgetYear !== null && cell.year !== budgetYear) {
    row.report.error('month-outside-year', row.place('Månad'), `${where}: ${read} ligger inte i budgetåret ${budgetYear} (Inställningar).`);
    return null;
  }
  if (cell.year !== null && budgetYear === null && profileYear !== null && cell.year !== profileYear.year) {
    row.report.error('month-outside-year', row.place('Månad'), `${where}: ${read} ligger i ${cell.year}, men rad ${profileYear.row} anger året ${profileYear.year}. Månadsprofilen gäller ett budgetår.`);
    return null;
  }
  return { month: cell.month, year: cell.year };
}
