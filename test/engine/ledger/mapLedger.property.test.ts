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
  konto: fc.constantFrom('2440', '3510', '5410', '5999', '6110', '7010', '7990', '54100'),
  ansvar: fc.constantFrom('', '100', '200'),
  verksamhet: fc.constantFrom('', '310', '320'),
  aktivitet: fc.constantFrom('', 'P7'),
  amount: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((ore) => new Decimal(ore).div(100).toFixed()),
}) as fc.Arbitrary<LedgerRow>;

describe('mapLedger properties', () => {
  test('each row lands once: mapped + unmapped rows = rows, imported = ledger − unmapped, each total the sum of its parts', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const m = mapLedger(rows, rules, 'f', new ProblemList());
        const unmappedRows = m.unmapped.reduce((n, u) => n + u.lines.length, 0);
        const mappedRows = m.lines.reduce((n, l) => n + l.rows, 0);
        expect(mappedRows + unmappedRows).toBe(rows.length);
        const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));
        expect(sum(rows.map((r) => r.amount)).toFixed()).toBe(new Decimal(m.ledgerTotal).toFixed());
        expect(sum(m.lines.map((l) => l.amount)).equals(sum(rows.map((r) => r.amount)).minus(sum(m.unmapped.map((u) => u.amount))))).toBe(true);
      }),
    );
  });

  test('reordering the ledger rows changes no sum', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), ([rows, shuffled]) => {
        const key = (m: ReturnType<typeof mapLedger>) => m.lines.map((l) => `${l.kostnadsobjekt}|${l.kostnadsslag}|${l.amount}`).sort();
        expect(key(mapLedger(shuffled, rules, 'f', new ProblemList()))).toEqual(key(mapLedger(rows, rules, 'f', new ProblemList())));
      }),
    );
  });
});
