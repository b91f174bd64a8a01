import { settlementTexts } from './settlementText';
import type { Calculation } from '../calc/calculate';
import type { Charge, ServiceResult } from '../calc/results';
import { traceCustomer } from '../calc/trace';
import { sumUnits } from '../money';
import type { PricingModel, ServiceKind } from '../schema';
import type { ActiveMonths } from '../model';
import { activeMonthsText, periodText, summaryPeriod } from './activeMonths';
import { num, ratio } from '../report/columns';
import { closeNames, findCustomer, UnknownCustomerError } from './customers';
import { kr, signedPercent, swedish } from './text';
import { decisionTexts } from './decisionTexts';
import { vatTexts } from './vatText';

/**
 * Kundbesked: one customer's printable statement, in Swedish. Plain data (numbers in kronor,
 * shares and changes as fractions, text), so the command line, the xlsx writer and the task
 * pane lay out the same content.
 */
export interface Statement {
  customer: string;
  customerType: string | null;
  /** Budgetår, when the workbook gives it. */
  year: number | null;
  /** "Kundbesked 2027". */
  title: string;
  /** "Budgetår 2027 (1 januari–31 december 2027)"; "Budgetår 2027, kund april–december (1 april–31 december 2027)". */
  period: string;
  /** The months the customer is active (Från månad–Till månad, 0 = January); null for the whole year. */
  activeMonths: ActiveMonths | null;
  /** What the customer pays per service, grouped by area (areas in Tjänster order). */
  lines: StatementLine[];
  /** Each area the customer pays for, with its subtotal. */
  areas: { area: string; amount: number }[];
  /** Everything the customer pays, surcharges included. */
  total: number;
  /** Of which deviation surcharges (negative: a discount under Nyckelviktning). */
  surchargeTotal: number;
  deviations: StatementDeviation[];
  comparison: StatementComparison;
  /** The statement's sentences. */
  texts: StatementTexts;
}

export interface StatementLine {
  area: string;
  service: string;
  kind: ServiceKind;
  model: PricingModel;
  /** Grund, as in Fördelning: "Nyckel: Omsättning", "Volym (faktura)", "Direkt", "Paket 1–10" … */
  basis: string;
  /** Underlag: the volume, or the key value of a Fast service; null for Direkt. */
  quantity: number | null;
  /** The unit of a volume (faktura, tim …); null when quantity is a key value. */
  unit: string | null;
  /** Pris: the unit price, or the package's price. */
  price: number | null;
  /** Andel: the customer's share of the keyed cost (Fast, Blandad, Direkt). */
  share: number | null;
  /** Belopp, surcharge included, in kronor. */
  amount: number;
  /** Of which its deviations. */
  surcharge: number;
  /** Charged an agreed sum (Avtalat belopp), or its share of one. */
  agreed: boolean;
  /** The unit price before the cap held it (Pristaksmetod Begränsa); null when it did not. */
  uncappedPrice: number | null;
  /** The keyed amount before the cap held it against last year's (Pristaksmetod Begränsa, Fjolårsbelopp), in kronor; null when it did not. */
  uncappedKeyed: number | null;
}

export interface StatementDeviation {
  area: string;
  service: string;
  /** The deviation type; null for the part of a Nyckelviktning surcharge no type of the customer's carries. */
  type: string | null;
  description: string | null;
  /** The customer's events a year. */
  count: number | null;
  /** Standard cost per event, kronor. */
  unitCost: number | null;
  /** What the customer pays for them, kronor. */
  amount: number;
}

/**
 * The change against last year, for the services with a Fjolårspris. Last year's amount is
 * Fjolårspris × the customer's Fjolårsvolym, compared with this year's Belopp where the service
 * is priced per unit (Styck, Tim) or has no price this year (Fast, Direkt: last year's price was
 * then a unit price). A Blandad service's Fjolårspris is the price of its volume part and its
 * fixed part last year is not in the workbook, so only its price is compared; Paket has bands,
 * not one price, and is left out.
 */
export interface StatementComparison {
  lines: StatementComparisonLine[];
  /** Totals over the lines whose amounts are compared. */
  lastAmount: number;
  amount: number;
  change: number;
  /** change / lastAmount; null when last year's amount is 0. */
  changeShare: number | null;
  /** The number of lines whose amounts are compared. */
  compared: number;
}

