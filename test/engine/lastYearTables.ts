import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';

/**
 * Last year's figures for the random workbooks of workbookArbitrary.ts: a Fjolårspris per
 * service and a Fjolårsvolym per Volymer row, added as columns to the tables it writes.
 */

/** Fjolårspris per service (by Tjänster row) and Fjolårsvolym per Volymer row; null = blank. */
export interface LastYear {
  prices: (number | null)[];
  volumes: (number | null)[];
}

/** Whole öre or quarter units, so the figures are exact in a cell. */
export const lastYearArbitrary: fc.Arbitrary<LastYear> = fc.record({
  prices: fc.array(fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10_000_000 })).map((ore) => ore / 100), { nil: null, freq: 4 }), { minLength: 8, maxLength: 8 }),
  volumes: fc.array(fc.option(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400_000 })).map((q) => q / 4), { nil: null, freq: 4 }), { minLength: 48, maxLength: 48 }),
});

/** Copies the tables with the Fjolårspris and Fjolårsvolym columns added (or replaced). */
export function withLastYear(tables: readonly RawTable[], price: (service: string, row: number) => number | null, volume: (customer: string, service: string, volume: number, row: number) => number | null): RawTable[] {
  return tables.map((t) => {
    if (t.name === 'Tjänster') return withColumn(t, 'Fjolårspris', (row, i) => price(String(row[t.headers.indexOf('Tjänst')]), i));
    if (t.name === 'Volymer') {
      const [k, s, v] = ['Kund', 'Tjänst', 'Volym'].map((h) => t.headers.indexOf(h)) as [number, number, number];
      return withColumn(t, 'Fjolårsvolym', (row, i) => volume(String(row[k]), String(row[s]), Number(row[v]), i));
    }
    return t;
  });
}

function withColumn(t: RawTable, header: string, value: (row: readonly CellValue[], i: number) => CellValue): RawTable {
  const at = t.headers.indexOf(header);
  const headers = at >= 0 ? [...t.headers] : [...t.headers, header];
  const rows = t.rows.map((row, i) => {
    const out = [...row];
    out[at >= 0 ? at : headers.length - 1] = value(row, i);
    return out;
  });
  return { ...t, headers, rows };
}

/** The spec's tables with last year's figures drawn from `last` (cycled over rows). */
export function withRandomLastYear(tables: readonly RawTable[], last: LastYear): RawTable[] {
  return withLastYear(
    tables,
    (_s, i) => last.prices[i % last.prices.length] ?? null,
    (_c, _s, _v, i) => last.volumes[i % last.volumes.length] ?? null,
  );
}

/** Sets a parameter in Inställningar: its row's Värde, or a new row (and table) when it has none. */
export function withSetting(tables: readonly RawTable[], parameter: string, value: CellValue): RawTable[] {
  const existing = tables.find((t) => t.name === 'Inställningar');
  if (!existing) return [...tables, { name: 'Inställningar', sheet: 'Inställningar', headers: ['Parameter', 'Värde'], rows: [[parameter, value]], origin: { row: 1, column: 1 } }];
  const p = existing.headers.indexOf('Parameter');
  const v = existing.headers.indexOf('Värde');
  const row = (): CellValue[] => existing.headers.map((_, i) => (i === p ? parameter : i === v ? value : null));
  const at = existing.rows.findIndex((r) => r[p] === parameter);
  const rows = at < 0 ? [...existing.rows, row()] : existing.rows.map((r, i) => (i === at ? row() : r));
  return tables.map((t) => (t === existing ? { ...t, rows } : t));
}
