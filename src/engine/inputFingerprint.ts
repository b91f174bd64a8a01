import type { CellValue, RawTable } from './cells';
import { normalizeTableName } from './schema';

/**
 * A fingerprint of the input tables a calculation read: two independent 32-bit multiplicative
 * hashes (cyrb53's mixing) over each table's name, headers and cells, tables taken in the order
 * of their names so that moving a sheet changes nothing. Equal inputs give equal fingerprints;
 * different inputs give different ones but for a chance of about one in 2^53 per comparison,
 * which is what the stale rule needs (docs/arbetsbok.md, "Written on demand, and stale
 * sheets"). Not a security hash.
 */
export function inputFingerprint(tables: readonly RawTable[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (n: number) => {
    h1 = Math.imul(h1 ^ n, 2654435761);
    h2 = Math.imul(h2 ^ n, 1597334677);
  };
  const text = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
  const float = new Float64Array(1);
  const words = new Uint32Array(float.buffer);
  const cell = (value: CellValue) => {
    if (value === null) mix(0);
    else if (typeof value === 'string') {
      mix(1);
      text(value);
    } else if (typeof value === 'number') {
      mix(2);
      float[0] = value;
      mix(words[0] as number);
      mix(words[1] as number);
    } else if (typeof value === 'boolean') mix(value ? 3 : 4);
    else {
      mix(5);
      text(JSON.stringify(value));
    }
  };
  const ordered = [...tables].sort((a, b) => compare(normalizeTableName(a.name), normalizeTableName(b.name)) || compare(a.name, b.name));
  for (const table of ordered) {
    text(table.name);
    mix(table.headers.length);
    table.headers.forEach(text);
    mix(table.rows.length);
    for (const row of table.rows) {
      mix(row.length);
      for (const value of row) cell(value);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${hex(h2 & 0x1fffff)}${hex(h1)}`;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
