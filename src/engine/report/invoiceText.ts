import type { Charge, ServiceResult } from '../calc/results';
import { sum, type Dec } from '../decimal';
import type { AmountStep } from '../money';
import { MONTHS, monthText } from '../months';
import { kronorText, percentText, quantityText } from './swedishNumbers';

/**
 * The Text of an invoice line: the service, the basis with its price, and the month, e.g.
 * "Leverantörsreskontra, 4 408,33 faktura à 15,03 kr, januari 2021" or "Kassa och bank, fast
 * avgift efter Omsättning (3,12 %) 168 480 kr/år, januari 2021". A unit-priced line names the
 * month's share of the yearly volume; keyed amounts, packages and surcharges name the yearly
 * amount that the month is a twelfth of.
 */
export function invoiceText(result: ServiceResult, charge: Charge, money: AmountStep, profile: readonly Dec[] | null, year: number | null): (month: number) => string {
  const service = result.service;
  const model = result.plan.model;
  const perYear = (units: number) => `${kronorText(money.toDec(units))} kr/år`;
  const fixed: string[] = [];
  if (model === 'Fast' || model === 'Blandad') {
    if (charge.share !== null) fixed.push(`fast avgift efter ${result.plan.key ?? ''} (${percentText(charge.share.part.div(charge.share.whole))}) ${perYear(charge.keyed)}`);
  } else if (model === 'Direkt') {
    fixed.push(`direkt kostnad ${perYear(charge.keyed)}`);
  } else if (model === 'Paket' && charge.price !== null) {
    fixed.push(`${charge.basis.replace(/\u00a0/g, ' ').toLocaleLowerCase('sv-SE')} à ${perYear(charge.unit)}`);
  }
  const surcharge = charge.surcharge === 0 ? [] : [`avvikelsepåslag ${perYear(charge.surcharge)}`];
  const unitPriced = model !== 'Paket' && charge.price !== null && charge.quantity !== null;
  if (!unitPriced) {
    const basis = [...fixed, ...surcharge].join(' + ');
    return (month) => `${service.name}, ${basis}, ${monthText(year, month)}`;
  }
  const unit = service.unit ?? (model === 'Tim' ? 'tim' : 'st');
  const price = kronorText(charge.price as Dec);
  const basisOf = (quantity: Dec) => [...fixed, `${quantityText(quantity)} ${unit} à ${price} kr`, ...surcharge].join(' + ');
  const volume = charge.quantity as Dec;
  // The month's share of the yearly volume: a twelfth, or as the profile's shares say.
  const total = profile === null ? null : sum(profile);
  const basis = profile === null || total === null
    ? new Array<string>(MONTHS).fill(basisOf(volume.div(MONTHS)))
    : profile.map((share) => basisOf(volume.times(share).div(total)));
  return (month) => `${service.name}, ${basis[month] ?? ''}, ${monthText(year, month)}`;
}