export interface StatementComparisonLine {
  area: string;
  service: string;
  /** Fjolårspris; null for a service compared by its Fjolårsbelopp alone. */
  lastPrice: number | null;
  /** True when last year's amount is the invoiced amount of Fjolårsbelopp. */
  invoiced: boolean;
  /** This year's unit price (Styck, Tim, Blandad), else null. */
  price: number | null;
  /** price / lastPrice − 1, as Förändring in Prislista. */
  priceChange: number | null;
  lastVolume: number | null;
  volume: number | null;
  /** Fjolårsbelopp, else Fjolårspris × Fjolårsvolym rounded to the amount step; null when not compared. */
  lastAmount: number | null;
  /** This year's Belopp (0 when not charged this year); null when not compared. */
  amount: number | null;
  change: number | null;
  changeShare: number | null;
}

export interface StatementTexts {
  /** "Ni betalar 1 250 000 kr för budgetåret 2027 för 12 tjänster." */
  summary: string;
  /** "Er extra hantering kostar er 312 500 kr per år (12 500 avvikelser)." */
  deviations: string;
  /** "Jämfört med i fjol betalar ni 40 000 kr mer (+3,3 %) …" */
  comparison: string;
  /**
   * How the amounts are worked out, one sentence each, for the models the customer pays under;
   * after them, for a customer of a Momspliktig kundtyp, that the amounts are without VAT and the year's VAT.
   */
  method: string[];
}

/**
 * The statement of one customer, from the base calculation. Throws UnknownCustomerError (with
 * the closest names) when the workbook has no such customer.
 */
export function customerStatement(calc: Calculation, customerName: string): Statement {
  const { model, money } = calc;
  const customer = findCustomer(model, customerName);
  if (!customer) throw new UnknownCustomerError(customerName, closeNames(customerName, model.customers.map((c) => c.name)));
  const name = customer.name;
  const kronor = (units: number) => money.toNumber(units);

  const charged: { result: ServiceResult; charge: Charge }[] = [];
  for (const result of calc.services) {
    const charge = result.charges.find((c) => c.customer === name);
    if (charge) charged.push({ result, charge });
  }
  const areaOrder = [...new Set(charged.map((c) => c.result.service.area))];
  charged.sort((a, b) => areaOrder.indexOf(a.result.service.area) - areaOrder.indexOf(b.result.service.area));

  const lines = charged.map(({ result, charge }) => statementLine(result, charge, kronor));
  const areas = areaOrder.map((area) => ({ area, amount: kronor(sumUnits(charged.filter((c) => c.result.service.area === area).map((c) => c.charge.amount))) }));
  const totalUnits = sumUnits(charged.map((c) => c.charge.amount));
  const surchargeUnits = sumUnits(charged.map((c) => c.charge.surcharge));

  const deviations: StatementDeviation[] = [];
  const traces = traceCustomer(calc, name);
  traces.sort((a, b) => areaOrder.indexOf(a.service.area) - areaOrder.indexOf(b.service.area));
  for (const trace of traces) {
    for (const line of trace.lines) {
      if (line.part !== 'deviation') continue;
      deviations.push({
        area: trace.service.area,
        service: trace.service.name,
        type: line.deviation?.type ?? null,
        description: line.deviation?.description ?? null,
        count: num(line.deviation?.count),
        unitCost: num(line.deviation?.unitCost),
        amount: kronor(line.amount),
      });
    }
  }
  const weighted = traces.some((t) => t.weighted && t.charge.surcharge !== 0);

  const comparison = compare(calc, name, kronor);
  const year = model.settings.budgetYear;
  const total = kronor(totalUnits);
  const surchargeTotal = kronor(surchargeUnits);
  return {
    customer: name,
    customerType: customer.type,
    year,
    title: year === null ? 'Kundbesked' : `Kundbesked ${year}`,
    period: periodText(year, customer.months),
    activeMonths: customer.months === null ? null : { ...customer.months },
    lines,
    areas,
    total,
    surchargeTotal,
    deviations,
    comparison,
    texts: {
      summary: summaryText(total, lines.length, summaryPeriod(year, customer.months)),
      deviations: deviationText(surchargeTotal, deviations, weighted),
      comparison: comparisonText(comparison, calc.model.lastYearAmounts !== null),
      method: [
        ...methodTexts(lines, deviations.length > 0, weighted, comparison),
        ...vatTexts(calc, name, customer.type, customer.months, lines.length),
        ...activeMonthsText(customer.months),
        ...decisionTexts(lines, calc.model.settings.priceCap),
        ...settlementTexts(calc, name),
      ],
    },
  };
}

