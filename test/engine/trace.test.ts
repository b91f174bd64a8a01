import fc from 'fast-check';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { Calculation } from '../../src/engine/calc/calculate';
import { traceAll, traceCharge, traceCustomer, traceLineCount, type ChargeTrace } from '../../src/engine/calc/trace';
import { rowBlocks } from '../../src/engine/output';
import { ProblemList } from '../../src/engine/read/problemList';
import { customerTraceTable, lineRow, traceTable, TRACE_LIMIT } from '../../src/engine/report/trace';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, output, run, table } from './helpers';
import { toTables, workbookSpec } from './workbookArbitrary';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

function calculation(tables: RawTable[]): Calculation {
  const result = run(tables);
  if (!result.ok || !result.calculation) throw new Error(errors(result).join('\n'));
  return result.calculation;
}

function traced(calc: Calculation, customer: string, service: string): ChargeTrace {
  const t = traceCharge(calc, customer, service);
  if (!t) throw new Error(`${customer} is not charged for ${service}`);
  return t;
}

/** [part, Kostnader row or deviation type, kronor] per line. */
function lines(calc: Calculation, t: ChargeTrace): [string, number | string | null, number][] {
  return t.lines.map((l) => [l.part, l.cost?.row ?? l.deviation?.type ?? null, calc.money.toNumber(l.amount)]);
}

function withRows(tables: RawTable[], name: string, rows: CellValue[][], headers?: string[]): RawTable[] {
  const found = tables.find((t) => t.name === name);
  if (!found) return [...tables, table(name, headers ?? [], rows)];
  return tables.map((t) => (t.name === name ? { ...t, rows: [...t.rows, ...rows] } : t));
}

describe('Spårning on the hand-worked mini workbook (test/engine/mini.test.ts)', () => {
  // Kostnader rows: 1 Kassa 1 000, 2 Lev 2 000, 3 Kundres 1 000, 4 Uppdrag 500, 5 Nämnd och
  // administration 1 000 by Årsarbetare (2/3/1/4 of 10), 6 Ekonomi 600 by direct cost (1/2/1 of 4).
  const calc = calculation(miniWorkbook());

  it('A’s Kassa (Fast, 600 of 1 000 Omsättning = 810 kr) over Kassa’s 1 000 + 200 + 150 = 1 350: 600, 120, 90', () => {
    const t = traced(calc, 'A', 'Kassa');
    expect(lines(calc, t)).toEqual([
      ['fixed', 1, 600],
      ['fixed', 5, 120],
      ['fixed', 6, 90],
    ]);
    const [direct, pool, area] = t.lines.map((l) => l.cost!);
    expect(direct).toMatchObject({ object: 'Kassa', level: 'service', driver: null, costType: 'Personal' });
    expect(pool).toMatchObject({ object: 'Nämnd och administration', level: 'pool', driver: 'Årsarbetare', costType: 'Lokaler' });
    expect(pool!.serviceAmount.toNumber()).toBe(200);
    expect(pool!.serviceShare!.part.div(pool!.serviceShare!.whole).toNumber()).toBe(0.2);
    expect(area).toMatchObject({ object: 'Ekonomi', level: 'area', driver: 'Direkt kostnad' });
    expect(area!.serviceShare!.part.div(area!.serviceShare!.whole).toNumber()).toBe(0.25);
    expect(t.charge.share!.part.toNumber()).toBe(600);
  });

  it('A’s Kundres (7 h × 125 kr = 875) over 1 000 + 100 + 150 = 1 250: 700, 70, 105; A’s Uppdrag (Direkt 900): 500, 400', () => {
    expect(lines(calc, traced(calc, 'A', 'Kundres'))).toEqual([
      ['variable', 3, 700],
      ['variable', 5, 70],
      ['variable', 6, 105],
    ]);
    expect(lines(calc, traced(calc, 'A', 'Uppdrag'))).toEqual([
      ['fixed', 4, 500],
      ['fixed', 5, 400],
    ]);
  });

  it('every customer’s trace sums to its Fördelning amount; a service it does not use has none', () => {
    const alloc = output(run(miniWorkbook()), 'Fördelning');
    for (const row of alloc) {
      const t = traced(calc, String(row['Kund']), String(row['Tjänst']));
      expect(calc.money.toNumber(t.lines.reduce((a, l) => a + l.amount, 0))).toBe(row['Belopp']);
    }
    expect(traceCharge(calc, 'C', 'Kundres')).toBeNull();
    expect(traceCustomer(calc, 'C').map((t) => t.service.name)).toEqual(['Kassa', 'Lev']);
    // names match as the workbook matches them
    expect(traceCharge(calc, ' a ', 'KASSA')?.customer).toBe('A');
  });

  it('with a deviation: A’s 20 reminders at 5 kr are carved out of Lev (2 600 − 100 = 2 500 over 200 invoices = 12,50)', () => {
    let tables = withRows(miniWorkbook(), 'Avvikelsetyper', [['Påminnelse', 'Lev', 5]], ['Avvikelse', 'Tjänst', 'Kostnad per styck']);
    tables = withRows(tables, 'Avvikelser', [['A', 'Lev', 'Påminnelse', 20]], ['Kund', 'Tjänst', 'Avvikelse', 'Antal']);
    const c = calculation(tables);
    const t = traced(c, 'A', 'Lev');
    // 1 250 over 2 000 : 300 : 300 = 961,54 + 144,23 + 144,23: floors 1 249, the krona left to
    // the largest remainder (row 2); then the surcharge, 20 × 5 kr.
    expect(lines(c, t)).toEqual([
      ['variable', 2, 962],
      ['variable', 5, 144],
      ['variable', 6, 144],
      ['deviation', 'Påminnelse', 100],
    ]);
    const dev = t.lines[3]!.deviation!;
    expect([dev.count?.toNumber(), dev.unitCost?.toNumber()]).toEqual([20, 5]);
    expect(c.money.toNumber(t.charge.amount)).toBe(1350);
  });
});

