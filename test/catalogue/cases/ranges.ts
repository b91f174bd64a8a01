import type { CellValue, RawTable } from '../../../src/engine/cells';
import { setCell, type BadInputCase } from '../case';

/**
 * Issue 12, the ranges of the input numbers (docs/arbetsbok.md, "Ranges of the input numbers"):
 * every input that made the command line exit 3 with a stack trace, each range's boundary just
 * inside (exit 0; written as text, so a located warning proves the cell was read) and just
 * outside (exit 1, a located error), the sums no cell can bound, a unit price rounding to 0 and
 * the Status rule's warning.
 *
 * Layouts: miniWorkbook (test/engine/helpers.ts) has Kostnader A Kostnadsobjekt | B Kostnadsslag
 * | C Belopp | D Fördelas efter, rows 1–4 on Kassa, Lev, Kundres, Uppdrag; Nycklar C Omsättning;
 * Tjänster A–I with Lev (Styck) on row 2, a column added here becomes J. The example's tables
 * have the contract's columns in the contract's order.
 */

/** Sets a cell, adding the column at the end of the table first when it is not there. */
function put(tables: RawTable[], name: string, row: number, header: string, value: CellValue): void {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`catalogue set-up: no table ${name}`);
  if (!t.headers.includes(header)) {
    t.headers.push(header);
    for (const r of t.rows) r.push(null);
  }
  setCell(tables, name, row, header, value);
}

function setting(tables: RawTable[], parameter: string, value: CellValue): void {
  let t = tables.find((x) => x.name === 'Inställningar');
  if (!t) {
    t = { name: 'Inställningar', sheet: 'Inställningar', headers: ['Parameter', 'Värde'], rows: [], origin: { row: 1, column: 1 } };
    tables.push(t);
  }
  const row = t.rows.find((r) => r[0] === parameter);
  if (row) row[1] = value;
  else t.rows.push([parameter, value]);
}

const TOO_BIG = 'är för stort';

/** A mini case: one cell changed, exit 1 with an out-of-range error on it. */
function outside(name: string, table: string, row: number, header: string, value: CellValue, cell: string, message: string): BadInputCase {
  return {
    name: `ranges: ${name}`,
    input: { kind: 'tables', base: 'mini', change: (t) => put(t, table, row, header, value) },
    expect: { exit: 1, level: 'Fel', table, row, column: header, cell, message: [message] },
  };
}

/** A mini case: one cell set to a number written as text just inside its range: exit 0, read with a warning on the cell. */
function inside(name: string, table: string, row: number, header: string, text: string, cell: string, read: string): BadInputCase {
  return {
    name: `ranges: ${name}`,
    input: { kind: 'tables', base: 'mini', change: (t) => put(t, table, row, header, text) },
    expect: { exit: 0, level: 'Varning', table, row, column: header, cell, message: [`lästes som ${read}`] },
  };
}

/** The same for a setting (Inställningar added to mini with this one row). */
function settingCase(name: string, parameter: string, text: string, exit: 0 | 1, message: string): BadInputCase {
  return {
    name: `ranges: ${name}`,
    input: { kind: 'tables', base: 'mini', change: (t) => setting(t, parameter, text) },
    expect: { exit, level: exit === 0 ? 'Varning' : 'Fel', table: 'Inställningar', row: 1, column: 'Värde', cell: 'Inställningar!B2', message: [message] },
  };
}

function example(name: string, table: string, row: number, header: string, value: CellValue, cell: string, message: string): BadInputCase {
  return {
    name: `ranges: ${name}`,
    input: { kind: 'tables', base: 'example', change: (t) => setCell(t, table, row, header, value) },
    expect: { exit: 1, level: 'Fel', table, row, column: header, cell, message: [message] },
  };
}

