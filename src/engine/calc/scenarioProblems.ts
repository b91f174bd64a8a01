import type { Dec } from '../decimal';
import type { PricingPlan, Service } from '../model';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { ALL_CUSTOMERS } from '../schema';
import { shown } from '../read/numberRules';
import type { PricingContext } from './priceService';

/**
 * Problems of a scenario's Kundtyper and Volymfaktor found while pricing, each on the Scenarier
 * cell that caused it (ctx.place maps a column to the row that set it). Null, for `return …`.
 */

/** A scenario's Kundtyper leave nobody with a key > 0. */
export function noScenarioSharers(ctx: PricingContext, service: Service, plan: PricingPlan, key: string): null {
  const at = ctx.place(service, 'Kundtyper');
  const types = plan.sharerTypes === null || plan.sharerTypes === ALL_CUSTOMERS ? null : names(plan.sharerTypes);
  ctx.problems.error('no-sharers', at, msg('scenarioNoSharers', { at, scenario: ctx.scenario ?? '', service: service.name, key, types }));
  return null;
}

/** A customer's scaled volume of a Paket service falls in no band. */
export function outsideScaledBands(ctx: PricingContext, service: Service, plan: PricingPlan, customer: string, scaled: Dec): void {
  const at = ctx.place(service, 'Volymfaktor');
  const volume = ctx.facts(service).volumes.get(customer)?.volume ?? scaled.div(plan.volumeFactor);
  ctx.problems.error('volume-outside-bands', at, msg('scenarioVolumeOutsideBands', {
    at,
    scenario: ctx.scenario ?? '',
    customer,
    service: service.name,
    volume: shown(volume),
    factor: shown(plan.volumeFactor),
    scaled: shown(scaled),
  }));
}