describe('Spårning: the cases the split has to handle', () => {
  it('a negative cost row (income) takes its share as a negative line, and the lines still sum to the charge', () => {
    // S: 1 000 direct, and −150 of the −300 income row by Årsarbetare 1 : 1 -> 850. A pays 283,
    // B 567 (850 × 1/3 and 2/3, the krona to the larger remainder). A: N = ROUND(283 × 150 / 850)
    // = ROUND(49,94) = 50, so row 1 takes 333 and row 3 −50; B: ROUND(100,06) = 100: 667 and −100.
    const c = calculation([
      table('Nycklar', ['Kund', 'Omsättning'], [['A', 1], ['B', 2]]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Årsarbetare'], [
        ['S', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 1],
        ['T', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 1],
      ]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], [['S', 1000, null], ['T', 1000, null], ['Intäkter', -300, 'Årsarbetare']]),
    ]);
    expect(lines(c, traced(c, 'A', 'S'))).toEqual([['fixed', 1, 333], ['fixed', 3, -50]]);
    expect(lines(c, traced(c, 'B', 'S'))).toEqual([['fixed', 1, 667], ['fixed', 3, -100]]);
  });

  it('Nyckelviktning: a customer without deviations of its own gets its discount as a line without a type', () => {
    // Keys 1 and 1, A has 10 events at 1 kr. Weights (α = ½): A 1 × ½ × 10 + 10 × ½ × 2 = 15,
    // B 5: A pays 750, B 250 of 1 000; plain keys 500 each, so A +250 (Påminnelse), B −250.
    const c = calculation([
      table('Nycklar', ['Kund', 'Omsättning'], [['A', 1], ['B', 1]]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel'], [['S', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning']]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['S', 1000]]),
      table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', 'S', 1]]),
      table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], [['A', 'S', 'Påminnelse', 10]]),
      table('Inställningar', ['Parameter', 'Värde'], [['Avvikelsemetod', 'Nyckelviktning']]),
    ]);
    const a = traced(c, 'A', 'S');
    const b = traced(c, 'B', 'S');
    expect([a.weighted, lines(c, a)]).toEqual([true, [['fixed', 1, 500], ['deviation', 'Påminnelse', 250]]]);
    expect(lines(c, b)).toEqual([['fixed', 1, 500], ['deviation', null, -250]]);
    const rows = customerTraceTable(c, 'B')!;
    const grund = rows.columns.findIndex((col) => col.header === 'Grund');
    expect(rows.rows.map((r) => r[grund])).toEqual(['Nyckel: Omsättning', 'Nyckelviktning']);
  });

  it('pools that serve each other (Poolutbyte): a pool row reaches the service through each pool, one line each', () => {
    // test/engine/reciprocal-pools.test.ts works it out: A's full cost 39 000 000/49 is IT's row
    // through IT 30 000 000/49 and through Administration 1 800 000/49, Administration's row
    // through IT 1 800 000/49 and through itself 5 400 000/49 (50 : 3 : 3 : 9). K pays A's
    // 795 918: 612 244,6 + 36 734,7 + 36 734,7 + 110 204,0 -> floors 795 916, the two kronor left
    // to the two largest remainders (the 3/65 parts).
    const c = calculation([
      table('Nycklar', ['Kund', 'Omsättning'], [['K', 1]]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Datorer', 'Årsarbetare'], [
        ['A', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 3, 1],
        ['B', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 1, 4],
      ]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], [['IT', 1_000_000, 'Datorer'], ['Administration', 600_000, 'Årsarbetare']]),
      table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [['IT', 'Administration', 0.2], ['Administration', 'IT', 0.1]]),
    ]);
    const t = traced(c, 'K', 'A');
    const got = t.lines.map((l) => [l.cost!.row, l.cost!.via, l.cost!.driver, c.money.toNumber(l.amount)]);
    expect(got.sort()).toEqual(
      [
        [1, null, 'Datorer', 612_244],
        [1, 'Administration', 'Årsarbetare', 36_735],
        [2, 'IT', 'Datorer', 36_735],
        [2, null, 'Årsarbetare', 110_204],
      ].sort(),
    );
    const rows = customerTraceTable(c, 'K', 'A')!;
    const via = rows.columns.findIndex((col) => col.header === 'Genom pool');
    expect(rows.rows.map((r) => r[via]).sort()).toEqual(['Administration', 'IT', null, null].sort());
  });

  it('a decided price on a service without costs is one line without a cost row', () => {
    const c = calculation([
      table('Nycklar', ['Kund'], [['A']]),
      table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Fastställt pris'], [
        ['Kurs', 'Ekonomi', 'Tilläggstjänst', 'Styck', 1000],
        ['Lev', 'Ekonomi', 'Bastjänst', 'Styck', null],
      ]),
      table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['Lev', 500]]),
      table('Volymer', ['Kund', 'Tjänst', 'Volym'], [['A', 'Kurs', 3], ['A', 'Lev', 10]]),
    ]);
    const t = traced(c, 'A', 'Kurs');
    expect(lines(c, t)).toEqual([['variable', null, 3000]]);
    expect(t.lines[0]!.cost).toBeNull();
  });
});

