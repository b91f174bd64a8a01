import { ZERO, isPositive } from '../decimal';
import { msg } from '../messages/catalog';
import type { Customer, MonthProfiles, Service, Volume } from '../model';
import { quantityText } from '../report/swedishNumbers';
import type { Locator } from './locator';
import type { ProblemList } from './problemList';

/**
 * A volume of a customer active only some months is billed in those months by the service's
 * Månadsprofil (monthlySplit.ts). When the profile gives none of those months a share, the
 * volume has no month to be billed in: an error on its Volymer row, rather than a guess.
 */
export function checkVolumesInActiveMonths(
  customers: readonly Customer[],
  services: readonly Service[],
  volumes: ReadonlyMap<string, ReadonlyMap<string, Volume>>,
  profiles: MonthProfiles,
  locate: Locator,
  problems: ProblemList,
): void {
  const partial = customers.filter((c) => c.months !== null);
  if (partial.length === 0) return;
  for (const service of services) {
    if (service.model !== 'Styck' && service.model !== 'Tim' && service.model !== 'Blandad') continue;
    const shares = profiles.byService.get(service.name);
    const rows = volumes.get(service.name);
    if (!shares || !rows) continue;
    for (const customer of partial) {
      const months = customer.months;
      const v = rows.get(customer.name);
      if (months === null || !v || !isPositive(v.volume)) continue;
      const inside = shares.slice(months.from, months.to + 1).reduce((a, b) => a.plus(b), ZERO);
      if (isPositive(inside)) continue;
      const at = locate.place('Volymer', v.row, 'Volym');
      const unit = service.unit ?? (service.model === 'Tim' ? 'tim' : 'st');
      problems.error('volume-outside-active-months', at, msg('volumeOutsideActiveMonths', { at, customer: customer.name, service: service.name, from: months.from, to: months.to, volume: quantityText(v.volume), unit }));
    }
  }
}
