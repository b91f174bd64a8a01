import type { Calculation } from '../calc/calculate';
import type { FollowUp } from '../calc/followUp';
import type { FundStatement, Settlement } from '../calc/settlement';
import type { OutputTable, OutputValue } from '../output';
import { outputTable } from './columns';
import { kronorText, percentOfText } from './swedishNumbers';
import { Dec } from '../decimal';
import { fillVat, vatRateOf, withVatColumns } from '../invoicing/lineVat';

/**
 * Resultatfond and Slutavräkning, when the workbook has actuals; without them both with their
 * headers only, as Uppföljning is.
 */
export function settlementTables(calc: Calculation): OutputTable[] {
  const s = calc.settlement ?? null;
  return [fundTable(calc, s), settlementTable(calc, s, calc.followUp ?? null)];
}

/** Resultatfond: the fund's opening balance, the year's result, the cap, what is settled, the closing balance. */
function fundTable(calc: Calculation, s: Settlement | null): OutputTable {
  const rows: OutputValue[][] = [];
  if (s !== null) {
    const f = s.fund;
    const kr = (units: number) => calc.money.toNumber(units);
    rows.push(['Ingående balans', kr(f.opening), 'Resultatfond IB (Inställningar).']);
    rows.push([f.final ? 'Årets resultat' : 'Årets resultat (prognos)', kr(f.result), f.final ? 'Intäkt − kostnad för året (Uppföljning, Totalt).' : 'Prognos intäkt − prognos kostnad (Uppföljning, Totalt).']);
    rows.push(['Fondtak', f.cap === null ? null : kr(f.cap), f.cap === null ? 'Resultatfondstak saknas: inget tak.' : 'Det mesta fonden får rymma (Resultatfondstak).']);
    rows.push(['Avräknas med kunderna', kr(f.settled), settledText(f, calc)]);
    rows.push(['Utgående balans', kr(f.closing), 'Ingående balans + årets resultat − det som avräknas.']);
  }
  return outputTable('Resultatfond', [['Post', 'text'], ['Belopp', 'kr'], ['Förklaring', 'text']], rows);
}

function settledText(f: FundStatement, calc: Calculation): string {
  if (f.method === 'Ingen') {
    const overCap = f.cap === null ? 0 : f.closing - f.cap;
    if (overCap <= 0) return 'Avräkning Ingen: årets resultat stannar i fonden.';
    // Nothing is settled, as chosen; but the self-cost principle caps the fund, so say by how much it goes above.
    return `Avräkning Ingen: årets resultat stannar i fonden, som därmed går ${kronorText(calc.money.toDec(overCap))} kr över fondtaket (Avräkning Över tak återbetalar det).`;
  }
  if (f.method === 'Full') {
    const text = f.settled >= 0 ? 'Avräkning Full: hela resultatet återbetalas till kunderna (Slutavräkning).' : 'Avräkning Full: hela underskottet debiteras kunderna (Slutavräkning).';
    if (f.unsettled.length === 0) return text;
    const names = f.unsettled.join(', ');
    const which = f.unsettled.length === 1 ? `Tjänsten ${names} har ingen kund som fakturerats eller debiterats för den; dess` : `Tjänsterna ${names} har ingen kund som fakturerats eller debiterats för dem; deras`;
    return `${text} ${which} resultat stannar i fonden.`;
  }
  return f.settled > 0 ? 'Avräkning Över tak: det som går över fondtaket återbetalas till kunderna (Slutavräkning).' : 'Avräkning Över tak: fonden går inte över taket; inget avräknas.';
}

/**
 * Slutavräkning in Fakturaunderlag's layout (Kund, Tjänst, Period, Belopp, Text, and Moms and
 * Brutto when some customer pays VAT), so it can go to
 * the invoicing as it is: a credit (Belopp < 0) returns a surplus, a debit charges a deficit. The
 * period is Budgetår's December; before December closes the lines are preliminary and say so.
 */
function settlementTable(calc: Calculation, s: Settlement | null, followUp: FollowUp | null): OutputTable {
  const rows: OutputValue[][] = [];
  if (s !== null && followUp !== null) {
    const year = calc.model.settings.budgetYear ?? calc.model.monthProfiles.year;
    const period = year === null ? '12' : `${year}-12`;
    const vat = calc.model.invoicing?.vat === true;
    const preliminary = s.fund.final ? '' : ` (preliminär: prognos t.o.m. ${followUp.period})`;
    for (const line of s.lines) {
      const share = percentOfText(new Dec(line.invoiced), new Dec(line.invoicedTotal));
      const what = line.amount < 0 ? 'återbetalning av överskott' : 'debitering av underskott';
      const service = line.service.result.service.name;
      const row: OutputValue[] = [line.customer, service, period, calc.money.toNumber(line.amount), `Slutavräkning ${service}${year === null ? '' : ` ${year}`}: ${what}, er andel ${share} av det fakturerade${preliminary}`];
      if (vat) fillVat(row, 5, calc.money, line.amount, vatRateOf(calc.model.invoicing, line.customer, service));
      rows.push(row);
    }
  }
  return outputTable('Slutavräkning', withVatColumns([['Kund', 'text'], ['Tjänst', 'text'], ['Period', 'text'], ['Belopp', 'kr'], ['Text', 'text']], calc.model.invoicing), rows);
}
