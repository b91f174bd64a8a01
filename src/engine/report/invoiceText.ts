import type { Charge, ServiceResult } from '../calc/results';
import { Dec, ONE, sum } from '../decimal';
import type { AmountStep } from '../money';
import { MONTHS, monthText } from '../months';
import { integerText, kronorText, percentOfText, quantityText, quotientText } from './swedishNumbers';

const TWELVE = new Dec(MONTHS);

/**
 * The Text of an invoice line: the service, the basis with its price, and the month, e.g.
 * "Leverantörsreskontra, 4 408,33 faktura à 15,03 kr, januari 2021" or "Kassa och bank, fast
 * avgift efter Omsättning (3,12 %) 168 480 kr/år, januari 2021". A unit-priced line names the
 * month's share of the yearly volume; keyed amounts, packages and surcharges name the yearly
 * amount that the month is a twelfth of.
 *
 * For one workbook: (result, charge, profile) => the charge's text for each month. The month
 * names are made once, each charge's text up to the month once, not per line, and prices and
 * key shares once per Decimal instance: a service's price is on every one of its customers'
 * lines, and a customer's key value on each service keyed by it. A volume is the customer's own
 * (one Volymer row), so its text is made each time: remembering 6 750 volumes that never came
 * back made a city's Fakturaunderlag a quarter slower (measured).
 */
export function invoiceTexts(money: AmountStep, year: number | null): (result: ServiceResult, charge: Charge, profile: readonly Dec[] | null) => (month: number) => string {
  const months = Array.from({ length: MONTHS }, (_, m) => monthText(year, m));
  const priceText = memo(kronorText);
  const monthlyVolumeText = (volume: Dec) => quotientText(volume, TWELVE, 2);
  const sharesOf = new Map<Dec, (part: Dec) => string>();
  const shareText = (part: Dec, whole: Dec): string => {
    let of = sharesOf.get(whole);
    if (of === undefined) sharesOf.set(whole, (of = memo((p: Dec) => percentOfText(p, whole))));
    return of(part);
  };
  // A package's basis ("Paket 1 001–5 000 st") is shared by many customers; lower-casing by the
  // Swedish locale goes through ICU, so it is done once per basis.
  const packageTexts = new Map<string, string>();
  const packageText = (basis: string): string => {
    let text = packageTexts.get(basis);
    if (text === undefined) packageTexts.set(basis, (text = basis.replace(/\u00a0/g, ' ').toLocaleLowerCase('sv-SE')));
    return text;
  };
  const perYear = (units: number): string => {
    const kronor = money.wholeKronor(units);
    return `${kronor === null ? kronorText(money.toDec(units)) : integerText(kronor)} kr/år`;
  };
  return (result, charge, profile) => {
    const service = result.service;
    const model = result.plan.model;
    // The parts joined by " + ": the fixed part, the unit part, the surcharge (each when there is one).
    let fixed = '';
    if (model === 'Fast' || model === 'Blandad') {
      if (charge.share !== null) fixed = `fast avgift efter ${result.plan.key ?? ''} (${shareText(charge.share.part, charge.share.whole)}) ${perYear(charge.keyed)}`;
    } else if (model === 'Direkt') {
      fixed = `direkt kostnad ${perYear(charge.keyed)}`;
    } else if (model === 'Paket' && charge.price !== null) {
      fixed = `${packageText(charge.basis)} à ${perYear(charge.unit)}`;
    }
    const surcharge = charge.surcharge === 0 ? '' : `avvikelsepåslag ${perYear(charge.surcharge)}`;
    const unitPriced = model !== 'Paket' && charge.price !== null && charge.quantity !== null;
    if (!unitPriced) {
      const head = flat(`${service.name}, ${joined(fixed, '', surcharge)}, `);
      return (month) => head + (months[month] ?? '');
    }
    const unit = service.unit ?? (model === 'Tim' ? 'tim' : 'st');
    const price = priceText(charge.price as Dec);
    const headOf = (quantity: string) => flat(`${service.name}, ${joined(fixed, `${quantity} ${unit} à ${price} kr`, surcharge)}, `);
    const volume = charge.quantity as Dec;
    if (profile === null) {
      const head = headOf(monthlyVolumeText(volume));
      return (month) => head + (months[month] ?? '');
    }
    // The month's share of the yearly volume as the profile's shares say (they sum to 1, or
    // within Månadsprofil's tolerance of it, and are then taken as weights).
    const total = sum(profile);
    const heads = profile.map((share) => headOf(total.eq(ONE) ? quantityText(volume.times(share)) : quotientText(volume.times(share), total, 2)));
    return (month) => (heads[month] ?? '') + (months[month] ?? '');
  };
}

/** The nonempty parts joined by " + ". */
function joined(a: string, b: string, c: string): string {
  let out = a;
  if (b !== '') out = out === '' ? b : `${out} + ${b}`;
  if (c !== '') out = out === '' ? c : `${out} + ${c}`;
  return out;
}

/** make(key), made once per key instance. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
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
