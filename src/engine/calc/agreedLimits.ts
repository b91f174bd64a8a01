import { Dec, ZERO } from '../decimal';
import type { Model } from '../model';
import { msg } from '../messages/catalog';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { shown } from '../read/numberRules';
import { AMOUNT_LIMIT } from '../read/ranges';

const LIMIT = new Dec(AMOUNT_LIMIT);

/**
 * Before pricing: the agreed sums (Avtalat belopp) are revenue the workbook sets itself, so like
 * Kostnader's Belopp their sum must stay below AMOUNT_LIMIT kronor (amountLimits.ts): each is
 * below it, but many together could pass what the engine holds exactly. An error on the row where
 * the running sum passes it; true when within.
 */
export function checkAgreedSums(model: Model, problems: ProblemList, locate: Locator): boolean {
  let total = ZERO;
  for (const service of model.services) {
    if (service.agreedAmount === null) continue;
    total = total.plus(service.agreedAmount);
    if (total.gte(LIMIT)) {
      const at = locate.place('Tjänster', service.row, 'Avtalat belopp');
      problems.error('sum-out-of-range', at, msg('agreedSumOutOfRange', { at, service: service.name, amount: shown(service.agreedAmount), total: shown(total), limit: shown(LIMIT) }));
      return false;
    }
  }
  return true;
}
