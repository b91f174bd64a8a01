import type { CellValue, RawTable } from '../../../src/engine/cells';
import type { Calculation } from '../../../src/engine/calc/calculate';
import { calcPhrases } from '../../../src/engine/messages/calc';
import { msg, renderMessage, type Message } from '../../../src/engine/messages/catalog';
import { reportPhrases } from '../../../src/engine/messages/report';
import { names } from '../../../src/engine/messages/wording';
import type { Problem } from '../../../src/engine/problems';
import { ProblemList } from '../../../src/engine/read/problemList';
import { MAX_SHEET_ROWS, invoiceBasis } from '../../../src/engine/report/invoiceBasis';
import { traceTable } from '../../../src/engine/report/trace';
import { miniWorkbook, run, table } from '../helpers';
import { withLastYear, withSetting } from '../lastYearTables';

/**
 * The engine's own messages (calc, report) in English: each workbook below makes one or more of
 * them, and every one must read differently from the Swedish and keep no Swedish word but the
 * contract's names (tables, columns, models, settings) and the workbook's own names.
 */

function set(wb: RawTable[], name: string, row: number, header: string, value: CellValue): RawTable[] {
  const t = wb.find((x) => x.name === name)!;
  let i = t.headers.indexOf(header);
  if (i < 0) {
    t.headers.push(header);
    for (const r of t.rows) r.push(null);
    i = t.headers.length - 1;
  }
  t.rows[row - 1]![i] = value;
  return wb;
}

/** The problems of the calc and report areas (reading's are another file's). */
function ours(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => typeof p.text === 'object' && (p.text.id in calcPhrases || p.text.id in reportPhrases));
}

function problemsOf(wb: RawTable[]): Problem[] {
  return ours(run(wb).problems);
}

// ---- the workbooks ------------------------------------------------------------------------------

/** Three customers on two services with last year's figures (test/engine/phase-in.test.ts). */
function phaseInWorkbook(lastPrice: number | null, lastVolume: (v: number) => number | null): RawTable[] {
  const tables = [
    table('Nycklar', ['Kund', 'Anställda'], [['A', 1], ['B', 1], ['C', 1]]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell'], [['X', 'Ekonomi', 'Bastjänst', 'Styck']]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['X', 3000]]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [['A', 'X', 100], ['B', 'X', 100], ['C', 'X', 100]]),
  ];
  return withSetting(withLastYear(tables, () => lastPrice, (_c, _s, v) => lastVolume(v)), 'Övergångstak', 0.1);
}

/** Two pools, IT (Datorer) and Administration (Årsarbetare), over services A and B (test/engine/reciprocal-pools.test.ts). */
function pools(costs: CellValue[][], flows: CellValue[][], method: string | null = null): RawTable[] {
  const tables = [
    table('Nycklar', ['Kund', 'Omsättning'], [['K', 1]]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Datorer', 'Årsarbetare'], [
      ['A', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 3, 1],
      ['B', 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', 1, 4],
    ]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], costs),
    table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], flows),
  ];
  return method === null ? tables : withSetting(tables, 'Poolmetod', method);
}

const IT_AND_ADMINISTRATION = [['IT', 1_000_000, 'Datorer'], ['Administration', 600_000, 'Årsarbetare']];

function withDeviations(wb: RawTable[], service: string, unitCost: number, counts: [string, number][]): RawTable[] {
  wb.push(table('Avvikelsetyper', ['Avvikelse', 'Tjänst', 'Kostnad per styck'], [['Påminnelse', service, unitCost]]));
  wb.push(table('Avvikelser', ['Kund', 'Tjänst', 'Avvikelse', 'Antal'], counts.map(([customer, n]) => [customer, service, 'Påminnelse', n])));
  return wb;
}

/** One Styck service S, its cost over customer A's volume (test/engine/ranges.test.ts). */
function styck(step: number, cost: number, volume: number): RawTable[] {
  return [
    table('Nycklar', ['Kund'], [['A']]),
    table('Tjänster', ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Prissteg'], [['S', 'Ekonomi', 'Bastjänst', 'Styck', step]]),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp'], [['S', cost]]),
    table('Volymer', ['Kund', 'Tjänst', 'Volym'], [['A', 'S', volume]]),
  ];
}

