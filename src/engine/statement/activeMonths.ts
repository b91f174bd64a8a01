import type { ActiveMonths } from '../model';
import { MONTHS, MONTH_NAMES } from '../months';

/** "juli–december", "mars" for one month. */
function span(months: ActiveMonths): string {
  const from = MONTH_NAMES[months.from] ?? '';
  return months.from === months.to ? from : `${from}–${MONTH_NAMES[months.to] ?? ''}`;
}

/** The last day of a month (0 = January) of a year: 28–31. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The statement's period: "Budgetår 2027 (1 januari–31 december 2027)", and for a customer active
 * part of the year "Budgetår 2027, kund juli–december (1 juli–31 december 2027)".
 */
export function periodText(year: number | null, months: ActiveMonths | null): string {
  if (months === null) return year === null ? 'Budgetåret' : `Budgetår ${year} (1 januari–31 december ${year})`;
  if (year === null) return `Budgetåret, kund ${span(months)}`;
  return `Budgetår ${year}, kund ${span(months)} (1 ${MONTH_NAMES[months.from] ?? ''}–${lastDay(year, months.to)} ${MONTH_NAMES[months.to] ?? ''} ${year})`;
}

/** What the summary says the customer pays for: "budgetåret 2027", or "juli–december 2027". */
export function summaryPeriod(year: number | null, months: ActiveMonths | null): string {
  if (months === null) return year === null ? 'budgetåret' : `budgetåret ${year}`;
  return year === null ? span(months) : `${span(months)} ${year}`;
}

/** The sentence on a customer active part of the year, for the statement's "how it is worked out". */
export function activeMonthsText(months: ActiveMonths | null): string[] {
  if (months === null) return [];
  const count = months.to - months.from + 1;
  const n = count === 1 ? 'den månaden' : `de ${count} månaderna`;
  return [
    `Ni är kund ${span(months)} (${count} av ${MONTHS} månader): en fast avgift räknas på ert värde av nyckeln gånger ${n}, era volymer gäller ${n}, och ni faktureras bara för ${count === 1 ? 'den' : 'dem'}.`,
  ];
}
