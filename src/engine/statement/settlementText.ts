import type { Calculation } from '../calc/calculate';
import { kronorText } from '../report/swedishNumbers';

/**
 * Kundbesked's sentence on the customer's settlement (Slutavräkning), when the workbook settles:
 * what it gets back or is charged, per service, and whether it is still a forecast. None
 * otherwise.
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
  return [`Slutavräkning enligt självkostnadsprincipen: ${what} (${parts}), i proportion till vad ni fakturerats för varje tjänst.${when}`];
}
