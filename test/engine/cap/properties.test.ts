import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import type { CellValue, RawTable } from '../../../src/engine/cells';
import { errors, output, run } from '../helpers';
import { toTables, workbookSpec } from '../workbookArbitrary';
import { withColumn } from './tables';

const D = DecimalJs.clone({ precision: 60 });
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

/** Inställningar of the generated workbook with Pristak and Pristaksmetod Begränsa added (or put in). */
function capped(tables: RawTable[], cap: number): RawTable[] {
  const rows: CellValue[][] = [['Pristak', cap], ['Pristaksmetod', 'Begränsa']];
  const has = tables.some((t) => t.name === 'Inställningar');
  if (!has) return [...tables, { name: 'Inställningar', sheet: 'Inställningar', headers: ['Parameter', 'Värde'], rows, origin: { row: 1, column: 1 } }];
  return tables.map((t) => (t.name === 'Inställningar' ? { ...t, rows: [...t.rows, ...rows] } : t));
}

const num = (v: unknown) => new D(String(v ?? 0));

describe('Pristaksmetod Begränsa and Avtalat belopp over random valid workbooks', () => {
  it('no charged price passes the cap, agreed sums are charged exactly, and the decided gaps add up', () => {
    // How often the cap acted and an agreed sum was charged, so the property is known to test both.
    let held = 0;
    let agreedSeen = 0;
    fc.assert(
      fc.property(
        workbookSpec(),
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 40, maxLength: 40 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 0, max: 300 }),
        (spec, lastPriceHundredths, agreed, capPerMille) => {
          const cap = capPerMille / 1000;
          const last: Record<string, CellValue> = {};
          const amounts: Record<string, CellValue> = {};
          spec.services.forEach((s, i) => {
            if (s.model === 'Styck' || s.model === 'Tim' || s.model === 'Blandad') last[s.name] = lastPriceHundredths[i % 40]! / 100;
            if (s.model === 'Fast' || s.model === 'Direkt') amounts[s.name] = agreed[i % 40] ?? null;
          });
          let tables = withColumn(toTables(spec), 'Tjänster', 'Fjolårspris', last);
          tables = capped(withColumn(tables, 'Tjänster', 'Avtalat belopp', amounts), cap);
          const result = run(tables);
          expect(errors(result)).toEqual([]);
          const prices = output(result, 'Prislista');
          const charges = output(result, 'Fördelning');
          let decided = new D(0);
          for (const p of prices) {
            const name = String(p['Tjänst']);
            const rows = charges.filter((c) => c['Tjänst'] === name);
            const revenue = rows.reduce((s, c) => s.plus(num(c['Belopp'])), new D(0));
            expect([name, num(p['Intäkt']).toString()]).toEqual([name, revenue.toString()]);
            if (p['Pris'] !== null && p['Fjolårspris'] !== null) {
              const limit = num(p['Fjolårspris']).times(new D(1).plus(new D(String(cap))));
              expect([name, num(p['Pris']).lte(limit)]).toEqual([name, true]);
              if (p['Pris före tak'] !== null) {
                held += 1;
                expect([name, num(p['Pris före tak']).gt(limit)]).toEqual([name, true]);
              }
            }
            const agreedSum = amounts[name];
            if (typeof agreedSum === 'number') {
              // Keyed or paid whole: the charges less their deviation surcharges are the agreed sum.
              const keyed = rows.reduce((s, c) => s.plus(num(c['Belopp'])).minus(num(c['Avvikelsepåslag'])), new D(0));
              expect([name, keyed.toNumber()]).toEqual([name, agreedSum]);
              expect(p['Avtalat belopp']).toBe(agreedSum);
              agreedSeen += 1;
            }
            const gap = num(p['Över-/underdeckning']);
            const byDecision = p['Pris före tak'] !== null || p['Avtalat belopp'] !== null;
            if (byDecision) decided = decided.plus(gap);
            expect([name, p['Att finansiera']]).toEqual([name, byDecision && gap.isNegative() ? gap.neg().toNumber() : null]);
          }
          const total = output(result, 'Avstämning').at(-1)!;
          const anyDecided = prices.some((p) => p['Pris före tak'] !== null || p['Avtalat belopp'] !== null);
          expect(total['Beslutad differens']).toBe(anyDecided ? decided.toNumber() : null);
        },
      ),
      RUNS,
    );
    expect(held).toBeGreaterThan(0);
    expect(agreedSeen).toBeGreaterThan(0);
  });
});
