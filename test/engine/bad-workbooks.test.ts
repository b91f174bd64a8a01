import { OUTPUT_TABLE_NAMES } from '../../src/engine/output';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { OutputValue } from '../../src/engine/output';
import { readModel } from '../../src/engine/read/readModel';
import { errors, miniWorkbook, output, run, table } from './helpers';

/**
 * A catalogue of bad workbooks: each is miniWorkbook() (test/engine/mini.test.ts) with one
 * defect. The expected place is worked out from the workbook's layout: origin A1, so data row r
 * sits on sheet row r + 1, and the column letter is the header's position (A = first).
 *
 * miniWorkbook's layout, for reading the cases:
 *   Nycklar    A Kund | B Kundtyp | C Omsättning | D Anställda          rows 1–3: A, B, C
 *   Tjänster   A Tjänst | B Verksamhetsområde | C Process | D Tjänstetyp | E Prismodell |
 *              F Nyckel | G Betalare | H Enhet | I Årsarbetare          rows 1–4: Kassa (Fast),
 *              Lev (Styck), Kundres (Tim), Uppdrag (Direkt, Betalare A)
 *   Kostnader  A Kostnadsobjekt | B Kostnadsslag | C Belopp | D Fördelas efter
 *              rows 1–4 on the services, 5 Nämnd och administration by Årsarbetare, 6 Ekonomi
 *   Volymer    A Kund | B Tjänst | C Volym   rows 1–3 Lev (A, B, C), 4–5 Kundres (A, B)
 */

type Workbook = RawTable[];
type Kontroll = Record<string, OutputValue>;

// ---- editing a workbook -----------------------------------------------------------------------

function get(wb: Workbook, name: string): RawTable {
  const t = wb.find((x) => x.name === name);
  if (!t) throw new Error(`test set-up: no table ${name}`);
  return t;
}

function col(t: RawTable, header: string): number {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`test set-up: ${t.name} has no column ${header}`);
  return i;
}

/** Sets the cell of data row `row` (1-based) under `header`. */
function set(wb: Workbook, name: string, row: number, header: string, value: CellValue): void {
  const t = get(wb, name);
  const r = t.rows[row - 1];
  if (!r) throw new Error(`test set-up: ${name} has no row ${row}`);
  r[col(t, header)] = value;
}

function addRow(wb: Workbook, name: string, row: CellValue[]): void {
  get(wb, name).rows.push(row);
}

function removeTable(wb: Workbook, name: string): void {
  wb.splice(wb.indexOf(get(wb, name)), 1);
}

function removeColumn(wb: Workbook, name: string, header: string): void {
  const t = get(wb, name);
  const i = col(t, header);
  t.headers.splice(i, 1);
  for (const r of t.rows) r.splice(i, 1);
}

function addColumn(wb: Workbook, name: string, header: string, values: CellValue[]): void {
  const t = get(wb, name);
  t.headers.push(header);
  t.rows.forEach((r, i) => r.push(values[i] ?? null));
}

/** The address the contract wants for data row `row` under `header`: origin A1, so sheet row row + 1. */
function cellOf(wb: Workbook, name: string, row: number, header: string): string {
  const t = get(wb, name);
  const letter = String.fromCharCode('A'.charCodeAt(0) + col(t, header));
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(t.sheet) ? t.sheet : `'${t.sheet}'`;
  return `${sheet}!${letter}${row + 1}`;
}

// ---- the expected problem ---------------------------------------------------------------------

interface Expected {
  table: string;
  row: number | null;
  column: string | null;
  /** Computed from the defective workbook (cellOf); null for table-level problems. */
  cell: string | null;
  /** Substrings the Swedish message must contain: the offending value, the name it concerns. */
  mentions: string[];
}

interface Case {
  name: string;
  defect: (wb: Workbook) => Expected;
  /**
   * A missing Nycklar or Tjänster leaves every reference to a customer or service dangling, and
   * those are reported too. Every other single defect must give exactly one error.
   */
  cascades?: boolean;
}

/** A row of the Kontroller output matching the expected problem (level Fel). */
function findError(rows: Kontroll[], e: Expected): Kontroll | undefined {
  return rows.find(
    (r) =>
      r['Nivå'] === 'Fel' &&
      r['Tabell'] === e.table &&
      r['Rad'] === e.row &&
      r['Kolumn'] === e.column &&
      r['Cell'] === e.cell &&
      e.mentions.every((m) => String(r['Meddelande']).includes(m)),
  );
}