describe('the Spårning table and its bound', () => {
  const result = run(exampleTables());
  const calc = result.calculation!;

  it('the example workbook: one row per trace line, 3 308 in all; each charge’s rows sum to its Belopp', () => {
    const rows = output(result, 'Spårning');
    expect(rows.length).toBe(traceLineCount(calc));
    expect(rows.length).toBe(3308);
    expect(TRACE_LIMIT).toBeGreaterThan(rows.length);
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(`${r['Kund']}|${r['Tjänst']}`, (sums.get(`${r['Kund']}|${r['Tjänst']}`) ?? 0) + Number(r['Belopp']));
    const alloc = output(result, 'Fördelning');
    expect(sums.size).toBe(alloc.length);
    for (const a of alloc) expect([a['Kund'], a['Tjänst'], sums.get(`${a['Kund']}|${a['Tjänst']}`)]).toEqual([a['Kund'], a['Tjänst'], a['Belopp']]);
  });

  // The example sets Spårning = Ja; the default is a blank setting.
  const byDefault = calculation(exampleTables().map((t) => (t.name === 'Inställningar' ? { ...t, rows: t.rows.filter((r) => r[0] !== 'Spårning') } : t)));

  it('left blank, it is written while under the bound (the example’s 3 308 rows are)', () => {
    expect(byDefault.model.settings.trace).toBeNull();
    expect(traceTable(byDefault, new ProblemList()).rows.length).toBe(3308);
  });

  it('over the bound it is written empty with a warning that says how to get one customer’s trace', () => {
    const problems = new ProblemList();
    const t = traceTable(byDefault, problems, 1000);
    expect(t.rows).toEqual([]);
    expect(problems.items).toEqual([
      expect.objectContaining({ level: 'warning', code: 'trace-skipped', table: 'Inställningar', message: expect.stringMatching(/3\u00a0308 rader.*Spårning = Ja.*intaktsmodell trace ARBETSBOK\.xlsx --customer KUND/) }),
    ]);
  });

  it('Spårning = Nej writes it empty without a warning; Ja writes it whatever the bound', () => {
    const setting = (value: string) => calculation(exampleTables().map((t) => (t.name === 'Inställningar' ? { ...t, rows: [...t.rows.filter((r) => r[0] !== 'Spårning'), ['Spårning', value]] } : t)));
    const problems = new ProblemList();
    expect(traceTable(setting('Nej'), problems).rows).toEqual([]);
    expect(traceTable(setting('ja'), problems, 10).rows.length).toBe(3308);
    expect(problems.items).toEqual([]);
  });

  it('a bad value of Spårning is an error naming the allowed values', () => {
    const bad = run(exampleTables().map((t) => (t.name === 'Inställningar' ? { ...t, rows: [...t.rows.filter((r) => r[0] !== 'Spårning'), ['Spårning', 'Kanske']] } : t)));
    expect(errors(bad).join('\n')).toMatch(/"Kanske" är inte ett giltigt värde. Tillåtna värden: Ja, Nej/);
  });
});