function statementLine(result: ServiceResult, charge: Charge, kronor: (units: number) => number): StatementLine {
  const s = result.service;
  const model = result.plan.model;
  const volumeUnit = s.unit ?? (model === 'Tim' ? 'tim' : 'st');
  const keyValue = model === 'Fast';
  return {
    area: s.area,
    service: s.name,
    kind: s.kind,
    model,
    basis: charge.basis,
    quantity: model === 'Direkt' ? null : num(charge.quantity),
    unit: keyValue || charge.quantity === null ? null : volumeUnit,
    price: num(charge.price),
    share: charge.share === null ? null : ratio(charge.share.part, charge.share.whole),
    amount: kronor(charge.amount),
    surcharge: kronor(charge.surcharge),
    agreed: result.agreedAmount !== null,
    uncappedPrice: num(result.uncappedPrice),
    uncappedKeyed: nullableKronor(result.heldKeyed.get(charge.customer), kronor),
  };
}

function compare(calc: Calculation, customer: string, kronor: (units: number) => number): StatementComparison {
  const lines: StatementComparisonLine[] = [];
  let lastTotal = 0;
  let total = 0;
  const areaOrder = [...new Set(calc.services.map((r) => r.service.area))];
  const results = [...calc.services].sort((a, b) => areaOrder.indexOf(a.service.area) - areaOrder.indexOf(b.service.area));
  const invoicedAmounts = calc.model.lastYearAmounts;
  for (const result of results) {
    const s = result.service;
    const model = result.plan.model;
    const invoiced = invoicedAmounts?.get(s.name)?.get(customer);
    if (invoiced === undefined && (s.lastPrice === null || model === 'Paket')) continue;
    const volume = calc.model.volumes.get(s.name)?.get(customer);
    const charge = result.charges.find((c) => c.customer === customer);
    const lastVolume = volume?.lastVolume ?? null;
    if (!charge && lastVolume === null && invoiced === undefined) continue;
    const price = result.price;
    const line: StatementComparisonLine = {
      area: s.area,
      service: s.name,
      lastPrice: num(s.lastPrice),
      invoiced: invoiced !== undefined,
      price: num(price),
      priceChange: price !== null && s.lastPrice !== null && s.lastPrice.gt(0) ? num(price.div(s.lastPrice).minus(1)) : null,
      lastVolume: num(lastVolume),
      volume: num(volume?.volume),
      lastAmount: null,
      amount: null,
      change: null,
      changeShare: null,
    };
    // Last year's amount: what was invoiced (Fjolårsbelopp), else Fjolårspris × Fjolårsvolym
    // where that is the whole charge (not Blandad, whose keyed part last year is unknown).
    const last =
      invoiced !== undefined
        ? calc.money.units(invoiced.amount) + 0
        : model !== 'Blandad' && lastVolume !== null && s.lastPrice !== null
          ? calc.money.units(s.lastPrice.times(lastVolume))
          : null;
    if (last !== null) {
      const now = charge?.amount ?? 0;
      if (last === 0 && now === 0) continue;
      lastTotal += last;
      total += now;
      line.lastAmount = kronor(last);
      line.amount = kronor(now);
      line.change = kronor(now - last);
      line.changeShare = ratio(now - last, last);
    }
    lines.push(line);
  }
  return {
    lines,
    lastAmount: kronor(lastTotal),
    amount: kronor(total),
    change: kronor(total - lastTotal),
    changeShare: ratio(total - lastTotal, lastTotal),
    compared: lines.filter((l) => l.lastAmount !== null).length,
  };
}

function summaryText(total: number, services: number, period: string): string {
  if (services === 0) return `Ni har inga avgifter för ${period}.`;
  return `Ni betalar ${kr(total)} för ${period} för ${services} ${services === 1 ? 'tjänst' : 'tjänster'}.`;
}

