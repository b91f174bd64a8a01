import type { Service, Settings } from '../model';
import { msg } from '../messages/catalog';
import type { Locator } from './locator';
import type { ProblemList } from './problemList';

/**
 * Under Pristaksmetod Begränsa, a unit-priced service (Styck, Tim, Blandad's unit part) with no
 * Fjolårspris above 0 has nothing to hold its price to: a warning on its Fjolårspris cell, one
 * per service. A warning, not an error: a service new this year has no last year's price, and
 * its price is charged as calculated.
 */
export function warnUncappable(settings: Settings, services: readonly Service[], locate: Locator, problems: ProblemList): void {
  if (settings.priceCapMethod !== 'Begränsa' || settings.priceCap === null) return;
  for (const s of services) {
    if (s.model !== 'Styck' && s.model !== 'Tim' && s.model !== 'Blandad') continue;
    if (s.lastPrice !== null && s.lastPrice.gt(0)) continue;
    const at = locate.place('Tjänster', s.row, 'Fjolårspris');
    problems.warning('cap-without-last-price', at, msg('capWithoutLastPrice', { at, service: s.name, model: s.model, zero: s.lastPrice !== null }));
  }
}
