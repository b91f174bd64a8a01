import fc from 'fast-check';
import Decimal from 'decimal.js';
import { readKontering } from '../../../src/engine/ledger/kontering';
import { mapLedger } from '../../../src/engine/ledger/mapLedger';
import { ProblemList } from '../../../src/engine/read/problemList';
import type { LedgerRow } from '../../../src/engine/ledger/types';
import { konteringTable, RULES } from './files';

const rules = readKontering([konteringTable(RULES)], new ProblemList())!;

const row = fc.record({
  line: fc.nat(10_000),
  konto: fc.constantFrom('2440', '3510', '5410', '5999', '6110', '7010', '7990'),
  ansvar: fc.constantFrom('', '100', '200'),
  verksamhet: fc.constantFrom('', '310'),
  aktivitet: fc.constantFrom('', 'P7'),
  amount: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((ore) => new Decimal(ore).div(100).toFixed()),
  month: fc.integer({ min: 1, max: 12 }).map((month) => ({ year: 2027, month })),
}) as fc.Arbitrary<LedgerRow>;

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));
const key = (r: LedgerRow) => `2027-${String(r.month!.month).padStart(2, '0')}`;

describe('mapLedger by month (Utfall): properties', () => {
  test('each month reconciles: its lines sum to its ledger rows less its unmapped, all added up here from the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const m = mapLedger(rows, rules, 'f', new ProblemList(), { byMonth: true });
        const months = [...new Set(rows.map(key))].sort();
        expect(m.months!.map((x) => x.month)).toEqual(months);
        for (const month of months) {
          const of = rows.filter((r) => key(r) === month);
          const got = m.months!.find((x) => x.month === month)!;
          expect(got.rows).toBe(of.length);
          expect(new Decimal(got.ledger).equals(sum(of.map((r) => r.amount)))).toBe(true);
          const lines = m.lines.filter((l) => l.month === month);
          expect(sum(lines.map((l) => l.amount)).equals(new Decimal(got.ledger).minus(got.unmapped))).toBe(true);
          expect(lines.reduce((n, l) => n + l.rows, 0)).toBe(of.length - of.filter((r) => m.unmapped.some((u) => u.lines.includes(r.line) && u.konto === r.konto && u.ansvar === r.ansvar && u.verksamhet === r.verksamhet && u.aktivitet === r.aktivitet)).length);
        }
        // One line per object, cost type and month; the months in order.
        const keys = m.lines.map((l) => `${l.kostnadsobjekt}|${l.kostnadsslag}|${l.month}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(m.lines.map((l) => l.month)).toEqual([...m.lines.map((l) => l.month)].sort());
      }),
    );
  });

  test('summed over the months, the lines are the budget import\'s sums (the month splits, it adds nothing)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const byMonth = mapLedger(rows, rules, 'f', new ProblemList(), { byMonth: true });
        const whole = mapLedger(rows, rules, 'f', new ProblemList());
        const totals = (lines: readonly { kostnadsobjekt: string; kostnadsslag: string; amount: string }[]) => {
          const t = new Map<string, Decimal>();
          for (const l of lines) t.set(`${l.kostnadsobjekt}|${l.kostnadsslag}`, (t.get(`${l.kostnadsobjekt}|${l.kostnadsslag}`) ?? new Decimal(0)).plus(l.amount));
          return [...t].map(([k, v]) => `${k}|${v.toFixed()}`).sort();
        };
        expect(totals(byMonth.lines)).toEqual(totals(whole.lines));
        expect([byMonth.ledgerTotal, byMonth.unmappedTotal, byMonth.importedTotal]).toEqual([whole.ledgerTotal, whole.unmappedTotal, whole.importedTotal]);
      }),
    );
  });
});
