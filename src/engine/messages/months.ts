import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of customers active part of the year (Nycklar's Från månad and Till månad). */
export const monthPhrases = {
  activeMonthInvalid: phrase(
    (a: { at: Place; text: string }, w) => `${w.where(a.at)}: "${a.text}" är ingen månad. Skriv månadens nummer 1–12 (4 för april), år och månad (2027-04) eller månadens namn (april); tom cell betyder ${a.at.column === 'Till månad' ? 'december' : 'januari'}.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a month. Write the month's number 1–12 (4 for April), year and month (2027-04) or the month's Swedish name (april); an empty cell means ${a.at.column === 'Till månad' ? 'December' : 'January'}.`,
  ),
  activeMonthOutsideYear: phrase(
    (a: { at: Place; text: string; year: number; budgetYear: number }, w) => `${w.where(a.at)}: ${a.text} ligger i ${a.year}, inte i budgetåret ${a.budgetYear} (Inställningar). Från månad och Till månad anger månader i budgetåret.`,
    (a, w) => `${w.where(a.at)}: ${a.text} lies in ${a.year}, not in the budget year ${a.budgetYear} (Inställningar). Från månad and Till månad give months of the budget year.`,
  ),
  activeMonthsReversed: phrase(
    (a: { at: Place; customer: string; from: number; to: number; toCell: string | null }, w) =>
      `${w.where(a.at)}: kunden "${a.customer}" börjar i ${w.month(a.from)} men slutar redan i ${w.month(a.to)} (Till månad${a.toCell ? `, ${a.toCell}` : ''}). Från månad ska vara samma månad som Till månad eller tidigare.`,
    (a, w) =>
      `${w.where(a.at)}: the customer "${a.customer}" starts in ${w.month(a.from)} but already ends in ${w.month(a.to)} (Till månad${a.toCell ? `, ${a.toCell}` : ''}). Från månad must be the same month as Till månad or earlier.`,
  ),
  monthColumnAsKey: phrase(
    (a: { at: Place; header: string; suggestion: string }, w) =>
      `${w.where(a.at)}: kolumnen "${a.header}" skulle läsas som en fördelningsnyckel, men namnet ser ut att ange när kunden börjar eller slutar. En kund som är kund bara en del av året anges med kolumnerna Från månad och Till månad (1–12). Menade du ${a.suggestion}? Byt namn på kolumnen.`,
    (a, w) =>
      `${w.where(a.at)}: the column "${a.header}" would be read as an allocation key, but its name looks like when the customer starts or ends. A customer for part of the year is given with the columns Från månad and Till månad (1–12). Did you mean ${a.suggestion}? Rename the column.`,
  ),
  volumeOutsideActiveMonths: phrase(
    (a: { at: Place; customer: string; service: string; from: number; to: number; volume: string; unit: string }, w) =>
      `${w.where(a.at)}: ${a.customer} är kund ${w.month(a.from)}–${w.month(a.to)}, men Månadsprofil ger ${a.service} ingen volym de månaderna, så volymen ${a.volume} ${a.unit} kan inte faktureras. Ändra Månadsprofil, kundens Från månad och Till månad eller volymen.`,
    (a, w) =>
      `${w.where(a.at)}: ${a.customer} is a customer ${w.month(a.from)}–${w.month(a.to)}, but Månadsprofil gives ${a.service} no volume in those months, so the volume ${a.volume} ${a.unit} cannot be invoiced. Change Månadsprofil, the customer's Från månad and Till månad, or the volume.`,
  ),
};
