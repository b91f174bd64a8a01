/**
 * How big each request to Excel may get. Excel on the web refuses a request or a response over
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so the adapter
 * measures what it queues and spreads it over syncs.
 *
 * The rule: queued writes are estimated as the UTF-8 size of their JSON arguments plus a fixed
 * overhead per operation, packed in order into requests of at most REQUEST_BUDGET_BYTES. Reads
 * take at most READ_CELL_BUDGET cells (values and value types) per request. Everything the
 * example workbook and workbooks several times its size need fits in one request of each kind,
 * so the sync count of a use case is fixed (see office-workbook.ts); beyond that each further
 * budget's worth costs one more sync, never one per row or per table.
 */

/** Leaves a fifth of the 5 MB limit for office-js's own envelope and object paths. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** One block of rows written with one `values` (and number-format) assignment. */
export const BLOCK_BUDGET_BYTES = 1_000_000;

/** The JSON envelope office-js wraps around each action (object path, action id, names). */
export const OPERATION_OVERHEAD_BYTES = 200;

/** At ~30 bytes a cell for values and value types this answers in about 3 MB. */
export const READ_CELL_BUDGET = 100_000;

/** Cells read with one `load('values, valueTypes')`. */
export const READ_BLOCK_CELLS = 25_000;

const encoder = new TextEncoder();

/** The UTF-8 size of a value's JSON, as it travels to Excel. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Packs sized items, in order, into groups of at most `budget`. An item larger than the budget
 * gets a group of its own (the caller keeps items below it).
 */
export function pack<T extends { size: number }>(items: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.size > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
