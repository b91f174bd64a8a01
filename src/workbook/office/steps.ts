/// <reference types="office-js" />
import type { Capabilities } from './requirements';
import { REQUEST_BUDGET_BYTES } from './payload';

/**
 * One queued piece of a write: its estimated request size and what it queues. Steps find their
 * objects by name (`worksheets.getItem`), so any step may go into any request.
 */
export interface Step {
  size: number;
  apply(context: Excel.RequestContext): void;
  /**
   * The step as two, the first at most `room` bytes, when it can be cut there (a block of rows'
   * values, at a row): the request being filled takes the first and the next begins with the
   * second. Null when no part of it fits.
   */
  split?(room: number): [Step, Step] | null;
}

/** Less room than this left in a request is not worth a cut: the request goes as it is. */
export const MIN_SPLIT_BYTES = 16_384;

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
  for (const request of packedSteps(steps, REQUEST_BUDGET_BYTES)) {
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

/**
 * The steps in order, in groups of at most `budget` bytes, as `packed` groups sized items, but
 * filled: a step that does not fit whole is split where the group is full (Step.split), so that
 * a request is cut at a row rather than before a block of up to 1 MB. A lone step larger than
 * the budget still gets a group of its own. Taken lazily, as `packed`.
 */
export function* packedSteps(steps: Iterable<Step>, budget: number): Generator<Step[]> {
  let current: Step[] = [];
  let used = 0;
  for (const step of steps) {
    let next = step;
    while (current.length > 0 && used + next.size > budget) {
      const room = budget - used;
      const parts = room >= MIN_SPLIT_BYTES ? (next.split?.(room) ?? null) : null;
      if (parts) current.push(parts[0]);
      yield current;
      current = [];
      used = 0;
      next = parts ? parts[1] : next;
    }
    current.push(next);
    used += next.size;
  }
  if (current.length > 0) yield current;
}
