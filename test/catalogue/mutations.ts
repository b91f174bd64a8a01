import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';

/**
 * Random one-change edits of a workbook's input tables, as a hostile or careless user makes
 * them: a cell set to a hostile value, a row duplicated or removed, a column removed or renamed,
 * a table removed. A mutation names its table, row and column by index, taken modulo what the
 * workbook has when it is applied, so any mutation applies to any workbook; one that finds
 * nothing to change (a table without rows) changes nothing.
 */

/** What a cell is set to. Each is a value a user can put in a cell, or a pasted one. */
export const HOSTILE_KINDS = [
  'empty',
  'text',
  'negative',
  'huge',
  'tiny',
  'NaN text',
  'Infinity text',
  'date text',
  '#N/A',
  'boolean',
  '400 digits',
  'near-miss name',
  'invisible variant',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

export interface Hostile {
  kind: HostileKind;
  /** Which variant, for the kinds that have several (near-miss and invisible edits, signs). */
  variant: number;
}

export type Mutation =
  | { kind: 'set'; table: number; row: number; column: number; value: Hostile }
  | { kind: 'duplicate row'; table: number; row: number }
  | { kind: 'remove row'; table: number; row: number }
  | { kind: 'remove column'; table: number; column: number }
  | { kind: 'rename column'; table: number; column: number; to: Hostile }
  | { kind: 'remove table'; table: number };

export function hostileArbitrary(kinds: readonly HostileKind[]): fc.Arbitrary<Hostile> {
  return fc.record({ kind: fc.constantFrom(...kinds), variant: fc.nat(7) });
}

const RENAMES: readonly HostileKind[] = ['near-miss name', 'invisible variant'];

export function mutationArbitrary(kinds: readonly HostileKind[]): fc.Arbitrary<Mutation> {
  const index = fc.nat(1000);
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('set' as const), table: index, row: index, column: index, value: hostileArbitrary(kinds) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate row' as const), table: index, row: index }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove row' as const), table: index, row: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove column' as const), table: index, column: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename column' as const), table: index, column: index, to: hostileArbitrary(RENAMES) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove table' as const), table: index }) },
  );
}

/** 1–3 mutations. */
export function mutationsArbitrary(kinds: readonly HostileKind[]): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArbitrary(kinds), { minLength: 1, maxLength: 3 });
}

/** A name one typing mistake away: a letter dropped, a case changed, a letter doubled, an accent lost. */
export function nearMiss(name: string, variant: number): string {
  if (name.length === 0) return 'x';
  switch (variant % 4) {
    case 0:
      return name.length > 1 ? name.slice(0, -1) : `${name}${name}`;
    case 1: {
      const first = name[0] as string;
      const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
      return swapped === first ? `${name}s` : swapped + name.slice(1);
    }
    case 2: {
      const i = Math.floor(name.length / 2);
      return name.slice(0, i + 1) + name.slice(i);
    }
    default: {
      const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return plain === name ? `${name}s` : plain;
    }
  }
}

/** The same name to the eye: a zero-width space, a no-break space, a trailing tab or NFD. */
export function invisibleVariant(name: string, variant: number): string {
  switch (variant % 5) {
    case 0:
      return `${name.slice(0, 1)}\u200b${name.slice(1)}`;
    case 1:
      return name.includes(' ') ? name.replace(' ', '\u00a0') : `${name}\u00a0`;
    case 2:
      return `${name}\t`;
    case 3: {
      const nfd = name.normalize('NFD');
      return nfd === name ? `\u200b${name}` : nfd;
    }
    default:
      return `\u00a0${name}\u200b`;
  }
}

/** The value a hostile kind puts in a cell that held `current` (names are edited, not replaced). */
export function hostileValue(h: Hostile, current: CellValue, column: CellValue[]): CellValue {
  switch (h.kind) {
    case 'empty':
      return null;
    case 'text':
      return 'abc';
    case 'negative':
      return typeof current === 'number' && current !== 0 ? -Math.abs(current) : h.variant % 2 === 0 ? -1 : -12345.5;
    case 'huge':
      return h.variant % 2 === 0 ? 1e300 : 1e16;
    case 'tiny':
      return 5e-324;
    case 'NaN text':
      return 'NaN';
    case 'Infinity text':
      return h.variant % 2 === 0 ? 'Infinity' : '-Infinity';
    case 'date text':
      return '2021-03-01';
    case '#N/A':
      return { error: '#N/A' };
    case 'boolean':
      return h.variant % 2 === 0;
    case '400 digits':
      return '9'.repeat(400);
    case 'near-miss name':
      return nearMiss(nameIn(current, column), h.variant);
    case 'invisible variant':
      return invisibleVariant(nameIn(current, column), h.variant);
  }
}

/** The cell's text, or the first text of its column, or "Kund": the name a near-miss is made from. */
function nameIn(current: CellValue, column: CellValue[]): string {
  if (typeof current === 'string' && current.trim() !== '') return current;
  const text = column.find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (text !== undefined) return text;
  return typeof current === 'number' ? String(current) : 'Kund';
}

/** Applies a mutation in place; returns what it did, for a counterexample a person can read. */
export function applyMutation(tables: RawTable[], m: Mutation): string {
  if (tables.length === 0) return 'nothing (no tables)';
  const t = tables[m.table % tables.length] as RawTable;
  switch (m.kind) {
    case 'remove table':
      tables.splice(tables.indexOf(t), 1);
      return `removed table ${t.name}`;
    case 'remove column':
    case 'rename column': {
      if (t.headers.length === 0) return `nothing (${t.name} has no columns)`;
      const j = m.column % t.headers.length;
      const header = t.headers[j] as string;
      if (m.kind === 'remove column') {
        t.headers.splice(j, 1);
        for (const r of t.rows) r.splice(j, 1);
        return `removed column ${t.name}.${header}`;
      }
      const to = String(hostileValue(m.to, header, []));
      t.headers[j] = to;
      return `renamed column ${t.name}.${header} to ${JSON.stringify(to)}`;
    }
    default:
      break;
  }
  if (t.rows.length === 0) return `nothing (${t.name} has no rows)`;
  const i = m.row % t.rows.length;
  const row = t.rows[i] as CellValue[];
  switch (m.kind) {
    case 'duplicate row':
      t.rows.splice(i + 1, 0, [...row]);
      return `duplicated ${t.name} row ${i + 1}`;
    case 'remove row':
      t.rows.splice(i, 1);
      return `removed ${t.name} row ${i + 1}`;
    case 'set': {
      if (t.headers.length === 0) return `nothing (${t.name} has no columns)`;
      const j = m.column % t.headers.length;
      const before = row[j] ?? null;
      const value = hostileValue(m.value, before, t.rows.map((r) => r[j] ?? null));
      row[j] = value;
      return `set ${t.name} row ${i + 1} ${t.headers[j]} from ${JSON.stringify(before)} to ${JSON.stringify(value)} (${m.value.kind})`;
    }
  }
}