export const CASES: BadInputCase[] = [
  // ---- every input that crashed with exit 3 -------------------------------------------------
  outside('Belopp 1e16', 'Kostnader', 2, 'Belopp', 1e16, 'Kostnader!C3', TOO_BIG),
  outside('Belopp 1e308', 'Kostnader', 2, 'Belopp', 1e308, 'Kostnader!C3', TOO_BIG),
  outside('Belopp 5e-324', 'Kostnader', 2, 'Belopp', 5e-324, 'Kostnader!C3', 'ligger för nära 0'),
  {
    name: 'ranges: two rows of Belopp 1e300',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        setCell(t, 'Kostnader', 2, 'Belopp', 1e300);
        setCell(t, 'Kostnader', 3, 'Belopp', 1e300);
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 3, column: 'Belopp', cell: 'Kostnader!C4', message: [TOO_BIG] },
  },
  outside('Belopp a 400-digit number as text', 'Kostnader', 2, 'Belopp', '9'.repeat(400), 'Kostnader!C3', TOO_BIG),
  example('Kostnad per styck 1,2e17', 'Avvikelsetyper', 1, 'Kostnad per styck', 1.2e17, 'Avvikelsetyper!C2', 'mindre än 1\u00a0000\u00a0000\u00a0000'),
  example('Antal 1,2e17', 'Avvikelser', 1, 'Antal', 1.2e17, 'Avvikelser!D2', 'mindre än 1\u00a0000\u00a0000\u00a0000\u00a0000'),
  example('Timkostnad 1e15', 'Inställningar', 4, 'Värde', 1e15, 'Inställningar!B5', 'mindre än 1\u00a0000\u00a0000'),
  example('Fjolårspris 1e308', 'Tjänster', 1, 'Fjolårspris', 1e308, 'Tjänster!L2', 'mindre än 1\u00a0000\u00a0000\u00a0000'),
  example('Paket Pris 1e308', 'Paket', 1, 'Pris', 1e308, 'Paket!D2', 'mindre än 1\u00a0000\u00a0000\u00a0000'),
  example('Minuter with 25 digits', 'Avvikelsetyper', 2, 'Minuter', 1234567890123456789012345, 'Avvikelsetyper!D3', 'mindre än 1\u00a0000\u00a0000'),

  // ---- each range just inside (exit 0) and just outside (exit 1) ----------------------------
  // Σ|Belopp| stays below 10^13: 9 999 999 990 000 + the other rows' 4 100.
  inside('Belopp just under 10^13', 'Kostnader', 2, 'Belopp', '9999999990000', 'Kostnader!C3', '9999999990000'),
  outside('Belopp 10^13', 'Kostnader', 2, 'Belopp', '10000000000000', 'Kostnader!C3', TOO_BIG),
  outside('Belopp −10^13', 'Kostnader', 2, 'Belopp', '-10000000000000', 'Kostnader!C3', TOO_BIG),
  inside('Belopp 0,000001', 'Kostnader', 3, 'Belopp', '0,000001', 'Kostnader!C4', '0,000001'),
  outside('Belopp 0,00000099', 'Kostnader', 3, 'Belopp', '0,00000099', 'Kostnader!C4', 'ligger för nära 0'),
  outside('Belopp with 16 significant digits', 'Kostnader', 3, 'Belopp', '1000,000000000001', 'Kostnader!C4', '16 värdesiffror'),
  inside('a key just under 10^12', 'Nycklar', 1, 'Omsättning', '999999999999', 'Nycklar!C2', '999999999999'),
  outside('a key 10^12', 'Nycklar', 1, 'Omsättning', '1000000000000', 'Nycklar!C2', TOO_BIG),
  outside('a driver 10^12', 'Tjänster', 1, 'Årsarbetare', 1e12, 'Tjänster!I2', TOO_BIG),
  inside('Fjolårspris just under 10^9', 'Tjänster', 1, 'Fjolårspris', '999999999,99', 'Tjänster!J2', '999999999,99'),
  outside('Fjolårspris 10^9', 'Tjänster', 1, 'Fjolårspris', '1000000000', 'Tjänster!J2', TOO_BIG),
  outside('Volym 10^12', 'Volymer', 1, 'Volym', 1e12, 'Volymer!C2', TOO_BIG),
  inside('Prissteg 0,0001', 'Tjänster', 2, 'Prissteg', '0,0001', 'Tjänster!J3', '0,0001'),
  outside('Prissteg 0,00009', 'Tjänster', 2, 'Prissteg', '0,00009', 'Tjänster!J3', 'mindre än 0,0001'),
  inside('Prissteg 1 000 000 on a Fast service', 'Tjänster', 1, 'Prissteg', '1000000', 'Tjänster!J2', '1000000'),
  outside('Prissteg 1 000 001', 'Tjänster', 1, 'Prissteg', '1000001', 'Tjänster!J2', 'större än 1\u00a0000\u00a0000'),
  settingCase('Beloppsavrundning 0,01', 'Beloppsavrundning', '0,01', 0, 'lästes som 0,01'),
  settingCase('Beloppsavrundning 0,009', 'Beloppsavrundning', '0,009', 1, 'mindre än 0,01'),
  settingCase('Övergångstak 10', 'Övergångstak', '10', 0, 'lästes som 10'),
  settingCase('Övergångstak 10,5', 'Övergångstak', '10,5', 1, 'större än 10'),
  settingCase('Timkostnad 10^6', 'Timkostnad', '1000000', 1, 'mindre än 1\u00a0000\u00a0000'),

  // ---- sums no single cell can bound ---------------------------------------------------------
  {
    name: 'ranges: Belopp 6·10^12 and 5·10^12 sum past 10^13',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        setCell(t, 'Kostnader', 1, 'Belopp', 6e12);
        setCell(t, 'Kostnader', 3, 'Belopp', 5e12);
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Kostnader', row: 3, column: 'Belopp', cell: 'Kostnader!C4', message: ['summan måste vara mindre än 10\u00a0000\u00a0000\u00a0000\u00a0000 kr'] },
  },
  {
    name: 'ranges: Fastställt pris 10^8 × Volym 2·10^5',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        put(t, 'Tjänster', 2, 'Fastställt pris', 1e8);
        setCell(t, 'Volymer', 1, 'Volym', 2e5);
      },
    },
    expect: { exit: 1, level: 'Fel', table: 'Tjänster', row: 2, column: 'Fastställt pris', cell: 'Tjänster!J3', message: ['fastställda priset'] },
  },

  // ---- a unit price rounding to 0, and the Status rule's warning -----------------------------
  // Lev: 2 600 kr over 3 000 000 100 faktura, 0,00000087 kr per faktura -> 0 at the step 0,01.
  {
    name: 'ranges: Volym 3 000 000 000 rounds the price to 0',
    input: { kind: 'tables', base: 'mini', change: (t) => setCell(t, 'Volymer', 1, 'Volym', 3e9) },
    expect: { exit: 1, level: 'Fel', table: 'Tjänster', row: 2, column: 'Prissteg', cell: null, message: ['avrundas till 0 kr', '3\u00a0000\u00a0000\u00a0100 faktura', 'standardprissteget 0,01 kr'] },
  },
  // Lev: 2 600 kr over 200 faktura = 13 kr, rounded to the step 10 -> 10 kr; revenue 2 000,
  // Differens −600 = 23 % of the cost, within the tolerance ½ × 10 × 200 + 1 + 1,5 = 1 002,5 kr.
  {
    name: 'ranges: Prissteg 10 on Lev misses the cost by 23 %',
    input: { kind: 'tables', base: 'mini', change: (t) => put(t, 'Tjänster', 2, 'Prissteg', 10) },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: 2, column: 'Prissteg', cell: 'Tjänster!J3', message: ['Underdeckning för Lev', '23,1 % av kostnaden', 'för grovt för volymen 200 faktura'] },
  },
  // The same at the default step: 2 600 kr over 200 000 faktura = 0,013 -> 0,01; revenue 2 000.
  {
    name: 'ranges: Lev at the default Prissteg over 200 000 faktura misses the cost by 23 %',
    input: {
      kind: 'tables',
      base: 'mini',
      change: (t) => {
        setCell(t, 'Volymer', 1, 'Volym', 100000);
        setCell(t, 'Volymer', 2, 'Volym', 60000);
        setCell(t, 'Volymer', 3, 'Volym', 40000);
      },
    },
    expect: { exit: 0, level: 'Varning', table: 'Tjänster', row: 2, column: 'Prissteg', cell: null, message: ['Underdeckning för Lev', 'standardprissteget 0,01 kr'] },
  },
];
