import type { Dec } from '../decimal';
import { msg } from '../messages/catalog';
import type { PricingModel } from '../schema';
import { AGREED_AMOUNT } from './ranges';
import type { Row } from './tableReader';

/** The pricing models whose whole keyed amount an agreed sum (Avtalat belopp) can stand for. */
export function takesAgreedAmount(model: PricingModel): boolean {
  return model === 'Fast' || model === 'Direkt';
}

/**
 * Tjänster's Avtalat belopp on a row: the agreed yearly sum of a Fast or Direkt service. On any
 * other model, or beside a Fastställt pris (which of the two is meant cannot be told), it is an
 * error on its cell and the row has no agreed amount. `model` is null when the row's Prismodell
 * is unusable (reported already).
 */
export function readAgreedAmount(row: Row, name: string | null, model: PricingModel | null, setPrice: Dec | null): Dec | null {
  const amount = row.number('Avtalat belopp', false, AGREED_AMOUNT);
  if (amount === null || name === null || model === null) return null;
  const at = row.place('Avtalat belopp');
  if (!takesAgreedAmount(model)) {
    row.report.error('agreed-amount-model', at, msg('agreedAmountModel', { at, service: name, model }));
    return null;
  }
  if (setPrice !== null) {
    row.report.error('agreed-and-set-price', at, msg('agreedAndSetPrice', { at, service: name, setPriceCell: row.place('Fastställt pris').cell ?? null }));
    return null;
  }
  return amount;
}
