import { msg } from '../messages/catalog';
import { parseMonth } from './month';
import type { Row } from './tableReader';

/**
 * A month of the budget year from a cell (parseMonth's forms: 1–12, "2027-03", a date, "mars"),
 * 0–11; null, with an error on the cell, when it is no month or names another year than
 * Budgetår. For the follow-up's tables and the setting Uppföljning t.o.m.
 */
export function budgetMonth(row: Row, header: string, budgetYear: number | null, required = true): number | null {
  // The usual cell, a month number, without making its text (a region's actuals are millions of rows).
  const raw = row.raw(header);
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 12) return raw - 1;
  const text = row.text(header, required);
  if (text === null) return null;
  const cell = parseMonth(text);
  const at = row.place(header);
  if (cell.kind === 'invalid') {
    row.report.error('invalid-month', at, msg('followUpInvalidMonth', { at, text, year: budgetYear ?? 2027 }));
    return null;
  }
  if (cell.year !== null && budgetYear !== null && cell.year !== budgetYear) {
    row.report.error('month-outside-year', at, msg('followUpMonthOutsideYear', { at, text, year: budgetYear }));
    return null;
  }
  return cell.month;
}
