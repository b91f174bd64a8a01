/// <reference types="office-js" />
import type { Capabilities } from './requirements';
import { pack, REQUEST_BUDGET_BYTES } from './payload';

/**
 * One queued piece of a write: its estimated request size and what it queues. Steps find their
 * objects by name (`worksheets.getItem`), so any step may go into any request.
 */
export interface Step {
  size: number;
  apply(context: Excel.RequestContext): void;
}

/**
 * Queues the steps in order, in as few requests as the payload budget allows, with calculation
 * suspended in each. The number of syncs is the number of budget-sized groups: one for anything
 * under 4 MB, never one per table or per row. Returns the number of syncs made.
 */
export async function runSteps(context: Excel.RequestContext, steps: readonly Step[], capabilities: Capabilities): Promise<number> {
  const requests = pack(steps, REQUEST_BUDGET_BYTES);
  for (const request of requests) {
    if (capabilities.has('calculationSuspension')) context.application.suspendApiCalculationUntilNextSync();
    for (const step of request) step.apply(context);
    await context.sync();
  }
  return requests.length;
}
