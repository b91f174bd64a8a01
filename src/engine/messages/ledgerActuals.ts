import { phrase, type Names } from './wording';

interface Totals {
  ledger: string;
  unmapped: string;
  imported: string;
}

/** The messages of importing the ledger's actuals into Utfall (engine/ledger, the import command). */
export const ledgerActualsPhrases = {
  actualsNoBudgetYear: phrase(
    (_a: Record<string, never>, _w) =>
      'Importen till Utfall behöver Budgetår i tabellen Inställningar: varje rads datum prövas mot det, så att inget bokförs på fel år. Lägg till parametern Budgetår, t.ex. 2027.',
    (_a, _w) =>
      'The import into Utfall needs Budgetår in the table Inställningar: every row\'s date is checked against it, so that nothing is booked in the wrong year. Add the parameter Budgetår, e.g. 2027.',
  ),
  actualsOutsideYear: phrase(
    (a: { file: string; line: number; month: string; year: number; others: number; months: Names }, w) =>
      `${a.file} rad ${a.line} är bokförd ${a.month}, utanför Budgetår ${a.year}${
        a.others > 0 ? `; ${a.others === 1 ? 'en rad till' : `${a.others} rader till`} ligger utanför året (${w.list(a.months, true)})` : ''
      }. Inget skrevs: ta ut exporten för budgetåret, eller rätta Budgetår.`,
    (a, w) =>
      `${a.file} line ${a.line} is booked in ${a.month}, outside Budgetår ${a.year}${
        a.others > 0 ? `; ${a.others === 1 ? 'one more row lies' : `${a.others} more rows lie`} outside the year (${w.list(a.months, true)})` : ''
      }. Nothing was written: export the budget year only, or correct Budgetår.`,
  ),
  actualsBadSieDate: phrase(
    (a: { file: string; line: number; label: string; text: string }, _w) =>
      a.text === ''
        ? `${a.file} rad ${a.line}: ${a.label} saknar datum, och importen till Utfall behöver varje transaktions månad (SIE skriver ÅÅÅÅMMDD, t.ex. 20270315).`
        : `${a.file} rad ${a.line}: ${a.label} har datumet "${a.text}", som inte är ett datum (SIE skriver ÅÅÅÅMMDD, t.ex. 20270315).`,
    (a, _w) =>
      a.text === ''
        ? `${a.file} line ${a.line}: ${a.label} has no date, and the import into Utfall needs every transaction's month (SIE writes YYYYMMDD, e.g. 20270315).`
        : `${a.file} line ${a.line}: ${a.label} has the date "${a.text}", which is no date (SIE writes YYYYMMDD, e.g. 20270315).`,
  ),
  actualsBadMonth: phrase(
    (a: { file: string; line: number; column: string; text: string }, _w) =>
      a.text === ''
        ? `${a.file} rad ${a.line}: ${a.column} saknas; importen till Utfall behöver varje rads månad.`
        : `${a.file} rad ${a.line}: ${a.column} "${a.text}" går inte att läsa som en månad; skriv 1–12, ÅÅÅÅ-MM, ÅÅÅÅMM eller ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD).`,
    (a, _w) =>
      a.text === ''
        ? `${a.file} line ${a.line}: ${a.column} is missing; the import into Utfall needs every row's month.`
        : `${a.file} line ${a.line}: ${a.column} "${a.text}" cannot be read as a month; write 1–12, YYYY-MM, YYYYMM or a date (YYYY-MM-DD, YYYYMMDD).`,
  ),
  actualsNotBudget: phrase(
    (a: { file: string }, _w) => `${a.file}: #PBUDGET är budget, inte utfall; Utfall läser #TRANS (standard) eller #PSALDO. Budgeten importeras till Kostnader.`,
    (a, _w) => `${a.file}: #PBUDGET is a budget, not actuals; Utfall reads #TRANS (the default) or #PSALDO. The budget is imported into Kostnader.`,
  ),
  actualsMonthsHeading: phrase(
    (_a: Record<string, never>, _w) => 'Avstämning per månad:',
    (_a, _w) => 'Reconciliation per month:',
  ),
  actualsMonthReconciled: phrase(
    (a: Totals & { month: string; rows: number }, _w) =>
      `  ${a.month}: huvudboken ${a.ledger} kr − utan regel ${a.unmapped} kr = importerat ${a.imported} kr (${a.rows === 1 ? 'en rad' : `${a.rows} rader`}).`,
    (a, _w) => `  ${a.month}: ledger ${a.ledger} kr − without a rule ${a.unmapped} kr = imported ${a.imported} kr (${a.rows === 1 ? 'one row' : `${a.rows} rows`}).`,
  ),
  actualsReconciled: phrase(
    (a: Totals & { rows: number; mappedRows: number; lines: number; months: number }, _w) =>
      `Avstämning: huvudboken ${a.ledger} kr − utan regel ${a.unmapped} kr = importerat ${a.imported} kr (${a.mappedRows} av ${a.rows} rader, summerade till ${a.lines === 1 ? 'en rad' : `${a.lines} rader`} i Utfall per kostnadsobjekt, kostnadsslag och månad, ${a.months === 1 ? 'en månad' : `${a.months} månader`}). Stämmer, varje månad och totalt.`,
    (a, _w) =>
      `Reconciliation: ledger ${a.ledger} kr − without a rule ${a.unmapped} kr = imported ${a.imported} kr (${a.mappedRows} of ${a.rows} rows, summed into ${a.lines === 1 ? 'one row' : `${a.lines} rows`} of Utfall per Kostnadsobjekt, Kostnadsslag and month, ${a.months === 1 ? 'one month' : `${a.months} months`}). It agrees, each month and in total.`,
  ),
};
