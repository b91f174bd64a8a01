import type { CellValue, RawTable } from '../cells';
import { msg } from '../messages/catalog';
import type { Place } from '../problems';
import { ProblemList } from '../read/problemList';
import { normalizeName, normalizeTableName, TABLES } from '../schema';
import { DIMENSIONS, type Dimension } from './types';

/**
 * A condition on one dimension of a ledger row. Konto: one account ("5410"), a range of
 * accounts of the same number of digits ("5000-5999", both ends included) or a prefix ("54*").
 * Ansvar, Verksamhet, Aktivitet: a value matched exactly, or a prefix ("10*"). Blank: any value.
 * Text is compared as written, spaces at the ends removed, case ignored.
 */
export type Condition =
  | { kind: 'any' }
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'range'; from: string; to: string };

export interface KonteringRule {
  /** 1 = the table's first row under the header. */
  row: number;
  place: (column: Dimension | null) => Place;
  conditions: Record<Dimension, Condition>;
  kostnadsobjekt: string;
  kostnadsslag: string;
  fordelasEfter: string;
}

/** The rules of the workbook's Kontering table, or null when it is missing or has errors (said in `problems`). */
export function readKontering(tables: readonly RawTable[], problems: ProblemList): KonteringRule[] | null {
  const spec = TABLES.Kontering;
  const table = tables.find((t) => normalizeTableName(t.name) === normalizeTableName(spec.name));
  if (!table) {
    problems.error('kontering-missing', { table: spec.name }, msg('konteringMissing', {}));
    return null;
  }
  const index = new Map(table.headers.map((h, i) => [normalizeName(String(h ?? '')), i] as const));
  const column = (header: string) => index.get(normalizeName(header));
  for (const c of spec.columns) {
    if ('required' in c && c.required && column(c.header) === undefined) {
      problems.error('kontering-missing-column', { table: spec.name, column: c.header }, msg('konteringMissingColumn', { column: c.header }));
    }
  }
  if (problems.hasErrors) return null;
  const cellOf = (row: number, header: string): string | null => {
    const j = column(header);
    if (j === undefined || !table.origin) return null;
    return `${table.sheet}!${columnLetters(table.origin.column + j)}${table.origin.row + row}`;
  };
  const rowCells = (row: number): string | null => {
    if (!table.origin || table.headers.length === 0) return null;
    const r = table.origin.row + row;
    return `${table.sheet}!${columnLetters(table.origin.column)}${r}:${columnLetters(table.origin.column + table.headers.length - 1)}${r}`;
  };
  const rules: KonteringRule[] = [];
  const before = problems.items.length;
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    const place = (header: string | null): Place => ({ table: spec.name, row, column: header, cell: header === null ? rowCells(row) : cellOf(row, header) });
    const text = (header: string): string | null => {
      const j = column(header);
      const value: CellValue | undefined = j === undefined ? null : cells[j];
      if (value === null || value === undefined) return '';
      if (typeof value === 'string') return value.trim();
      if (typeof value === 'number') return String(value);
      problems.error('kontering-not-text', place(header), msg('konteringNotText', { at: place(header) }));
      return null;
    };
    const values = spec.columns.map((c) => text(c.header));
    if (values.some((v) => v === null)) return;
    if (values.every((v) => v === '')) return;
    const conditions = {} as Record<Dimension, Condition>;
    let ok = true;
    for (const dimension of DIMENSIONS) {
      const condition = parseCondition(text(dimension) as string, dimension === 'Konto');
      if (typeof condition === 'string') {
        ok = false;
        problems.error('kontering-bad-condition', place(dimension), msg('konteringBadCondition', { at: place(dimension), text: text(dimension) as string, problem: condition }));
      } else conditions[dimension] = condition;
    }
    const kostnadsobjekt = text('Kostnadsobjekt') as string;
    if (kostnadsobjekt === '') {
      ok = false;
      problems.error('kontering-missing-value', place('Kostnadsobjekt'), msg('konteringMissingObject', { at: place('Kostnadsobjekt') }));
    }
    if (ok) rules.push({ row, place: (d) => place(d), conditions, kostnadsobjekt, kostnadsslag: text('Kostnadsslag') as string, fordelasEfter: text('Fördelas efter') as string });
  });
  return problems.items.length > before ? null : rules;
}

/** A condition from its cell's text, or why it is no condition. */
export function parseCondition(text: string, konto: boolean): Condition | 'range-not-konto' | 'range-reversed' | 'range-digits' | 'star-inside' {
  const t = text.trim();
  if (t === '') return { kind: 'any' };
  const range = /^(\d+)\s*[-\u2013]\s*(\d+)$/.exec(t);
  if (range) {
    if (!konto) return 'range-not-konto';
    const [, from, to] = range as unknown as [string, string, string];
    if (from.length !== to.length) return 'range-digits';
    if (from > to) return 'range-reversed';
    return { kind: 'range', from, to };
  }
  if (t.endsWith('*')) {
    const prefix = t.slice(0, -1).trim();
    if (prefix.includes('*')) return 'star-inside';
    return prefix === '' ? { kind: 'any' } : { kind: 'prefix', prefix: prefix.toLocaleLowerCase('sv-SE') };
  }
  if (t.includes('*')) return 'star-inside';
  return { kind: 'exact', value: t.toLocaleLowerCase('sv-SE') };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
