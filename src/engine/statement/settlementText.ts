import type { Calculation } from '../calc/calculate';
import { ZERO } from '../decimal';
import { vatRateOf } from '../invoicing/lineVat';
import { lineVat } from '../invoicing/vat';
import { kronorText } from '../report/swedishNumbers';
import { swedish } from './text';

/**
 * Kundbesked's sentence on the customer's settlement (Slutavräkning), when the workbook settles:
 * what it gets back or is charged, per service, and whether it is still a forecast; for a
 * customer of a Momspliktig kundtyp, the amount with VAT as Slutavräkning's lines carry it (each
 * line's Moms rounded to the öre, then summed). None otherwise.
 */
export function settlementTexts(calc: Calculation, customer: string): string[] {
  const followUp = calc.followUp ?? null;
  const settlement = calc.settlement ?? null;
  if (followUp === null || settlement === null || calc.model.settings.settlement === 'Ingen') return [];
  const { fund, lines } = settlement;
  const own = lines.filter((l) => l.customer === customer);
  if (own.length === 0) return [];
  const total = own.reduce((a, l) => a + l.amount, 0);
  const kr = (units: number) => `${kronorText(calc.money.toDec(Math.abs(units)))}\u00a0kr`;
  const parts = own.map((l) => `${l.service.result.service.name} ${kr(l.amount)}`).join(', ');
  const what = total < 0 ? `ni får tillbaka ${kr(total)} av årets överskott` : total > 0 ? `ni debiteras ${kr(total)} av årets underskott` : 'avräkningen jämnar ut sig';
  const when = fund.final ? '' : ` Beloppen är preliminära: de bygger på prognosen t.o.m. ${followUp.period}.`;
  return [`Slutavräkning enligt självkostnadsprincipen: ${what} (${parts}), i proportion till vad ni fakturerats för varje tjänst.${withVat(calc, customer, own, total)}${when}`];
}

/** " Beloppen är utan moms; med moms får ni tillbaka 86,04 kr, varav 12,04 kr moms." for a customer who pays VAT; "" otherwise. */
function withVat(calc: Calculation, customer: string, own: NonNullable<Calculation['settlement']>['lines'], total: number): string {
  const setup = calc.model.invoicing;
  if (total === 0 || !setup?.vat || setup.customers.get(customer)?.vat !== true) return '';
  let vat = ZERO;
  for (const line of own) {
    const rate = vatRateOf(setup, customer, line.service.result.service.name);
    if (rate !== null) vat = vat.plus(lineVat(calc.money.toDec(line.amount), rate));
  }
  const gross = calc.money.toDec(total).plus(vat);
  const exact = (value: typeof vat) => `${swedish(value.abs(), value.isInteger() ? 0 : 2)}\u00a0kr`;
  return ` Beloppen är utan moms; med moms ${total < 0 ? 'får ni tillbaka' : 'debiteras ni'} ${exact(gross)}, varav ${exact(vat)} moms.`;
}