const tjanst = (wb: Workbook, row: number, header: string, mentions: string[]): Expected => ({
  table: 'Tjänster',
  row,
  column: header,
  cell: cellOf(wb, 'Tjänster', row, header),
  mentions,
});

/** `name` is the table as the workbook names it; Problem.table is its contract name. */
const at = (wb: Workbook, name: string, row: number, header: string, mentions: string[]): Expected => ({
  table: name === 'Sammansatta_nycklar' ? 'Sammansatta nycklar' : name,
  row,
  column: header,
  cell: cellOf(wb, name, row, header),
  mentions,
});

const missingTable = (name: string, mentions: string[] = [name]): Expected => ({ table: name, row: null, column: null, cell: null, mentions });

/** Lev (Tjänster row 2) as a Paket service with the given bands. */
function levAsPaket(wb: Workbook, bands: CellValue[][]): void {
  set(wb, 'Tjänster', 2, 'Prismodell', 'Paket');
  wb.push(table('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], bands));
}

const CASES: Case[] = [
  // Missing tables.
  { name: 'missing Nycklar', defect: (wb) => (removeTable(wb, 'Nycklar'), missingTable('Nycklar')), cascades: true },
  { name: 'missing Tjänster', defect: (wb) => (removeTable(wb, 'Tjänster'), missingTable('Tjänster')), cascades: true },
  { name: 'missing Kostnader', defect: (wb) => (removeTable(wb, 'Kostnader'), missingTable('Kostnader')) },
  // Volymer is required because Lev is priced Styck; the message names the service that needs it.
  { name: 'missing Volymer with a Styck service', defect: (wb) => (removeTable(wb, 'Volymer'), missingTable('Volymer', ['Volymer', 'Lev'])) },

  // Missing required column: a table-level problem, on the column, no row and no cell.
  {
    name: 'missing required column Belopp in Kostnader',
    defect: (wb) => (removeColumn(wb, 'Kostnader', 'Belopp'), { table: 'Kostnader', row: null, column: 'Belopp', cell: null, mentions: ['Belopp'] }),
  },
  {
    name: 'missing required column Tjänstetyp in Tjänster',
    defect: (wb) => (removeColumn(wb, 'Tjänster', 'Tjänstetyp'), { table: 'Tjänster', row: null, column: 'Tjänstetyp', cell: null, mentions: ['Tjänstetyp'] }),
  },

  // Unknown names and duplicates.
  { name: 'unknown customer in Volymer', defect: (wb) => (set(wb, 'Volymer', 1, 'Kund', 'Okänd kund'), at(wb, 'Volymer', 1, 'Kund', ['Okänd kund'])) },
  { name: 'unknown service in Volymer', defect: (wb) => (set(wb, 'Volymer', 2, 'Tjänst', 'Löneadministration'), at(wb, 'Volymer', 2, 'Tjänst', ['Löneadministration'])) },
  { name: 'duplicate customer', defect: (wb) => (addRow(wb, 'Nycklar', ['B', 'Bolag', 10, 1]), at(wb, 'Nycklar', 4, 'Kund', ['"B"', 'rad 2'])) },
  { name: 'duplicate customer, other case and spaces', defect: (wb) => (addRow(wb, 'Nycklar', [' b ', 'Bolag', 10, 1]), at(wb, 'Nycklar', 4, 'Kund', ['b', 'rad 2'])) },
  {
    name: 'duplicate service',
    defect: (wb) => (addRow(wb, 'Tjänster', ['Kassa', 'Ekonomi', null, 'Bastjänst', 'Fast', 'Anställda', null, null, 0]), tjanst(wb, 5, 'Tjänst', ['Kassa', 'rad 1'])),
  },

  // Bad cell values.
  { name: 'negative volume', defect: (wb) => (set(wb, 'Volymer', 3, 'Volym', -5), at(wb, 'Volymer', 3, 'Volym', ['-5'])) },
  { name: 'text "abc" in a number cell', defect: (wb) => (set(wb, 'Kostnader', 2, 'Belopp', 'abc'), at(wb, 'Kostnader', 2, 'Belopp', ['abc'])) },
  { name: 'ambiguous "1,234"', defect: (wb) => (set(wb, 'Volymer', 1, 'Volym', '1,234'), at(wb, 'Volymer', 1, 'Volym', ['1,234'])) },
  { name: '#N/A in a key', defect: (wb) => (set(wb, 'Nycklar', 2, 'Omsättning', { error: '#N/A' }), at(wb, 'Nycklar', 2, 'Omsättning', ['#N/A'])) },
  { name: '#DIV/0! in a cost', defect: (wb) => (set(wb, 'Kostnader', 3, 'Belopp', { error: '#DIV/0!' }), at(wb, 'Kostnader', 3, 'Belopp', ['#DIV/0!'])) },
  { name: 'unknown Prismodell', defect: (wb) => (set(wb, 'Tjänster', 1, 'Prismodell', 'Fastpris'), tjanst(wb, 1, 'Prismodell', ['Fastpris'])) },
  { name: 'unknown Tjänstetyp', defect: (wb) => (set(wb, 'Tjänster', 2, 'Tjänstetyp', 'Grundtjänst'), tjanst(wb, 2, 'Tjänstetyp', ['Grundtjänst'])) },

  // Keys and payers.
  { name: 'unknown key on a Fast service', defect: (wb) => (set(wb, 'Tjänster', 1, 'Nyckel', 'Invånare'), tjanst(wb, 1, 'Nyckel', ['Invånare'])) },
  {
    name: 'Fast service whose key is 0 for every sharer',
    defect: (wb) => {
      addColumn(wb, 'Nycklar', 'Invånare', [0, 0, null]);
      set(wb, 'Tjänster', 1, 'Nyckel', 'Invånare');
      return tjanst(wb, 1, 'Nyckel', ['Kassa', 'Invånare']);
    },
  },
  { name: 'Direkt with unknown Betalare', defect: (wb) => (set(wb, 'Tjänster', 4, 'Betalare', 'Kommunstyrelsen'), tjanst(wb, 4, 'Betalare', ['Kommunstyrelsen'])) },
  {
    name: 'Blandad without Fast andel',
    defect: (wb) => {
      addColumn(wb, 'Tjänster', 'Fast andel', []);
      set(wb, 'Tjänster', 2, 'Prismodell', 'Blandad');
      set(wb, 'Tjänster', 2, 'Nyckel', 'Omsättning');
      return tjanst(wb, 2, 'Fast andel', ['Lev']);
    },
  },

  // Packages.
  {
    name: 'overlapping Paket bands',
    defect: (wb) => (levAsPaket(wb, [['Lev', 0, 100, 1000], ['Lev', 50, 200, 2000]]), at(wb, 'Paket', 2, 'Från volym', ['Lev', '50', '0–100'])),
  },
  {
    name: 'a gap between Paket bands',
    defect: (wb) => (levAsPaket(wb, [['Lev', 0, 100, 1000], ['Lev', 150, null, 2000]]), at(wb, 'Paket', 2, 'Från volym', ['Lev', '100', '150'])),
  },
  { name: 'Paket service without bands', defect: (wb) => (set(wb, 'Tjänster', 2, 'Prismodell', 'Paket'), tjanst(wb, 2, 'Prismodell', ['Lev'])) },

  // Composite keys (the table as Excel names it, with an underscore).
  {
    name: 'composite key weights not summing to 1',
    defect: (wb) => {
      wb.push(table('Sammansatta_nycklar', ['Nyckel', 'Delnyckel', 'Vikt'], [['Mix', 'Omsättning', 0.5], ['Mix', 'Anställda', 0.4]]));
      return at(wb, 'Sammansatta_nycklar', 1, 'Vikt', ['Mix', '0,9']);
    },
  },
  {
    name: 'unknown Delnyckel',
    defect: (wb) => {
      wb.push(table('Sammansatta_nycklar', ['Nyckel', 'Delnyckel', 'Vikt'], [['Mix', 'Omsättning', 0.5], ['Mix', 'Invånare', 0.5]]));
      return at(wb, 'Sammansatta_nycklar', 2, 'Delnyckel', ['Invånare']);
    },
  },

  // Deviations.
  {
    name: 'unknown deviation type in Avvikelser',
    defect: (wb) => {
      wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'Lev', 50]]));
      wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Lev', 'Makulering', 2]]));
      return at(wb, 'Avvikelser', 1, 'Avvikelse', ['Makulering']);
    },
  },
  {
    // Lev's full cost is 2 600 kr; 30 reminders at 100 kr cost 3 000 kr.
    name: 'deviations costing more than the service',
    defect: (wb) => {
      wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'Lev', 100]]));
      wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'Lev', 'Påminnelse', 30]]));
      return tjanst(wb, 2, 'Tjänst', ['Lev', '3\u00a0000', '2\u00a0600']);
    },
  },
  {
    name: 'Minuter without the setting Timkostnad',
    defect: (wb) => {
      wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck', 'Minuter'], [['Påminnelse', 'Lev', null, 5]]));
      return at(wb, 'Avvikelsetyper', 1, 'Minuter', ['Timkostnad']);
    },
  },

  // Cost spreading.
  { name: 'unknown driver in Fördelas efter', defect: (wb) => (set(wb, 'Kostnader', 5, 'Fördelas efter', 'Timmar'), at(wb, 'Kostnader', 5, 'Fördelas efter', ['Timmar'])) },
  {
    name: 'a pool whose driver is 0 for every service',
    defect: (wb) => {
      addColumn(wb, 'Tjänster', 'Timmar', [0, 0, null, 0]);
      set(wb, 'Kostnader', 5, 'Fördelas efter', 'Timmar');
      return at(wb, 'Kostnader', 5, 'Fördelas efter', ['Timmar', 'Nämnd och administration']);
    },
  },

  // Volumes.
  {
    name: 'Styck service with no volume',
    defect: (wb) => {
      const v = get(wb, 'Volymer');
      v.rows = v.rows.filter((r) => r[1] !== 'Lev');
      return tjanst(wb, 2, 'Prismodell', ['Lev']);
    },
  },

  // Settings.
  {
    name: 'Avvikelsemetod "X"',
    defect: (wb) => (wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Avvikelsemetod', 'X']])), at(wb, 'Inställningar', 1, 'Värde', ['"X"'])),
  },
  {
    name: 'Avvikelsevikt 2',
    defect: (wb) => (wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Budgetår', 2027], ['Avvikelsevikt', 2]])), at(wb, 'Inställningar', 2, 'Värde', ['2', '1'])),
  },
];

/** The mini workbook has no Budgetår, which Fakturaunderlag warns about; the cases here are about other things. */
function isBudgetYearWarning(row: Record<string, unknown>): boolean {
  return row['Tabell'] === 'Inställningar' && String(row['Meddelande']).startsWith('Budgetår saknas');
}

describe('bad workbooks: one defect each', () => {
  it('the unchanged mini workbook is fine (so every error below comes from the defect)', () => {
    const result = run(miniWorkbook());
    expect(result.ok).toBe(true);
    // It has no Inställningar, so Fakturaunderlag's periods lack a year: the one warning.
    expect(result.problems.map((p) => p.code)).toEqual(['missing-budget-year']);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const wb = miniWorkbook();
    const expected = c.defect(wb);
    const result = run(wb);
    expect(result.ok).toBe(false);
    expect(result.calculation).toBeNull();
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const rows = output(result, 'Kontroller');
    const found = findError(rows, expected);
    if (!found) {
      throw new Error(`no error ${JSON.stringify(expected)} among:\n${errors(result).join('\n')}`);
    }
    if (!c.cascades) expect(errors(result)).toHaveLength(1);
  });
});

describe('names repeated on consecutive rows (the reader resolves each spelling once)', () => {
  it('an unknown name is reported on every row it is on, and the row after it still resolves', () => {
    const wb = miniWorkbook();
    // Volymer rows 1–2 (Lev A, Lev B) both name an unknown customer; row 3 names C again.
    set(wb, 'Volymer', 1, 'Kund', 'Okänd kund');
    set(wb, 'Volymer', 2, 'Kund', 'Okänd kund');
    const result = run(wb);
    const rows = output(result, 'Kontroller');
    expect(findError(rows, at(wb, 'Volymer', 1, 'Kund', ['Okänd kund']))).toBeDefined();
    expect(findError(rows, at(wb, 'Volymer', 2, 'Kund', ['Okänd kund']))).toBeDefined();
    expect(errors(result)).toHaveLength(2);
  });

  it('a known customer after an unknown one on the same service still has its volume read', () => {
    // Row 2 (B, Lev) names an unknown customer; row 3 (C, Lev) follows with the same service.
    const wb = miniWorkbook();
    set(wb, 'Volymer', 2, 'Kund', 'Okänd kund');
    const { model, problems } = readModel(wb);
    expect(problems.items.filter((p) => p.level === 'error').map((p) => [p.code, p.row])).toEqual([['unknown-customer', 2]]);
    expect(model.volumes.get('Lev')?.get('C')?.volume.toFixed()).toBe('40');
    expect([...(model.volumes.get('Lev')?.keys() ?? [])]).toEqual(['A', 'C']);
  });
});

describe('near misses that are not defects', () => {
  it('accepts Paket bands in whole steps (0–100, 101–) and prices by band', () => {
    const wb = miniWorkbook();
    levAsPaket(wb, [['Lev', 0, 100, 1000], ['Lev', 101, null, 2000]]);
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    // Lev volumes A 100, B 60, C 40 all fall in 0–100: 1 000 kr each.
    const lev = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Lev');
    expect(Object.fromEntries(lev.map((r) => [r['Kund'], r['Belopp']]))).toEqual({ A: 1000, B: 1000, C: 1000 });
  });

  it('accepts Paket bands sharing a boundary (0–100, 100–), the boundary in the lower band', () => {
    const wb = miniWorkbook();
    levAsPaket(wb, [['Lev', 0, 100, 1000], ['Lev', 100, null, 2000]]);
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    expect(output(result, 'Fördelning').find((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Lev')?.['Belopp']).toBe(1000);
  });

  it('reads "12,5 %" as 0,125 with a warning', () => {
    // Lev Blandad with Fast andel "12,5 %": of 2 600 kr, 325 keyed by Omsättning 6/3/1 (195/97,5/32,5)
    // and 2 275 per faktura over 200 = 11,375 -> 11,38 kr.
    const wb = miniWorkbook();
    addColumn(wb, 'Tjänster', 'Fast andel', [null, '12,5 %', null, null]);
    set(wb, 'Tjänster', 2, 'Prismodell', 'Blandad');
    set(wb, 'Tjänster', 2, 'Nyckel', 'Omsättning');
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const w = output(result, 'Kontroller').filter((r) => r['Nivå'] === 'Varning' && !isBudgetYearWarning(r));
    expect(w).toEqual([expect.objectContaining({ Tabell: 'Tjänster', Rad: 2, Kolumn: 'Fast andel', Cell: 'Tjänster!J3' })]);
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Lev')).toMatchObject({ 'Fast del': 325, 'Rörlig del': 2275, Pris: 11.38 });
    // Keyed 195 / 97,5 / 32,5: floors 195 + 97 + 32 = 324, the krona left goes to the B/C tie by
    // name: B 98, C 32. Units: A 1 138, B 682,80 -> 683, C 455,20 -> 455.
    const lev = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Lev');
    expect(Object.fromEntries(lev.map((r) => [r['Kund'], r['Belopp']]))).toEqual({ A: 195 + 1138, B: 98 + 683, C: 32 + 455 });
  });
});

describe('several defects at once', () => {
  it('reports one error per defect found while reading, all in one pass', () => {
    const wb = miniWorkbook();
    set(wb, 'Volymer', 1, 'Kund', 'Okänd kund');
    set(wb, 'Volymer', 3, 'Volym', -5);
    set(wb, 'Kostnader', 2, 'Belopp', 'abc');
    set(wb, 'Tjänster', 3, 'Prismodell', 'Timpris');
    set(wb, 'Nycklar', 3, 'Anställda', { error: '#N/A' });
    wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Avvikelsevikt', 2]]));
    const expected: Expected[] = [
      at(wb, 'Volymer', 1, 'Kund', ['Okänd kund']),
      at(wb, 'Volymer', 3, 'Volym', ['-5']),
      at(wb, 'Kostnader', 2, 'Belopp', ['abc']),
      tjanst(wb, 3, 'Prismodell', ['Timpris']),
      at(wb, 'Nycklar', 3, 'Anställda', ['#N/A']),
      at(wb, 'Inställningar', 1, 'Värde', ['2']),
    ];
    const result = run(wb);
    expect(result.ok).toBe(false);
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const rows = output(result, 'Kontroller');
    for (const e of expected) expect(findError(rows, e)).toBeDefined();
    expect(errors(result)).toHaveLength(expected.length);
  });

  it('reports one error per defect found while calculating, all in one pass', () => {
    const wb = miniWorkbook();
    // Lev has no volume; Kassa's key is 0 for everyone; the pool's driver is 0 everywhere.
    const v = get(wb, 'Volymer');
    v.rows = v.rows.filter((r) => r[1] !== 'Lev');
    addColumn(wb, 'Nycklar', 'Invånare', [0, 0, 0]);
    set(wb, 'Tjänster', 1, 'Nyckel', 'Invånare');
    addColumn(wb, 'Tjänster', 'Timmar', [0, 0, 0, 0]);
    set(wb, 'Kostnader', 5, 'Fördelas efter', 'Timmar');
    const expected: Expected[] = [
      tjanst(wb, 2, 'Prismodell', ['Lev']),
      tjanst(wb, 1, 'Nyckel', ['Kassa', 'Invånare']),
      at(wb, 'Kostnader', 5, 'Fördelas efter', ['Timmar']),
    ];
    const result = run(wb);
    expect(result.ok).toBe(false);
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const rows = output(result, 'Kontroller');
    for (const e of expected) expect(findError(rows, e)).toBeDefined();
    expect(errors(result)).toHaveLength(expected.length);
  });
});

describe('warnings do not stop the calculation', () => {
  function warningsOf(result: ReturnType<typeof run>): Kontroll[] {
    return output(result, 'Kontroller').filter((r) => r['Nivå'] === 'Varning' && !isBudgetYearWarning(r));
  }

  function expectCalculated(result: ReturnType<typeof run>): void {
    expect(errors(result)).toEqual([]);
    expect(result.ok).toBe(true);
    // Every output of the contract, in the contract's order.
    expect(result.outputs.map((o) => o.name)).toEqual([...OUTPUT_TABLE_NAMES]);
  }

  const amount = (result: ReturnType<typeof run>, kund: string, tjanst: string) =>
    output(result, 'Fördelning').find((r) => r['Kund'] === kund && r['Tjänst'] === tjanst)?.['Belopp'];

  it('accepts the number written as text "1 234,50" with a warning naming the cell', () => {
    const wb = miniWorkbook();
    set(wb, 'Kostnader', 4, 'Belopp', '1 234,50'); // Uppdrag's direct cost
    const result = run(wb);
    expectCalculated(result);
    const w = warningsOf(result);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ Tabell: 'Kostnader', Rad: 4, Kolumn: 'Belopp', Cell: 'Kostnader!C5' });
    expect(w[0]?.['Meddelande']).toContain('1 234,50');
    // Uppdrag: 1 234,50 + its pool share 400 = 1 634,50, rounded half away from zero to 1 635,
    // all of it paid by A (Direkt).
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Uppdrag')?.['Självkostnad']).toBe(1635);
    expect(amount(result, 'A', 'Uppdrag')).toBe(1635);
  });

  it('warns about an unknown setting and ignores it', () => {
    const wb = miniWorkbook();
    wb.push(table('Inställningar', ['Parameter', 'Värde'], [['Valuta', 'SEK']]));
    const result = run(wb);
    expectCalculated(result);
    const w = warningsOf(result);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ Tabell: 'Inställningar', Rad: 1, Kolumn: 'Parameter', Cell: 'Inställningar!A2' });
    expect(w[0]?.['Meddelande']).toContain('Valuta');
    expect(amount(result, 'A', 'Kassa')).toBe(810); // as in the mini workbook
  });

  it('warns about a negative cost row and lets it reduce the cost', () => {
    const wb = miniWorkbook();
    addRow(wb, 'Kostnader', ['Uppdrag', 'Övrigt', -100, null]);
    const result = run(wb);
    expectCalculated(result);
    const w = warningsOf(result);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ Tabell: 'Kostnader', Rad: 7, Kolumn: 'Belopp', Cell: 'Kostnader!C8' });
    expect(w[0]?.['Meddelande']).toContain('Uppdrag');
    // Uppdrag: 500 − 100 + 400 = 800.
    expect(amount(result, 'A', 'Uppdrag')).toBe(800);
  });

  it('sums duplicate volume rows with a warning', () => {
    const wb = miniWorkbook();
    addRow(wb, 'Volymer', ['A', 'Lev', 20]);
    const result = run(wb);
    expectCalculated(result);
    const w = warningsOf(result);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ Tabell: 'Volymer', Rad: 6, Kolumn: 'Volym', Cell: 'Volymer!C7' });
    expect(w[0]?.['Meddelande']).toContain('rad 1');
    // Lev: 2 600 kr over 100 + 20 + 60 + 40 = 220 fakturor = 11,8181… -> 11,82 kr.
    // A 120 × 11,82 = 1 418,40 -> 1 418; B 60 × 11,82 = 709,20 -> 709; C 40 × 11,82 = 472,80 -> 473.
    const lev = output(result, 'Prislista').find((r) => r['Tjänst'] === 'Lev');
    expect(lev).toMatchObject({ Volym: 220, Pris: 11.82, Intäkt: 1418 + 709 + 473 });
    expect(output(result, 'Fördelning').find((r) => r['Kund'] === 'A' && r['Tjänst'] === 'Lev')).toMatchObject({ Underlag: 120, Belopp: 1418 });
    expect([amount(result, 'B', 'Lev'), amount(result, 'C', 'Lev')]).toEqual([709, 473]);
  });
});