const cases: [string, () => Problem[]][] = [
  ['the cost rows summing past the limit', () => problemsOf(set(set(miniWorkbook(), 'Kostnader', 1, 'Belopp', 6e12), 'Kostnader', 3, 'Belopp', 5e12))],
  ['a set price times the volume past the limit', () => problemsOf(set(set(miniWorkbook(), 'Tjänster', 2, 'Fastställt pris', 1e8), 'Volymer', 1, 'Volym', 2e5))],
  ['deviations past the limit', () => problemsOf(withDeviations(miniWorkbook(), 'Lev', 1e8, [['A', 1e11]]))],
  ['last year’s amounts past the limit', () => problemsOf(set(set(miniWorkbook(), 'Tjänster', 2, 'Fjolårspris', 1e8), 'Volymer', 1, 'Fjolårsvolym', 1e11))],
  ['a negative driver', () => problemsOf(set(miniWorkbook(), 'Kostnader', 1, 'Belopp', -1000))],
  [
    'a driver that is 0 for every service',
    () => {
      const wb = set(miniWorkbook(), 'Kostnader', 6, 'Fördelas efter', 'Årsarbetare');
      for (const row of [1, 2, 3]) set(wb, 'Tjänster', row, 'Årsarbetare', 0);
      return problemsOf(wb);
    },
  ],
  ['an undeclared common pool', () => problemsOf(miniWorkbook().filter((t) => t.name !== 'Pooler'))],
  ['a pool whose rows sum to 0 on two drivers', () => problemsOf(pools([['IT', 1_000_000, 'Datorer'], ['Administration', 100, 'Årsarbetare'], ['Administration', -100, 'Datorer']], [['IT', 'Administration', 0.5]]))],
  ['a flow ignored by Stegvis', () => problemsOf(pools(IT_AND_ADMINISTRATION, [['IT', 'Administration', 0.2], ['Administration', 'IT', 0.1]], 'Stegvis'))],
  ['pools that give everything to each other', () => problemsOf(pools(IT_AND_ADMINISTRATION, [['IT', 'Administration', 1], ['Administration', 'IT', 1]]))],
  ['a negative full cost', () => problemsOf(set(miniWorkbook(), 'Kostnader', 4, 'Belopp', -5000))],
  ['deviations costing more than the service', () => problemsOf(withDeviations(miniWorkbook(), 'Lev', 1e6, [['A', 1]]))],
  [
    'a Tim service without volumes',
    () => {
      const wb = set(miniWorkbook(), 'Tjänster', 3, 'Enhet', null);
      wb.find((t) => t.name === 'Volymer')!.rows.splice(3, 2);
      return problemsOf(wb);
    },
  ],
  [
    'scenarios lacking what their model needs',
    () =>
      problemsOf([
        ...miniWorkbook(),
        table('Scenarier', ['Scenario', 'Tjänst', 'Prismodell', 'Nyckel'], [
          ['Blandat', 'Lev', 'Blandad', 'Omsättning'],
          ['Direkt', 'Lev', 'Direkt', null],
          ['Paket', 'Lev', 'Paket', null],
          ['Fast', 'Lev', 'Fast', null],
        ]),
      ]),
  ],
  [
    'a volume outside the package bands',
    () => {
      const wb = set(miniWorkbook(), 'Tjänster', 2, 'Prismodell', 'Paket');
      wb.push(table('Paket', ['Tjänst', 'Från volym', 'Till volym', 'Pris'], [['Lev', 0, 50, 100], ['Lev', 51, 80, 200]]));
      return problemsOf(wb);
    },
  ],
  ['a unit price rounding to 0', () => problemsOf(set(miniWorkbook(), 'Volymer', 1, 'Volym', 3e9))],
  [
    'a key that is 0 for every customer of the types',
    () => {
      const wb = miniWorkbook();
      for (const row of [1, 2, 3]) set(wb, 'Nycklar', row, 'Datorer', 0);
      return problemsOf(set(set(wb, 'Tjänster', 1, 'Nyckel', 'Datorer'), 'Tjänster', 1, 'Kundtyper', 'Bolag'));
    },
  ],
  [
    'deviations of a customer outside the sharers under Nyckelviktning',
    () => {
      const wb = withDeviations(set(miniWorkbook(), 'Tjänster', 1, 'Kundtyper', 'Bolag'), 'Kassa', 10, [['A', 1], ['C', 1]]);
      return problemsOf(withSetting(wb, 'Avvikelsemetod', 'Nyckelviktning'));
    },
  ],
  ['a price step too coarse for the volume', () => problemsOf(styck(100, 1000, 3))],
  ['Övergångstak without last year', () => problemsOf(phaseInWorkbook(null, () => null))],
  ['Övergångstak that cannot hold', () => problemsOf(phaseInWorkbook(10, (v) => v / 2))],
  [
    'Spårning over its bound',
    () => {
      const calc = run(miniWorkbook()).calculation!;
      const problems = new ProblemList();
      traceTable(calc, problems, 1);
      return ours(problems.items);
    },
  ],
  [
    'Fakturaunderlag beyond a sheet',
    () => {
      const calc = { services: [{ charges: new Array(Math.floor(MAX_SHEET_ROWS / 12) + 1).fill({}) }] } as unknown as Calculation;
      const problems = new ProblemList();
      invoiceBasis(calc, problems);
      return ours(problems.items);
    },
  ],
];

