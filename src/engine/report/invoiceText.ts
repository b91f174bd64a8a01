import type { Charge, ServiceResult } from '../calc/results';
import { Dec, ONE, ZERO, sum } from '../decimal';
import { AmountStep } from '../money';
import type { ActiveMonths } from '../model';
import { MONTHS, MONTH_NAMES, monthText } from '../months';
import { keepShape } from '../shapes';
import { integerText, kronorText, percentOfText, quantityText, quotientText } from './swedishNumbers';

const TWELVE = new Dec(MONTHS);

/**
 * The Text of an invoice line: the service, the basis with its price, and the month, e.g.
 * "Leverantörsreskontra, 4 408,33 faktura à 15,03 kr, januari 2021" or "Kassa och bank, fast
 * avgift efter Omsättning (3,12 %) 168 480 kr/år, januari 2021". A unit-priced line names the
 * month's share of the yearly volume; keyed amounts, packages and surcharges name the yearly
 * amount that the month is a twelfth of.
 *
 * One per workbook: `heads` gives a charge's text up to the month (one for all twelve months, or
 * one per month under a Månadsprofil) and `line` adds the month. The month names are made once,
 * each charge's head once, not per line, and prices and key shares once per Decimal instance: a
 * service's price is on every one of its customers' lines, and a customer's key value on each
 * service keyed by it. A volume is the customer's own (one Volymer row), so its text is made each
 * time: remembering 6 750 volumes that never came back made a city's Fakturaunderlag a quarter
 * slower (measured).
 *
 * A class, not closures made per workbook: V8 keeps a closure's optimized code only while a
 * closure of it lives, so after a full collection between two runs every closure is compiled
 * again, while a method's code lives as long as its class (measured: shapes.ts).
 */
export class InvoiceTexts {
  private readonly months: string[];
  private readonly prices = new Map<Dec, string>();
  private readonly sharesOf = new Map<Dec, Map<Dec, string>>();
  /** A package's basis ("Paket 1 001–5 000 st") lower-cased by the Swedish locale (ICU), once per basis. */
  private readonly packages = new Map<string, string>();

  constructor(
    private readonly money: AmountStep,
    year: number | null,
  ) {
    this.months = Array.from({ length: MONTHS }, (_, m) => monthText(year, m));
  }

  /** The text of a line of the charge in month (0 = January), from the charge's heads. */
  line(heads: string | readonly string[], month: number): string {
    return (typeof heads === 'string' ? heads : (heads[month] ?? '')) + (this.months[month] ?? '');
  }

  /** The charge's text up to the month: one for every month, or twelve when the profile splits its volume. */
  heads(result: ServiceResult, charge: Charge, profile: readonly Dec[] | null, active: ActiveMonths | null = null): string | string[] {
    if (active !== null) return this.activeHeads(result, charge, profile, active);
    const service = result.service;
    const model = result.plan.model;
    // The parts joined by " + ": the fixed part, the unit part, the surcharge (each when there is one).
    let fixed = '';
    if (model === 'Fast' || model === 'Blandad') {
      if (charge.share !== null) fixed = `fast avgift efter ${result.plan.key ?? ''} (${this.shareText(charge.share.part, charge.share.whole)}) ${this.perYear(charge.keyed)}`;
    } else if (model === 'Direkt') {
      fixed = `direkt kostnad ${this.perYear(charge.keyed)}`;
    } else if (model === 'Paket' && charge.price !== null) {
      fixed = `${this.packageText(charge.basis)} à ${this.perYear(charge.unit)}`;
    }
    const surcharge = charge.surcharge === 0 ? '' : `avvikelsepåslag ${this.perYear(charge.surcharge)}`;
    const unitPriced = model !== 'Paket' && charge.price !== null && charge.quantity !== null;
    if (!unitPriced) return flat(`${service.name}, ${joined(fixed, '', surcharge)}, `);
    const unit = service.unit ?? (model === 'Tim' ? 'tim' : 'st');
    const price = this.priceText(charge.price as Dec);
    const volume = charge.quantity as Dec;
    if (profile === null) return head(service.name, fixed, quotientText(volume, TWELVE, 2), unit, price, surcharge);
    // The month's share of the yearly volume as the profile's shares say (they sum to 1, or
    // within Månadsprofil's tolerance of it, and are then taken as weights).
    const total = sum(profile);
    const heads = new Array<string>(profile.length);
    for (let m = 0; m < profile.length; m++) {
      const share = volume.times(profile[m] as Dec);
      heads[m] = head(service.name, fixed, total.eq(ONE) ? quantityText(share) : quotientText(share, total, 2), unit, price, surcharge);
    }
    return heads;
  }

