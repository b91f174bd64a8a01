import type { Calculation } from '../calc/calculate';
import { monthlyUnits, profileWeights } from '../calc/monthlySplit';
import { Dec, ZERO } from '../decimal';
import { vatRateOf } from '../invoicing/lineVat';
import { lineVat } from '../invoicing/vat';
import type { ActiveMonths } from '../model';
import { normalizeName } from '../schema';
import { swedish } from './text';

/** The VAT of a customer's invoice lines for the year, by rate, as Fakturaunderlag has it. */
export interface StatementVat {
  /** Each rate the customer's services bear, highest first: the net amount at it and its VAT. */
  rates: { rate: Dec; net: Dec; vat: Dec }[];
  net: Dec;
  /** The sum of the lines' Moms: each month's line rounded to the öre (lineVat), then summed. */
  vat: Dec;
}

/**
 * The VAT a customer of a Momspliktig kundtyp is invoiced for the year: its Fakturaunderlag lines
 * made again for its charges (the same monthly split, monthlyUnits, and the same rate, vatRateOf)
 * and each line's VAT rounded to the öre by lineVat, then summed, so the total is the sum of its
 * Moms column. Null for a customer who pays no VAT or has no charges.
 */
export function statementVat(calc: Calculation, customer: string, active: ActiveMonths | null): StatementVat | null {
  const setup = calc.model.invoicing;
  if (!setup?.vat || setup.customers.get(customer)?.vat !== true) return null;
  const { money, model } = calc;
  const byRate = new Map<string, { rate: Dec; net: Dec; vat: Dec }>();
  for (const result of calc.services) {
    const charge = result.charges.find((c) => c.customer === customer);
    if (charge === undefined) continue;
    const rate = vatRateOf(setup, customer, result.service.name);
    if (rate === null) continue;
    const shares = model.monthProfiles.byService.get(result.service.name);
    const months = monthlyUnits(charge, result.plan.model, shares === undefined ? null : profileWeights(shares), active);
    const key = rate.toString();
    const sum = byRate.get(key) ?? { rate, net: ZERO, vat: ZERO };
    for (const units of months) {
      const net = money.toDec(units);
      sum.net = sum.net.plus(net);
      sum.vat = sum.vat.plus(lineVat(net, rate));
    }
    byRate.set(key, sum);
  }
  const rates = [...byRate.values()].filter((r) => !r.net.isZero()).sort((a, b) => b.rate.comparedTo(a.rate));
  if (rates.length === 0) return null;
  return { rates, net: rates.reduce((a, r) => a.plus(r.net), ZERO), vat: rates.reduce((a, r) => a.plus(r.vat), ZERO) };
}

/**
 * Kundbesked's sentence on VAT for a customer of a Momspliktig kundtyp (the setting Momspliktiga
 * kundtyper): the amounts are without VAT, the rate on them, and the year's VAT and total with
 * it. None for a customer who pays no VAT.
 */
export function vatTexts(calc: Calculation, customer: string, type: string | null, active: ActiveMonths | null, services: number): string[] {
  const vat = statementVat(calc, customer, active);
  if (vat === null) return [];
  const parts = vat.rates.map((r) => `${swedish(r.rate.times(100))}\u00a0%${r.rate.isZero() ? ' (momsfritt)' : ''} på ${exactKr(r.net)}`);
  const which = services === 1 ? 'tjänstens momssats' : 'varje tjänsts momssats';
  return [
    `Beloppen är utan moms. ${asType(type)} faktureras ni moms enligt ${which}: ${listed(parts)}, för året ${exactKr(vat.vat)} moms, ${exactKr(vat.net.plus(vat.vat))} inklusive moms.`,
  ];
}

/** "Som bolag", "Som kommunalt bolag", "Som SLK" (a type in capitals kept as it is). */
function asType(type: string | null): string {
  if (type === null) return 'Som momspliktig kund';
  if (normalizeName(type) === normalizeName('Bolag')) return 'Som bolag';
  const lower = type.length > 1 && type[1] === type[1]!.toLocaleLowerCase('sv') ? type[0]!.toLocaleLowerCase('sv') + type.slice(1) : type;
  return `Som ${lower}`;
}

/** Kronor to the öre when the amount has öre: "37 037,04 kr", "148 148 kr". */
function exactKr(value: Dec): string {
  return `${swedish(value, value.isInteger() ? 0 : 2)}\u00a0kr`;
}

function listed(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}