// ---- what counts as Swedish left over -----------------------------------------------------------

/** The contract's words, which stay Swedish in English too (docs/arbetsbok.md). */
const CONTRACT = [
  'Kostnader', 'Kostnad per styck', 'Avvikelsetyper', 'Avvikelser', 'Tjänster', 'Fastställt pris', 'Paket', 'Fjolårspris', 'Fjolårsvolym',
  'Förändringsanalys', 'Fördelas efter', 'Direkt kostnad', 'Poolutbyte', 'Pooler', 'Pool', 'Beskrivning', 'Kostnadsobjekt', 'Poolmetod',
  'Stegvis', 'Volymer', 'Prissteg', 'Nyckel', 'Fast andel', 'Betalare', 'Blandad', 'Direkt', 'Fast', 'Avstämning', 'Underdeckning',
  'Överdeckning', 'Övergångstak', 'Övergång', 'Spårning', 'Ja', 'Inställningar', 'Fakturaunderlag', 'fakturaunderlag.csv', 'intaktsmodell',
];
/** The workbooks' own names above. */
const DATA = ['Nämnd och administration', 'Årsarbetare', 'Omsättning', 'Datorer', 'Påminnelse', 'Ekonomi', 'Kundres', 'Kassa', 'Uppdrag', 'Lev', 'Bolag', 'faktura', 'Administration', 'IT'];
const LEFT_OUT = [...CONTRACT, ...DATA].sort((a, b) => b.length - a.length);

/** Common Swedish words of the messages; none may be left in the English. */
const SWEDISH = / rad |kolumn|finns inte| och | eller |saknas|måste| för | är | till | inte | på | av | med | som | har | blir | kan | ska | en | ett | kund| tjänst|kostnaden|priset|volymen|summan|ingen /;

/** The English text with quotes, cell addresses, contract words and the workbook's names taken out. */
function stripped(english: string): string {
  let text = english.replace(/"[^"]*"/g, '""').replace(/\([A-Za-zåäöÅÄÖ ]+![A-Z]+\d+\)/g, '()');
  for (const word of LEFT_OUT) text = text.split(word).join('·');
  return ` ${text} `;
}

function check(p: Problem): void {
  const text = p.text as Message;
  const english = renderMessage(text, 'en');
  expect([text.id, renderMessage(text, 'sv')]).toEqual([text.id, p.message]);
  expect([text.id, english]).not.toEqual([text.id, p.message]);
  expect([text.id, stripped(english)]).not.toEqual([text.id, expect.stringMatching(SWEDISH)]);
  expect([text.id, stripped(english)]).not.toEqual([text.id, expect.stringMatching(/[åäöÅÄÖ]/)]);
}

// ---- the tests ----------------------------------------------------------------------------------

