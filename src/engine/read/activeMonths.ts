import { msg } from '../messages/catalog';
import type { ActiveMonths } from '../model';
import { MONTHS } from '../months';
import { parseMonth } from './month';
import type { Row } from './tableReader';

export const FROM_MONTH = 'Från månad';
export const TO_MONTH = 'Till månad';

/**
 * A customer's Från månad and Till månad: the months it is active, both included (blank Från =
 * January, blank Till = December). Null for the whole year, and when a cell is wrong (reported:
 * the run stops on the error). A month is read as Månadsprofil's Månad is (1–12, "2027-04", a
 * date, "april"); a year it names must be Budgetår.
 */
export function readActiveMonths(row: Row, customer: string | null, budgetYear: number | null): ActiveMonths | null {
  const from = monthOf(row, FROM_MONTH, budgetYear);
  const to = monthOf(row, TO_MONTH, budgetYear);
  if (from === undefined || to === undefined) return null;
  const first = from ?? 0;
  const last = to ?? MONTHS - 1;
  if (first > last) {
    row.report.error('active-months-reversed', row.place(FROM_MONTH), msg('activeMonthsReversed', { at: row.place(FROM_MONTH), customer: customer ?? '', from: first, to: last, toCell: row.place(TO_MONTH).cell ?? null }));
    return null;
  }
  return first === 0 && last === MONTHS - 1 ? null : { from: first, to: last };
}

/** The month index in a cell, null when blank, undefined when wrong (reported). */
function monthOf(row: Row, header: string, budgetYear: number | null): number | null | undefined {
  const text = row.text(header);
  if (text === null) return row.isEmpty(header) ? null : undefined;
  const cell = parseMonth(text);
  if (cell.kind === 'invalid') {
    row.report.error('invalid-active-month', row.place(header), msg('activeMonthInvalid', { at: row.place(header), text }));
    return undefined;
  }
  if (cell.year !== null && budgetYear !== null && cell.year !== budgetYear) {
    const shown = cell.date === null ? `"${text}"` : `${text} (Excel-datumet ${cell.date})`;
    row.report.error('active-month-outside-year', row.place(header), msg('activeMonthOutsideYear', { at: row.place(header), text: shown, year: cell.year, budgetYear }));
    return undefined;
  }
  return cell.month;
}

/** The number of months a customer is active: 12 for the whole year. */
export function activeMonthCount(months: ActiveMonths | null): number {
  return months === null ? MONTHS : months.to - months.from + 1;
}