describe('blank rows', () => {
  it('are skipped, anywhere in any table', () => {
    const wb = miniWorkbook();
    get(wb, 'Volymer').rows.splice(1, 0, [null, null, null]);
    get(wb, 'Nycklar').rows.splice(1, 0, ['', '  ', null, null]);
    get(wb, 'Tjänster').rows.push(Array(9).fill(null));
    addRow(wb, 'Kostnader', [' ', null, '', null]);
    const result = run(wb);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(['missing-budget-year']);
    const totals = Object.fromEntries(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']]));
    expect(totals).toEqual({ A: 810 + 1300 + 875 + 900, B: 405 + 780 + 375, C: 135 + 520 }); // mini.test.ts
  });

  it('still count in the row numbers of later rows', () => {
    const wb = miniWorkbook();
    get(wb, 'Volymer').rows.splice(1, 0, [null, null, null]); // the blank is data row 2
    set(wb, 'Volymer', 4, 'Volym', -1); // was row 3 (C, Lev)
    const result = run(wb);
    expect(findError(output(result, 'Kontroller'), at(wb, 'Volymer', 4, 'Volym', ['-1']))).toBeDefined();
    expect(cellOf(wb, 'Volymer', 4, 'Volym')).toBe('Volymer!C5');
  });
});

describe('table and column names match case-insensitively, surrounding spaces ignored', () => {
  const MINI_TOTALS = { A: 810 + 1300 + 875 + 900, B: 405 + 780 + 375, C: 135 + 520 }; // mini.test.ts

  it('finds tables and columns written in other case with spaces around', () => {
    const wb = miniWorkbook();
    const rename: Record<string, string> = { Nycklar: ' nycklar ', Tjänster: 'TJÄNSTER', Kostnader: 'Kostnader  ', Volymer: ' VOLYMER' };
    wb.forEach((t, i) => {
      t.name = rename[t.name] ?? t.name;
      t.headers = t.headers.map((h) => (i % 2 === 0 ? `  ${h.toLocaleUpperCase('sv-SE')} ` : ` ${h.toLocaleLowerCase('sv-SE')}`));
    });
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    expect(result.ok).toBe(true);
    const totals = Object.fromEntries(output(result, 'Kundsammanställning').map((r) => [r['Kund'], r['Totalt']]));
    expect(totals).toEqual(MINI_TOTALS);
  });

  // Kassa keyed by Mix = ½ Omsättning + ½ Anställda:
  //   A ½ × 600/1000 + ½ × 30/100 = 0,45; B ½ × 0,3 + ½ × 0,6 = 0,45; C ½ × 0,1 + ½ × 0,1 = 0,1.
  //   1 350 kr: A 607,5, B 607,5, C 135. Largest remainder: 607 + 607 + 135 = 1 349, the one
  //   krona left goes to the tie A/B broken by name: A 608, B 607, C 135.
  it.each(['Sammansatta_nycklar', 'SammansattaNycklar', ' sammansatta nycklar ', 'Sammansatta nycklar'])('reads "%s" as Sammansatta nycklar', (name) => {
    const wb = miniWorkbook();
    wb.push(table(name, ['Nyckel', 'Delnyckel', 'Vikt'], [['Mix', 'Omsättning', 0.5], ['Mix', 'Anställda', 0.5]]));
    set(wb, 'Tjänster', 1, 'Nyckel', 'Mix');
    const result = run(wb);
    expect(errors(result)).toEqual([]);
    const kassa = output(result, 'Fördelning').filter((r) => r['Tjänst'] === 'Kassa');
    expect(Object.fromEntries(kassa.map((r) => [r['Kund'], r['Belopp']]))).toEqual({ A: 608, B: 607, C: 135 });
    expect(kassa.find((r) => r['Kund'] === 'A')?.['Andel']).toBeCloseTo(0.45, 12);
  });
});
