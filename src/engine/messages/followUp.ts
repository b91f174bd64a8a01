import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of the follow-up during the year (Utfall, Utfallsvolymer, Utfallsavvikelser, Uppföljning). */
export const followUpPhrases = {
  followUpInvalidMonth: phrase(
    (a: { at: Place; text: string; year: number }, w) => `${w.where(a.at)}: "${a.text}" är ingen månad. Skriv månadens nummer (1–12), år och månad (${a.year}-03) eller månadens namn (mars).`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not a month. Write the month's number (1–12), year and month (${a.year}-03) or its Swedish name (mars).`,
  ),
  followUpMonthOutsideYear: phrase(
    (a: { at: Place; text: string; year: number }, w) => `${w.where(a.at)}: "${a.text}" ligger inte i budgetåret ${a.year} (Inställningar). Uppföljningen gäller budgetåret.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" is not in the budget year ${a.year} (Inställningar). The follow-up covers the budget year.`,
  ),
  followUpMonthGuessed: phrase(
    (a: { month: number }, w) =>
      `Inställningen Uppföljning t.o.m. saknas; uppföljningen räknar med t.o.m. ${w.month(a.month)}, den sista månaden med utfall. Ange den sista stängda månaden i Inställningar.`,
    (a, w) => `The setting Uppföljning t.o.m. is missing; the follow-up counts up to ${w.month(a.month)}, the last month with actuals. Give the last closed month in Inställningar.`,
  ),
  followUpAfterClosedMonth: phrase(
    (a: { table: string; rows: number; first: number; month: number }, w) =>
      `${a.table} har ${a.rows === 1 ? 'en rad' : `${a.rows} rader`} i månader efter Uppföljning t.o.m. (${w.month(a.month)}), första på rad ${a.first}; de räknas inte förrän månaden är stängd.`,
    (a, w) =>
      `${a.table} has ${a.rows === 1 ? 'one row' : `${a.rows} rows`} in months after Uppföljning t.o.m. (${w.month(a.month)}), the first on row ${a.first}; they count once the month is closed.`,
  ),
  followUpNoBudgetToSpread: phrase(
    (a: { at: Place; object: string }, w) =>
      `${w.where(a.at)}: kostnadsobjektet "${a.object}" har ingen budget i Kostnader att fördela utfallet efter (eller en budget som summerar till 0 eller under 0 på någon tjänst). Utfall på en process, ett verksamhetsområde eller en pool fördelas som objektets budget; lägg till objektet i Kostnader eller boka utfallet på tjänsterna.`,
    (a, w) =>
      `${w.where(a.at)}: the cost object "${a.object}" has no budget in Kostnader to spread the actuals by (or one that sums to 0, or below 0 on some service). Actuals on a process, an area or a pool are spread as the object's budget is; add the object to Kostnader or book the actuals on the services.`,
  ),
  settlementNeedsCap: phrase(
    (a: { at: Place }, w) => `${w.where(a.at)}: Avräkning är Över tak, men Resultatfondstak saknas, så det finns inget tak att avräkna över. Ange Resultatfondstak (kronor, eller under 1 en andel av årets intäkter) eller sätt Avräkning till Full eller Ingen.`,
    (a, w) => `${w.where(a.at)}: Avräkning is Över tak, but Resultatfondstak is missing, so there is no cap to settle above. Give Resultatfondstak (kronor, or below 1 a share of the year's revenue) or set Avräkning to Full or Ingen.`,
  ),
  followUpUnknownDeviation: phrase(
    (a: { at: Place; type: string; service: string }, w) => `${w.where(a.at)}: avvikelsen "${a.type}" finns inte för tjänsten ${a.service} i tabellen Avvikelsetyper.`,
    (a, w) => `${w.where(a.at)}: the deviation "${a.type}" does not exist for the service ${a.service} in the table Avvikelsetyper.`,
  ),
};
