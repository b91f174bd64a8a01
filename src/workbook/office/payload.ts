/**
 * How big each request to Excel may get. Excel on the web refuses a request or a response over
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so the adapter
 * measures what it queues and spreads it over syncs.
 *
 * The rule, for writes and reads alike, is bytes, not cells: a text-heavy table can pass 5 MB
 * within 100 000 cells. Queued writes are estimated as the UTF-8 size of their JSON arguments
 * plus a fixed overhead per operation, packed in order into requests of at most
 * REQUEST_BUDGET_BYTES. Reads are estimated from a sample of each table's first rows (the UTF-8
 * size of their values, value types and number formats) and packed into requests whose
 * answers stay under READ_BUDGET_BYTES. Everything the example workbook and workbooks several
 * times its size need fits in one request of each kind, so the sync count of a use case is
 * fixed (see office-workbook.ts); beyond that each further budget's worth costs one more sync,
 * never one per row or per table.
 */

/** Leaves a fifth of the 5 MB limit for office-js's own envelope and object paths. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** One block of rows written with one `values` (and number-format) assignment. */
export const BLOCK_BUDGET_BYTES = 1_000_000;

/** The JSON envelope office-js wraps around each action (object path, action id, names). */
export const OPERATION_OVERHEAD_BYTES = 200;

/** The most bytes the answer to one read request is expected to carry (the limit is 5 MB). */
export const READ_BUDGET_BYTES = REQUEST_BUDGET_BYTES;

/** The most bytes expected of one `load('values, valueTypes, numberFormat')`. */
export const READ_BLOCK_BYTES = BLOCK_BUDGET_BYTES;

/** The most cells of one such load, far below Excel's five million a range. */
export const READ_BLOCK_CELLS = 20_000;

/** The JSON around one range's answer (`{"values":…,"valueTypes":…,"numberFormat":…}`). */
export const READ_RANGE_OVERHEAD_BYTES = 100;

/**
 * Body rows of each table read with its header, whose largest answer is taken for every row:
 * values, value types and number formats come to some 30 to 45 bytes a cell for names and
 * numbers, and to 33 000 and more for a cell of long text.
 */
export const READ_SAMPLE_ROWS = 20;

/** Later rows may run longer than the sampled ones (longer numbers, other letters): a tenth is added. */
export const READ_SAMPLE_MARGIN = 1.1;

/**
 * Added to a row size measured on rows already read (read-plan.ts): the next rows of the same
 * table differ from those by less than the first twenty do from the rest.
 */
export const READ_LEARNED_MARGIN = 1.02;

/** What a cell is expected to answer with when no sample could be read. */
export const READ_UNSAMPLED_CELL_BYTES = 1_000;

const encoder = new TextEncoder();

/**
 * The UTF-8 size of a value's JSON, as it travels to Excel: exactly
 * `new TextEncoder().encode(JSON.stringify(value)).length`, without making the text. Arrays,
 * strings, numbers, booleans and null (what cells, addresses and formats are) are counted
 * directly; anything else goes through JSON.stringify. Written by hand: the adapter measures
 * every row it writes, and stringifying and encoding each one cost a city's Fakturaunderlag
 * some 160 ms, several times what the engine spends making the rows.
 */
export function jsonBytes(value: unknown): number {
  const n = valueBytes(value);
  return n >= 0 ? n : encoder.encode(JSON.stringify(value)).length;
}

/** jsonBytes of value, or −1 when it holds something other than arrays, strings, numbers, booleans and null. */
function valueBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return numberBytes(value);
    case 'boolean':
      return value ? 4 : 5;
    default:
      if (value === null) return 4;
      if (!Array.isArray(value)) return -1;
  }
  let n = value.length === 0 ? 2 : value.length + 1;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    // JSON.stringify writes null for undefined, functions and symbols in an array.
    const bytes = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 4 : valueBytes(item);
    if (bytes < 0) return -1;
    n += bytes;
  }
  return n;
}

/** A number's JSON: its shortest round-trip text (digits counted for safe integers), null when not finite. */
function numberBytes(value: number): number {
  if (!Number.isSafeInteger(value)) return Number.isFinite(value) ? String(value).length : 4;
  let n = value < 0 ? 2 : 1;
  for (let x = Math.abs(value); x >= 10; x = Math.floor(x / 10)) n += 1;
  return n;
}

/**
 * A string's JSON in UTF-8: the quotes; \" and \\ and \b \f \n \r \t two bytes each; other
 * control characters and lone surrogates six (\u00XX, \uDXXX); then one to three bytes per code
 * unit by its value, four per surrogate pair.
 */
function stringBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20) n += c === 0x22 || c === 0x5c ? 2 : 1;
      else n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    } else if (c < 0x800) {
      n += 2;
    } else if (c < 0xd800 || c > 0xdfff) {
      n += 3;
    } else if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i += 1;
    } else {
      n += 6;
    }
  }
  return n;
}

/**
 * Packs sized items, in order, into groups of at most `budget`. An item larger than the budget
 * gets a group of its own (the caller keeps items below it).
 */
export function pack<T extends { size: number }>(items: Iterable<T>, budget: number): T[][] {
  return [...packed(items, budget)];
}

/**
 * pack's groups one at a time, taking items only as a group needs them: a generator of items
 * (steps that make their rows when taken) is never run ahead by more than one item.
 */
export function* packed<T extends { size: number }>(items: Iterable<T>, budget: number): Generator<T[]> {
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.size > budget) {
      yield current;
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.size;
  }
  if (current.length > 0) yield current;
}
