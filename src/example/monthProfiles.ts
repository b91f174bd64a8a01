import type { CellValue, RawTable } from '../engine/cells';
import { contractHeaders, rawTable } from './table';

// Not in the report: plausible seasons, so the invoice basis shows a profile at work. The
// months are written both ways the contract accepts, as a number and as "YYYY-MM".

/** Supplier invoices dip in July and peak at the year end (the shares sum to 1). */
const SUPPLIER_INVOICES = [0.08, 0.08, 0.09, 0.08, 0.09, 0.09, 0.05, 0.07, 0.09, 0.09, 0.08, 0.11];

/** Payroll courses are not held in July and August. */
const PAYROLL_COURSES = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0, 0.1, 0.1, 0.1, 0.1];

export function monthProfilesTable(): RawTable {
  const rows = (service: string, shares: number[], month: (m: number) => CellValue) =>
    shares.map((share, m) => ({ Tjänst: service, Månad: month(m + 1), Andel: share }));
  return rawTable('Månadsprofil', contractHeaders('Månadsprofil'), [
    ...rows('Leverantörsreskontra', SUPPLIER_INVOICES, (m) => m),
    ...rows('Utbildning lön', PAYROLL_COURSES, (m) => `2021-${String(m).padStart(2, '0')}`),
  ]);
}