function deviationText(surcharge: number, deviations: StatementDeviation[], weighted: boolean): string {
  if (deviations.length === 0) return 'Ni har ingen extra hantering (avvikelser) som debiteras.';
  if (surcharge < 0) return `Er låga andel avvikelser sänker era fasta avgifter med ${kr(-surcharge)} per år.`;
  const events = deviations.reduce((n, d) => n + (d.count ?? 0), 0);
  const count = !weighted && events > 0 ? ` (${swedish(events)} ${events === 1 ? 'avvikelse' : 'avvikelser'})` : '';
  return `Er extra hantering kostar er ${kr(surcharge)} per år${count}.`;
}

function comparisonText(c: StatementComparison, invoicedTable: boolean): string {
  if (c.lines.length === 0) return `Det finns inga fjolårspriser${invoicedTable ? ' eller fjolårsbelopp' : ''} för era tjänster att jämföra med.`;
  const prices = c.lines.length - c.compared;
  const priceOnly = prices === 0 ? '' : ` För ${prices === 1 ? 'en tjänst' : `${prices} tjänster`} jämförs bara priset.`;
  if (c.compared === 0) return `Era belopp går inte att jämföra med i fjol.${priceOnly}`;
  const services = c.compared === 1 ? 'den tjänst vars belopp går att jämföra' : `de ${c.compared} tjänster vars belopp går att jämföra`;
  const percent = c.changeShare === null ? '' : ` (${signedPercent(c.changeShare)})`;
  const change = c.change === 0 ? 'lika mycket' : `${kr(Math.abs(c.change))} ${c.change > 0 ? 'mer' : 'mindre'}${percent}`;
  return `Jämfört med i fjol betalar ni ${change} för ${services}: ${kr(c.amount)} i år mot ${kr(c.lastAmount)} i fjol.${priceOnly}`;
}

function methodTexts(lines: StatementLine[], deviations: boolean, weighted: boolean, comparison: StatementComparison): string[] {
  const has = (...models: PricingModel[]) => lines.some((l) => models.includes(l.model));
  const out = ['Priserna är självkostnad: varje tjänsts direkta kostnader och dess andel av gemensamma kostnader, så att intäkterna täcker kostnaderna.'];
  if (has('Fast', 'Blandad')) out.push('En fast avgift (Grund: Nyckel) är er andel av tjänstens kostnad: ert värde av nyckeln (Underlag) delat med summan för alla kunder som delar tjänsten (Andel).');
  if (lines.some((l) => l.model === 'Direkt' && !l.agreed)) out.push('Direkt: ni betalar tjänstens hela kostnad.');
  if (has('Styck', 'Tim', 'Blandad')) out.push('Ett styck- eller timpris är tjänstens kostnad delad med den budgeterade volymen; ni betalar priset gånger er volym (Underlag).');
  if (has('Paket')) out.push('Paket: årspriset för det volymintervall som er volym hamnar i.');
  if (deviations && !weighted) out.push('Extra hantering debiteras med antal avvikelser gånger standardkostnaden per händelse och lyfts ur tjänstens kostnad innan priset sätts.');
  if (weighted) out.push('Avvikelser väger in i fördelningen av de fasta avgifterna: en högre avvikelsegrad än genomsnittet ger en större andel, en lägre en mindre.');
  const invoiced = comparison.lines.filter((l) => l.invoiced).length;
  if (invoiced > 0) out.push('I fjol är det ni fakturerades för tjänsten, avgifter för avvikelser inräknade; i år är årets belopp med avvikelsepåslag.');
  if (comparison.compared > invoiced) out.push(`I fjol är fjolårspriset gånger er fjolårsvolym${invoiced > 0 ? ' för de tjänster där det fakturerade beloppet inte finns i underlaget' : ''}; i år är årets belopp med avvikelsepåslag.`);
  if (comparison.lines.length > comparison.compared) out.push('Där fjolårsvolym saknas, och för en tjänst med både fast och rörlig del (fjolårspriset gäller den rörliga delen och den fasta delen i fjol finns inte i underlaget), jämförs bara priset.');
  return out;
}


function nullableKronor(units: number | undefined, kronor: (units: number) => number): number | null {
  return units === undefined ? null : kronor(units);
}
