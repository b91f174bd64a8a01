import type { CellValue, RawTable } from '../../src/engine/cells';
import type { Problem } from '../../src/engine/problems';
import { MistypedNames, allowedMistakes } from '../../src/engine/read/mistypedNames';
import { exampleTables } from '../../src/example';
import { errors, miniWorkbook, output, run, table } from './helpers';

// Pools must be deliberate (issue 12). Figures below are worked out by hand from
// src/example/costs.ts and services/*.ts, and from the mini workbook (test/engine/helpers.ts).

function get(tables: RawTable[], name: string): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function set(tables: RawTable[], name: string, row: number, header: string, value: CellValue): void {
  const t = get(tables, name);
  (t.rows[row - 1] as CellValue[])[t.headers.indexOf(header)] = value;
}

const without = (tables: RawTable[], name: string) => tables.filter((t) => t.name !== name);

function only(problems: Problem[], level: 'error' | 'warning'): Problem[] {
  return problems.filter((p) => p.level === level && p.code !== 'missing-budget-year');
}

function selfCost(tables: RawTable[], service: string): unknown {
  return output(run(tables), 'Prislista').find((r) => r['Tjänst'] === service)?.['Självkostnad'];
}

describe('MistypedNames: a few typing mistakes, case, spaces and accents', () => {
  const names = new MistypedNames(['Kundreskontra', 'Lön bastjänst', 'Ekonomi', 'Lön', 'IT', 'Reskontra']);
  it.each([
    ['Kundreskontr', ['Kundreskontra']], // one letter left out of 13
    ['Kundreskotnra', ['Kundreskontra']], // two neighbours swapped: one mistake
    ['Kundreskontrra', ['Kundreskontra']],
    ['kund reskontra', ['Kundreskontra']], // spaces and case
    ['Lon bastjanst', ['Lön bastjänst']], // accents
    ['Lönbastjänst', ['Lön bastjänst']],
    ['Ekonom', ['Ekonomi']], // 7 letters: one mistake
    ['Ekonomu', ['Ekonomi']],
    ['Rskontar', ['Reskontra']], // 9 letters: two mistakes
    ['Kundreskont', ['Kundreskontra']], // 13 letters: two left out
    ['Lon', ['Lön']], // 3 letters: equal once folded
  ])('%s is a mistyped %s', (text, expected) => {
    expect(names.suggest(text)).toEqual(expected);
  });

  it.each(['Ekono', 'Ekonomin x', 'Kundresk', 'Lönn', 'IS', 'Lö', 'Rskntar', 'Nämnd och administration', 'Gemensamt', 'Lokaler', 'Administration'])('%s is no service of these', (text) => {
    expect(names.suggest(text)).toEqual([]);
  });

  it('allows 0 mistakes up to 3 letters, 1 up to 8, then 2', () => {
    expect(['IT', 'Lön', 'Lokal', 'Ekonomi8', 'Reskontra', 'Kundreskontra'].map(allowedMistakes)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('the example’s pool and common pool names are no mistyped service, process or area of the example', () => {
    const services = get(exampleTables(), 'Tjänster');
    const col = (h: string) => services.headers.indexOf(h);
    const known = new MistypedNames(services.rows.flatMap((r) => [r[col('Tjänst')], r[col('Process')] ?? r[col('Tjänst')], r[col('Verksamhetsområde')]]).map(String));
    for (const pool of ['Nämnd och administration', 'Gemensamt', 'Gemensamma kostnader', 'IT', 'Lokaler', 'Ledning', 'Administration', 'HR', 'Förvaltningsledning']) {
      expect([pool, known.suggest(pool)]).toEqual([pool, []]);
    }
  });
});

describe('the example workbook', () => {
  it('declares its pool: clean, and the same figures as without Pooler', () => {
    const result = run(exampleTables());
    expect(result.problems).toEqual([]);
    const price = (r: typeof result) => output(r, 'Prislista').map((row) => [row['Tjänst'], row['Självkostnad'], row['Pris']]);
    expect(price(run(without(exampleTables(), 'Pooler')))).toEqual(price(result));
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Kundreskontra')?.['Pris']).toBe(21.37);
  });

  it('without Pooler lists its one pool as a warning with its rows, amount and the services it reaches', () => {
    const result = run(without(exampleTables(), 'Pooler'));
    expect(result.ok).toBe(true);
    // COMMON in costs.ts: 18 000 000 + 20 000 000 + 10 000 000 = 48 000 000 kr on 3 rows, after the
    // 45 DIRECT and 7 SHARED rows (rows 53–55); every one of the 38 services (9 Ekonomi, 5 Lön,
    // 12 Kontaktcenter, 6 Upphandling, 3 Lokalplanering, 3 Rekrytering) has Årsarbetare > 0.
    expect(result.problems).toEqual([
      {
        level: 'warning',
        code: 'undeclared-pool',
        table: 'Kostnader',
        row: 53,
        column: 'Kostnadsobjekt',
        cell: null,
        message:
          'Kostnader rad 53, kolumn Kostnadsobjekt: kostnadsobjektet "Nämnd och administration" (3 rader, 48\u00a0000\u00a0000 kr) är en gemensam pool som fördelas på 38 tjänster efter Årsarbetare. Deklarera poolerna i tabellen Pooler (Pool, Fördelas efter, Beskrivning); då blir ett kostnadsobjekt som inte finns där ett fel i stället för en ny pool.',
        text: expect.objectContaining({ id: 'commonPoolNotDeclared' }),
      },
    ]);
  });

  it('the typo "Kundreskontr" is an error naming Kundreskontra, with Pooler and without', () => {
    for (const tables of [exampleTables(), without(exampleTables(), 'Pooler')]) {
      set(tables, 'Kostnader', 3, 'Kostnadsobjekt', 'Kundreskontr'); // Kundreskontra's 12 739 000 kr of staff
      const result = run(tables);
      expect(result.ok).toBe(false);
      expect(only(result.problems, 'error')).toEqual([expect.objectContaining({ code: 'mistyped-cost-object', table: 'Kostnader', row: 3, column: 'Kostnadsobjekt' })]);
      expect(result.problems[0]!.message).toMatch(/^Kostnader rad 3, kolumn Kostnadsobjekt: "Kundreskontr" är varken en tjänst, en process(,| eller) ett verksamhetsområde.* Menade du Kundreskontra\?/);
    }
  });

  it('a process or area name with its accents or spaces lost is an error too', () => {
    const tables = without(exampleTables(), 'Pooler');
    // SHARED in costs.ts follows the 45 DIRECT rows: 46 Ekonomi, 47 Reskontra, 48 Lön och pension, 49 Löneadministration.
    set(tables, 'Kostnader', 49, 'Kostnadsobjekt', 'Loneadministration');
    set(tables, 'Kostnader', 46, 'Kostnadsobjekt', 'ekonomi '); // case and spaces only: still the area
    const result = run(tables);
    expect(errors(result)).toEqual([expect.stringContaining('mistyped-cost-object Kostnader:49:Kostnadsobjekt:null')]);
    expect(errors(result)[0]).toContain('Menade du Löneadministration?');
  });

  it('an empty Kostnader is one error, without its consequences', () => {
    const tables = exampleTables();
    get(tables, 'Kostnader').rows = [];
    const result = run(tables);
    expect(result.problems).toEqual([
      { level: 'error', code: 'empty-table', table: 'Kostnader', row: null, column: null, cell: null, message: expect.stringMatching(/^Tabellen Kostnader har inga rader\. /), text: { id: 'emptyCosts', args: {} } },
    ]);
  });
});

describe('Pooler', () => {
  // Mini: direct costs Kassa 1 000, Lev 2 000, Kundres 1 000, Uppdrag 500 (4 500); Ekonomi's 600
  // by direct cost over Kassa, Lev, Kundres. The pool's 1 000 kr by Årsarbetare (2, 3, 1, 4)
  // gives Uppdrag 400: 900 kr. By direct cost it gives Uppdrag 1 000 · 500/4 500 = 111,11: 611.
  const pooler = (driver: CellValue) => table('Pooler', ['Pool', 'Fördelas efter', 'Beskrivning'], [['Nämnd och administration', driver, 'Lokaler']]);
  function mini(rowDriver: CellValue, poolDriver: CellValue): RawTable[] {
    const wb = without(miniWorkbook(), 'Pooler');
    set(wb, 'Kostnader', 5, 'Fördelas efter', rowDriver);
    wb.push(pooler(poolDriver));
    return wb;
  }

  it('gives its driver to the pool rows that leave Fördelas efter blank; a row’s own driver wins', () => {
    expect(selfCost(mini(null, 'Årsarbetare'), 'Uppdrag')).toBe(900);
    expect(selfCost(mini(null, 'Direkt kostnad'), 'Uppdrag')).toBe(611);
    expect(selfCost(mini(null, null), 'Uppdrag')).toBe(611); // neither: Direkt kostnad, the default
    expect(selfCost(mini('Årsarbetare', 'Direkt kostnad'), 'Uppdrag')).toBe(900);
    expect(selfCost(mini('Direkt kostnad', 'Årsarbetare'), 'Uppdrag')).toBe(611);
    expect(only(run(mini(null, 'Årsarbetare')).problems, 'warning')).toEqual([]);
  });

  it('makes an undeclared cost object an error naming the declared pools', () => {
    const wb = miniWorkbook();
    wb[2]!.rows.push(['Gemensamt', 'IT', 300, 'Årsarbetare']);
    expect(errors(run(wb))).toEqual([
      'undeclared-pool Kostnader:7:Kostnadsobjekt:Kostnader!A8 Kostnader rad 7, kolumn Kostnadsobjekt (Kostnader!A8): "Gemensamt" är varken en tjänst, en process, ett verksamhetsområde eller en pool i tabellen Pooler (Nämnd och administration). Är det en gemensam pool, lägg till den i Pooler.',
    ]);
  });

  it('suggests a declared pool for a mistyped one', () => {
    const wb = miniWorkbook();
    set(wb, 'Kostnader', 5, 'Kostnadsobjekt', 'Nämnd och adminstration');
    expect(errors(run(wb))).toEqual([expect.stringContaining('Menade du Nämnd och administration?')]);
  });

  it('accepts a declared pool close to a service name, with a warning on the Pooler row', () => {
    const wb = miniWorkbook();
    get(wb, 'Pooler').rows.push(['Kundrex', 'Årsarbetare']);
    wb[2]!.rows.push(['Kundrex', 'IT', 100, null]);
    const result = run(wb);
    expect(result.ok).toBe(true);
    expect(only(result.problems, 'warning')).toEqual([expect.objectContaining({ code: 'pool-like-service', table: 'Pooler', row: 2, column: 'Pool', cell: 'Pooler!A3' })]);
    // Uppdrag: 900 + 100 · 4/10 = 940.
    expect(output(result, 'Prislista').find((r) => r['Tjänst'] === 'Uppdrag')?.['Självkostnad']).toBe(940);
  });

  it.each([
    ['a pool twice', [['Nämnd och administration'], ['nämnd och administration ']], 'duplicate-pool', 2, 'finns redan på rad 1'],
    ['a service', [['Nämnd och administration'], ['kassa']], 'pool-is-not-a-pool', 2, '"kassa" är en tjänst'],
    ['a process', [['Nämnd och administration'], ['Reskontra']], 'pool-is-not-a-pool', 2, 'är en process'],
    ['an area but for spaces', [['Nämnd och administration'], ['Upp handling']], 'pool-is-not-a-pool', 2, 'bara i stora och små bokstäver, mellanslag eller accenter'],
  ])('refuses %s', (_what, rows, code, row, fragment) => {
    const wb = without(miniWorkbook(), 'Pooler');
    wb.push(table('Pooler', ['Pool'], rows));
    const found = run(wb).problems.filter((p) => p.level === 'error');
    expect(found).toEqual([expect.objectContaining({ code, table: 'Pooler', row, column: 'Pool', message: expect.stringContaining(fragment) })]);
  });

  it('refuses an unknown driver', () => {
    const result = run(mini(null, 'Kvadratmeter'));
    expect(errors(result)).toEqual([expect.stringMatching(/^unknown-driver Pooler:1:Fördelas efter:Pooler!B2 .*"Kvadratmeter" är varken en drivarkolumn i Tjänster \(Årsarbetare\)/)]);
  });

  it('warns about a declared pool without cost rows', () => {
    const wb = miniWorkbook();
    get(wb, 'Pooler').rows.push(['IT-pool', null]);
    const result = run(wb);
    expect(result.ok).toBe(true);
    expect(only(result.problems, 'warning')).toEqual([expect.objectContaining({ code: 'pool-without-costs', table: 'Pooler', row: 2, cell: 'Pooler!A3' })]);
  });

  it('is read as absent when it has no rows (the template’s): the pool is then a warning', () => {
    const wb = without(miniWorkbook(), 'Pooler');
    wb.push(table('Pooler', ['Pool', 'Fördelas efter', 'Beskrivning'], []));
    // 1 000 kr by Årsarbetare, which every one of the 4 services has.
    expect(only(run(wb).problems, 'warning').map((p) => [p.code, p.row, p.cell, p.message.match(/\(\d.*?\) är en gemensam pool som fördelas på \d+ tjänster/)?.[0]])).toEqual([
      ['undeclared-pool', 5, 'Kostnader!A6', '(1 rad, 1\u00a0000 kr) är en gemensam pool som fördelas på 4 tjänster'],
    ]);
  });

  it('Poolutbyte names must be declared pools with cost rows', () => {
    const wb = miniWorkbook();
    wb.push(table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [['Nämnd och administration', 'IT', 0.1]]));
    expect(errors(run(wb))).toEqual([expect.stringContaining('unknown-pool Poolutbyte:1:Till pool:Poolutbyte!B2 Poolutbyte rad 1, kolumn Till pool (Poolutbyte!B2): "IT" är ingen pool i tabellen Pooler. Poolerna i Pooler: Nämnd och administration.')]);
    get(wb, 'Pooler').rows.push(['IT', null]);
    expect(errors(run(wb))).toEqual([expect.stringContaining('poolen "IT" i Pooler har inga rader i Kostnader')]);
  });
});

describe('the pool warning without Pooler', () => {
  it('counts the services a pool reaches, through another pool too, and names every driver', () => {
    // Pool P 900 kr: 600 by Årsarbetare over services with Årsarbetare > 0, 300 by direct cost;
    // Kassa and Lev have Årsarbetare 0 now, so P reaches Kundres and Uppdrag by Årsarbetare and
    // everyone with a direct cost (all 4) by Direkt kostnad: 4 services. Q 100 kr by Årsarbetare
    // reaches Kundres and Uppdrag (2).
    const wb = without(miniWorkbook(), 'Pooler');
    set(wb, 'Tjänster', 1, 'Årsarbetare', 0);
    set(wb, 'Tjänster', 2, 'Årsarbetare', 0);
    get(wb, 'Kostnader').rows.splice(4, 1, ['P', null, 600, 'Årsarbetare'], ['P', null, 300, null], ['Q', null, 100, 'Årsarbetare']);
    const warnings = only(run(wb).problems, 'warning');
    expect(warnings.map((p) => [p.row, p.message.split(': ')[1]!.split('. ')[0]])).toEqual([
      [5, 'kostnadsobjektet "P" (2 rader, 900 kr) är en gemensam pool som fördelas på 4 tjänster efter Årsarbetare och Direkt kostnad'],
      [7, 'kostnadsobjektet "Q" (1 rad, 100 kr) är en gemensam pool som fördelas på 2 tjänster efter Årsarbetare'],
    ]);
    // Q gives half its total to P (Poolutbyte): Q's cost then reaches every service P reaches.
    wb.push(table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], [['Q', 'P', 0.5]]));
    expect(only(run(wb).problems, 'warning').map((p) => p.message.split(': ')[1]!.split('. ')[0])).toEqual([
      'kostnadsobjektet "P" (2 rader, 900 kr) är en gemensam pool som fördelas på 4 tjänster efter Årsarbetare och Direkt kostnad',
      'kostnadsobjektet "Q" (1 rad, 100 kr) är en gemensam pool som fördelas på 4 tjänster efter Årsarbetare, delvis genom andra pooler (Poolutbyte)',
    ]);
  });
});