  /**
   * Twelve heads for a customer active only some months: outside them "Kassa och bank, ingen
   * avgift (kund april–december), "; in them the amounts per the customer's period ("168 480 kr
   * för april–december") and the month's part of the volume (of the profile's shares of those
   * months, or an equal part of each).
   */
  private activeHeads(result: ServiceResult, charge: Charge, profile: readonly Dec[] | null, active: ActiveMonths): string[] {
    const service = result.service;
    const model = result.plan.model;
    const span = `${MONTH_NAMES[active.from] ?? ''}–${MONTH_NAMES[active.to] ?? ''}`;
    const per = (units: number) => `${this.amountText(units)} kr för ${span}`;
    let fixed = '';
    if (model === 'Fast' || model === 'Blandad') {
      if (charge.share !== null) fixed = `fast avgift efter ${result.plan.key ?? ''} (${this.shareText(charge.share.part, charge.share.whole)}) ${per(charge.keyed)}`;
    } else if (model === 'Direkt') {
      fixed = `direkt kostnad ${per(charge.keyed)}`;
    } else if (model === 'Paket' && charge.price !== null) {
      fixed = `${this.packageText(charge.basis)} à ${per(charge.unit)}`;
    }
    const surcharge = charge.surcharge === 0 ? '' : `avvikelsepåslag ${per(charge.surcharge)}`;
    const unitPriced = model !== 'Paket' && charge.price !== null && charge.quantity !== null;
    const outside = flat(`${service.name}, ingen avgift (kund ${span}), `);
    const inside = (m: number) => m >= active.from && m <= active.to;
    const weights = Array.from({ length: MONTHS }, (_, m) => (!inside(m) ? ZERO : profile === null ? ONE : (profile[m] as Dec)));
    const total = sum(weights);
    const heads = new Array<string>(MONTHS);
    const unit = service.unit ?? (model === 'Tim' ? 'tim' : 'st');
    const price = unitPriced ? this.priceText(charge.price as Dec) : '';
    for (let m = 0; m < MONTHS; m++) {
      if (!inside(m)) heads[m] = outside;
      else if (!unitPriced) heads[m] = flat(`${service.name}, ${joined(fixed, '', surcharge)}, `);
      else heads[m] = head(service.name, fixed, quotientText((charge.quantity as Dec).times(weights[m] as Dec), total, 2), unit, price, surcharge);
    }
    return heads;
  }

  private priceText(price: Dec): string {
    let text = this.prices.get(price);
    if (text === undefined) this.prices.set(price, (text = kronorText(price)));
    return text;
  }

  private shareText(part: Dec, whole: Dec): string {
    let of = this.sharesOf.get(whole);
    if (of === undefined) this.sharesOf.set(whole, (of = new Map()));
    let text = of.get(part);
    if (text === undefined) of.set(part, (text = percentOfText(part, whole)));
    return text;
  }

  private packageText(basis: string): string {
    let text = this.packages.get(basis);
    if (text === undefined) this.packages.set(basis, (text = basis.replace(/\u00a0/g, ' ').toLocaleLowerCase('sv-SE')));
    return text;
  }

  private perYear(units: number): string {
    return `${this.amountText(units)} kr/år`;
  }

  private amountText(units: number): string {
    const kronor = this.money.wholeKronor(units);
    return kronor === null ? kronorText(this.money.toDec(units)) : integerText(kronor);
  }
}

keepShape(new InvoiceTexts(new AmountStep(ONE), null));

/** A unit-priced charge's head: "Service, [fixed + ]quantity unit à price kr[ + surcharge], ". */
function head(service: string, fixed: string, quantity: string, unit: string, price: string, surcharge: string): string {
  return flat(`${service}, ${joined(fixed, `${quantity} ${unit} à ${price} kr`, surcharge)}, `);
}

/** The nonempty parts joined by " + ". */
function joined(a: string, b: string, c: string): string {
  let out = a;
  if (b !== '') out = out === '' ? b : `${out} + ${b}`;
  if (c !== '') out = out === '' ? c : `${out} + ${c}`;
  return out;
}

/**
 * text as one flat string. V8 keeps a string built by + or a template as a tree of its pieces
 * (about 450 bytes for an invoice head against 100 flat); reading a character flattens it, and
 * the head lives as long as its twelve lines do. Elsewhere it is a no-op.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