describe('the calc and report messages in English', () => {
  const found = new Map<string, Problem[]>();
  for (const [label, make] of cases) found.set(label, make());

  it.each(cases.map(([label]) => label))('%s: a problem of ours, in English without Swedish words', (label) => {
    const problems = found.get(label)!;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) check(p);
  });

  it('the workbooks above make every message but one (checked below from its arguments), a scenario’s inside scenarioProblem', () => {
    const ids = new Set<string>();
    for (const p of [...found.values()].flat()) {
      ids.add(p.text.id);
      if (p.text.id === 'scenarioProblem') ids.add(p.text.args.problem.id);
    }
    const all = [...Object.keys(calcPhrases), ...Object.keys(reportPhrases)];
    expect(all.filter((id) => !ids.has(id))).toEqual(['packageSumTooLarge']);
  });

  const one = (label: string, id: string): string => {
    const p = found.get(label)!.find((x) => (x.text as Message).id === id)!;
    return renderMessage(p.text, 'en');
  };

  // Written by hand from the workbooks: Uppdrag's −5 000 kr plus 4/10 of the pool's 1 000 kr.
  it('a negative full cost', () => {
    expect(one('a negative full cost', 'negativeFullCost')).toBe('The full cost of Uppdrag comes out negative (-4\u00a0600 kr); check the negative amounts in Kostnader.');
  });

  it('a place without a column, and a name in quotes', () => {
    expect(one('a driver that is 0 for every service', 'zeroDriver')).toBe(
      'Kostnader row 6: "Ekonomi" is to be spread by Årsarbetare, but Årsarbetare is 0 for every service in Ekonomi, so the cost cannot be spread.',
    );
  });

  it('a scenario’s problem names the scenario before the problem, in either language', () => {
    const p = found.get('scenarios lacking what their model needs')!.find((x) => x.code === 'missing-key')!;
    expect(p.message).toBe('Scenario "Fast": Tjänsten Lev har prismodellen Fast men ingen fördelningsnyckel.');
    expect(renderMessage(p.text, 'en')).toBe('Scenario "Fast": The service Lev has the pricing model Fast but no Nyckel to allocate by.');
  });

  it('rows and pools listed with "and"', () => {
    expect(one('pools that give everything to each other', 'poolCycle')).toBe(
      'Poolutbyte rows 1 and 2: the pools Administration and IT give all their costs to each other, so none of it reaches the services and the allocation cannot be solved. Let at least one of the pools keep a share for the services (its shares to other pools summing to less than 1).',
    );
  });

  // 1 000 kr over 3 at Prissteg 100: price 300, revenue 900, −100 kr = 10,0 % of the cost.
  it('the price step named by its cell, and a volume in pieces', () => {
    expect(one('a price step too coarse for the volume', 'coarsePriceStep')).toBe(
      'Tjänster row 1, column Prissteg (Tjänster!E2): Avstämning shows Underdeckning for S: revenue 900 kr against cost 1\u00a0000 kr, a difference of -100 kr (10,0 % of the cost). The price 300 kr is rounded to the price step of 100 kr (Tjänster!E2), which is too coarse for the volume 3 pcs; enter a smaller price step.',
    );
  });

  it('the default price step and the workbook’s own unit', () => {
    expect(one('a unit price rounding to 0', 'priceRoundsToZero')).toContain('over the volume 3\u00a0000\u00a0000\u00a0100 faktura');
    expect(one('a unit price rounding to 0', 'priceRoundsToZero')).toContain('less than half the default price step of 0,01 kr (the column Prissteg is empty)');
  });

  it('Spårning over its bound', () => {
    expect(one('Spårning over its bound', 'traceSkipped')).toMatch(
      /^Spårning was not written: it would have \d+ rows, more than the limit of 1; set Spårning = Ja in Inställningar to write it anyway\. Get one customer's trace with the command intaktsmodell trace WORKBOOK\.xlsx --customer CUSTOMER, or by clicking the customer in the task pane\.$/,
    );
  });
});

describe('the branches no workbook above takes, from their arguments', () => {
  const at = { table: 'Paket', row: 2, column: 'Pris', cell: 'Paket!D3' };
  const made: Message[] = [
    msg('packageSumTooLarge', { at, price: '1\u00a0000\u00a0000\u00a0000', buyers: 10_000, service: 'Lön', sum: '10\u00a0000\u00a0000\u00a0000\u00a0000', limit: '10\u00a0000\u00a0000\u00a0000\u00a0000' }),
    msg('phaseInNotHeld', { cap: '10 %', customers: names(['A', 'B', 'C', 'D', 'E', 'F'], 5), overall: null }),
    msg('traceSkipped', { rows: '1\u00a0048\u00a0577', sheetFull: true, limit: '1\u00a0048\u00a0576' }),
    msg('noVolumeToPrice', { service: 'Lön', unit: { unit: null, hourly: false } }),
  ];

  it.each(made.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const english = renderMessage(m, 'en');
    expect(english).not.toBe(renderMessage(m, 'sv'));
    expect(stripped(english)).not.toMatch(SWEDISH);
  });

  it('a list cut at five names ends "and 1 more"; a cap that nobody else can carry', () => {
    expect(renderMessage(made[1]!, 'en')).toBe(
      'The Övergångstak 10 % cannot be held for A, B, C, D, E … and 1 more. The adjustment cannot be put on any other customer: no uncapped customer with an amount shares their services, or it would go below zero. They pay their uncapped amounts; see Övergång.',
    );
    expect(renderMessage(made[1]!, 'sv')).toBe(
      'Övergångstaket 10 % kan inte hållas för A, B, C, D, E … och 1 till. Justeringen kan inte läggas på någon annan kund: inga okappade kunder med belopp delar kundens tjänster, eller de skulle hamna under noll. De betalar sina okappade belopp; se Övergång.',
    );
  });

  it('a service priced per piece without volume', () => {
    expect(renderMessage(made[3]!, 'sv')).toBe('Tjänsten Lön prissätts per styck men har ingen volym i Volymer; priset kan inte räknas fram.');
    expect(renderMessage(made[3]!, 'en')).toBe('The service Lön is priced per piece but has no volume in Volymer, so its price cannot be worked out.');
  });
});