describe('Spårning over random valid workbooks', () => {
  it('every charge’s lines sum exactly to its amount, and every cost line names one of the service’s cost rows', () => {
    fc.assert(
      fc.property(workbookSpec(), (spec) => {
        const calc = calculation(toTables(spec));
        let count = 0;
        for (const t of traceAll(calc)) {
          count += t.lines.length;
          const total = t.lines.reduce((a, l) => a + l.amount, 0);
          expect([t.customer, t.service.name, total]).toEqual([t.customer, t.service.name, t.charge.amount + 0]);
          const byPart = (part: string) => t.lines.filter((l) => l.part === part).reduce((a, l) => a + l.amount, 0);
          // (+ 0 turns the engine's −0, a zero unit charge, into 0.)
          expect([byPart('fixed'), byPart('variable'), byPart('deviation')]).toEqual([t.charge.keyed + 0, t.charge.unit + 0, t.charge.surcharge + 0]);
          const rows = new Set((calc.fullCost.parts.get(t.service.name) ?? []).map((p) => p.row.row));
          for (const l of t.lines) if (l.cost) expect(rows.has(l.cost.row)).toBe(true);
        }
        expect(count).toBe(traceLineCount(calc));
      }),
      RUNS,
    );
  });

  it('the Spårning table (made without line objects) is traceAll’s lines row by row', () => {
    fc.assert(
      fc.property(workbookSpec(), (spec) => {
        const calc = calculation(toTables(spec));
        const expected = [...traceAll(calc)].flatMap((t) => t.lines.map((line) => lineRow(calc, t, line)));
        const table = traceTable(calc, new ProblemList(), Number.MAX_SAFE_INTEGER);
        // Made as a writer takes it, block by block, and as the rows read whole.
        expect(table.stream?.count).toBe(expected.length);
        expect([...rowBlocks(table)].flat()).toEqual(expected);
        expect(table.rows).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('with an income row (a negative pool) as well, the lines still sum exactly', () => {
    fc.assert(
      fc.property(workbookSpec(), fc.integer({ min: 1, max: 100_000_000 }), (spec, ore) => {
        const tables = withRows(toTables(spec), 'Kostnader', [['Återbetalning', 'Övrigt', -ore / 100, null]]);
        const result = run(tables);
        // Income larger than a service's cost makes its full cost negative: an error, not a case here.
        fc.pre(result.ok);
        for (const t of traceAll(result.calculation!)) {
          expect([t.customer, t.service.name, t.lines.reduce((a, l) => a + l.amount, 0)]).toEqual([t.customer, t.service.name, t.charge.amount + 0]);
        }
      }),
      RUNS,
    );
  });
});
