/// <reference types="office-js" />
import type { Capabilities } from './requirements';
import { packed, REQUEST_BUDGET_BYTES } from './payload';

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
 *
 * Steps are taken from `steps` only as their request is filled (`packed`), so a generator can
 * make each block of rows just before it is sent, and a request's data can go once it has gone.
 */
export async function runSteps(context: Excel.RequestContext, steps: Iterable<Step>, capabilities: Capabilities): Promise<number> {
  let syncs = 0;
  for (const request of packed(steps, REQUEST_BUDGET_BYTES)) {
    if (capabilities.has('calculationSuspension')) context.application.suspendApiCalculationUntilNextSync();
    for (const step of request) step.apply(context);
    await context.sync();
    syncs += 1;
  }
  return syncs;
}

/** The steps of each list in turn, taken lazily as runSteps takes them. */
export function* concatSteps(lists: Iterable<Iterable<Step>>): Generator<Step> {
  for (const list of lists) yield* list;
}
