import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import type { CellValue, RawTable } from '../../src/engine/cells';
import type { RunResult } from '../../src/engine';
import type { FullCost } from '../../src/engine/calc/fullCost';
import { errors, output, run, table } from './helpers';
import { ONE, ZERO, add, div, mul, q, sub, type Q } from './rationals';

// Common pools that serve each other (Poolutbyte), solved exactly (Poolmetod Ömsesidig, the
// default) or one after another (Stegvis). The examples are solved by hand below, in exact
// fractions; the properties check the engine against a second method written here: Cramer's
// rule with determinants by cofactor expansion, in BigInt fractions.

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
/** 60 digits, to compare the engine's ~36-decimal full costs with exact fractions. */
const D60 = DecimalJs.clone({ precision: 60 });

type Flow = [from: string, to: string, share: CellValue];

interface Book {
  services: [name: string, datorer: number, arsarbetare: number, kvm: number][];
  costs: [object: string, amount: number, driver: string | null][];
  flows: Flow[] | null;
  method?: string;
}

function tables(book: Book): RawTable[] {
  const out = [
    table('Nycklar', ['Kund', 'Omsättning'], [['K', 1]]),
    table(
      'Tjänster',
      ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Datorer', 'Årsarbetare', 'Kvm'],
      book.services.map(([name, d, a, k]) => [name, 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', d, a, k]),
    ),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], book.costs),
  ];
  if (book.flows) out.push(table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], book.flows));
  if (book.method) out.push(table('Inställningar', ['Parameter', 'Värde'], [['Poolmetod', book.method]]));
  return out;
}

function fullCost(result: RunResult): FullCost {
  if (!result.calculation) throw new Error(`not calculated: ${errors(result).join('\n')}`);
  return result.calculation.fullCost;
}

/** |engine − n/d| < 10^-30: the engine's decimal is the exact fraction to ~36 decimals. */
function expectFraction(value: DecimalJs | undefined, n: number, d: number): void {
  const diff = new D60(String(value)).minus(new D60(n).div(d)).abs();
  expect([String(value), n, d, diff.lt('1e-30')]).toEqual([String(value), n, d, true]);
}

function selfCost(result: RunResult): Record<string, unknown> {
  return Object.fromEntries(output(result, 'Prislista').map((r) => [r['Tjänst'], r['Självkostnad']]));
}

// ---- two pools ----------------------------------------------------------------------------------
//
// IT 1 000 000 kr spread by Datorer, Administration 600 000 kr by Årsarbetare.
// IT gives 20 % of its total to Administration; Administration gives 10 % of its total to IT.
//   T_IT  = 1 000 000 + 0,1 · T_Adm
//   T_Adm =   600 000 + 0,2 · T_IT
// Substituting: T_IT = 1 000 000 + 0,1 · (600 000 + 0,2 · T_IT) = 1 060 000 + 0,02 · T_IT, so
//   T_IT  = 1 060 000 / 0,98 = 53 000 000/49 (1 081 632,65…)
//   T_Adm = 600 000 + 0,2 · 53 000 000/49 = 40 000 000/49 (816 326,53…)
// To the services: IT keeps 80 %: 42 400 000/49; Administration keeps 90 %: 36 000 000/49;
// together 78 400 000/49 = 1 600 000, the sum of the two rows.
// Services A (Datorer 3, Årsarbetare 1) and B (Datorer 1, Årsarbetare 4): IT splits 3/4 : 1/4,
// Administration 1/5 : 4/5.
//   A = 3/4 · 42 400 000/49 + 1/5 · 36 000 000/49 = (31 800 000 + 7 200 000)/49 = 39 000 000/49 = 795 918,37…
//   B = 1/4 · 42 400 000/49 + 4/5 · 36 000 000/49 = (10 600 000 + 28 800 000)/49 = 39 400 000/49 = 804 081,63…
// Självkostnad 795 918 and 804 082 (sum 1 600 000).
//
// Where each row's cost leaves for the services: M = (I − Aᵀ)⁻¹ = 1/0,98 · [[1, 0,1], [0,2, 1]],
// exit = keep · M: IT's own cost leaves 0,8/0,98 = 40/49 from IT and 0,9 · 0,2/0,98 = 9/49 from
// Administration; Administration's own leaves 0,8 · 0,1/0,98 = 4/49 from IT and 45/49 from itself.
// A's parts: IT row via IT 1 000 000 · 40/49 · 3/4 = 30 000 000/49; IT row via Administration
// 1 000 000 · 9/49 · 1/5 = 1 800 000/49; Administration row via IT 600 000 · 4/49 · 3/4 =
// 1 800 000/49; via itself 600 000 · 45/49 · 1/5 = 5 400 000/49. Σ = 39 000 000/49 = A.
//
// Step-down (Stegvis) on the same data: IT gives the larger share to other pools (20 % > 10 %),
// so IT goes first: 1 000 000, of which 200 000 to Administration and 800 000 to the services.
// Administration then has 600 000 + 200 000 = 800 000; its 10 % to IT is ignored (IT is already
// spread), so all 800 000 goes to the services.
//   A = 3/4 · 800 000 + 1/5 · 800 000 = 760 000;  B = 1/4 · 800 000 + 4/5 · 800 000 = 840 000.
// Without Poolutbyte: A = 3/4 · 1 000 000 + 1/5 · 600 000 = 870 000, B = 730 000.
const twoPools = (flows: Flow[] | null, method?: string): Book => ({
  services: [
    ['A', 3, 1, 0],
    ['B', 1, 4, 0],
  ],
  costs: [
    ['IT', 1_000_000, 'Datorer'],
    ['Administration', 600_000, 'Årsarbetare'],
  ],
  flows,
  ...(method ? { method } : {}),
});
const TWO_FLOWS: Flow[] = [
  ['IT', 'Administration', 0.2],
  ['Administration', 'IT', 0.1],
];

describe('two pools serving each other', () => {
  it('solves the reciprocal system exactly (Poolmetod Ömsesidig, the default)', () => {
    const result = run(tables(twoPools(TWO_FLOWS)));
    expect(errors(result)).toEqual([]);
    const cost = fullCost(result);
    expectFraction(cost.total.get('A'), 39_000_000, 49);
    expectFraction(cost.total.get('B'), 39_400_000, 49);
    expect(cost.total.get('A')!.plus(cost.total.get('B')!).toString()).toBe('1600000');
    expect(selfCost(result)).toEqual({ A: 795_918, B: 804_082 });
    const pools = Object.fromEntries(cost.pools.map((p) => [p.name, p]));
    expectFraction(pools['IT']!.total, 53_000_000, 49);
    expectFraction(pools['Administration']!.total, 40_000_000, 49);
    expectFraction(pools['IT']!.toServices, 42_400_000, 49);
    expectFraction(pools['Administration']!.toServices, 36_000_000, 49);
  });

  it('the same with Poolmetod written out', () => {
    const written = fullCost(run(tables(twoPools(TWO_FLOWS, 'ömsesidig'))));
    const implied = fullCost(run(tables(twoPools(TWO_FLOWS))));
    expect([...written.total].map(([s, v]) => [s, v.toString()])).toEqual([...implied.total].map(([s, v]) => [s, v.toString()]));
  });

  it('keeps each service’s cost traceable to the cost rows, through the pools they passed', () => {
    const cost = fullCost(run(tables(twoPools(TWO_FLOWS))));
    const parts = cost.parts.get('A')!;
    const line = (object: string, pool: string) => parts.find((p) => p.row.object === object && p.pool === pool);
    expectFraction(line('IT', 'IT')?.amount, 30_000_000, 49);
    expectFraction(line('IT', 'Administration')?.amount, 1_800_000, 49);
    expectFraction(line('Administration', 'IT')?.amount, 1_800_000, 49);
    expectFraction(line('Administration', 'Administration')?.amount, 5_400_000, 49);
    expect([line('IT', 'IT')?.driver, line('IT', 'Administration')?.driver, line('Administration', 'IT')?.driver]).toEqual(['Datorer', 'Årsarbetare', 'Datorer']);
    expect(parts).toHaveLength(4);
    for (const [service, total] of cost.total) {
      const sum = (cost.parts.get(service) ?? []).reduce((a, p) => a.plus(p.amount), new D60(0));
      expect([service, sum.toString()]).toEqual([service, total.toString()]);
    }
  });

  it('step-down (Poolmetod Stegvis): IT first, Administration’s share to IT ignored with a warning', () => {
    const result = run(tables(twoPools(TWO_FLOWS, 'Stegvis')));
    expect(errors(result)).toEqual([]);
    expect(fullCost(result).total.get('A')!.toString()).toBe('760000');
    expect(fullCost(result).total.get('B')!.toString()).toBe('840000');
    const warnings = result.problems.filter((p) => p.code === 'pool-flow-ignored');
    expect(warnings.map((p) => [p.table, p.row, p.column, p.cell])).toEqual([['Poolutbyte', 2, 'Till pool', 'Poolutbyte!B3']]);
    expect(warnings[0]!.message).toContain('1. IT, 2. Administration');
    expect(warnings[0]!.message).toContain('andelen 10 % från Administration till IT används inte');
  });

  it('without Poolutbyte each pool is spread straight onto the services, as before', () => {
    const cost = fullCost(run(tables(twoPools(null))));
    expect([cost.total.get('A')!.toString(), cost.total.get('B')!.toString()]).toEqual(['870000', '730000']);
    expect(cost.parts.get('A')!.map((p) => [p.row.object, p.pool, p.driver, p.amount.toString()])).toEqual([
      ['IT', 'IT', 'Datorer', '750000'],
      ['Administration', 'Administration', 'Årsarbetare', '120000'],
    ]);
  });
});

// ---- three pools --------------------------------------------------------------------------------
//
// IT 900 000 kr (600 000 by Datorer, 300 000 by Årsarbetare), Administration 500 000 by
// Årsarbetare, Lokaler 300 000 by Kvm. Poolutbyte:
//   IT → Administration 10 %, IT → Lokaler 5 %            (IT keeps 85 %)
//   Administration → IT 20 %, Administration → Lokaler 10 % (keeps 70 %)
//   Lokaler → IT 25 %, Lokaler → Administration 25 %        (keeps 50 %)
// The system:
//   T_I = 900 000 + 0,2 T_A + 0,25 T_L
//   T_A = 500 000 + 0,1 T_I + 0,25 T_L
//   T_L = 300 000 + 0,05 T_I + 0,1 T_A
// Put T_L into the first two:
//   T_I = 975 000 + 0,0125 T_I + 0,225 T_A   ->  0,9875 T_I = 975 000 + 0,225 T_A
//   T_A = 575 000 + 0,1125 T_I + 0,025 T_A   ->  0,975 T_A  = 575 000 + 0,1125 T_I
// From the second, T_A = (575 000 + 0,1125 T_I)/0,975; into the first, times 0,975:
//   0,9628125 T_I = 950 625 + 0,225 · 575 000 + 0,225 · 0,1125 T_I
//                 = 950 625 + 129 375 + 0,0253125 T_I   ->   0,9375 T_I = 1 080 000
//   T_I = 1 152 000;  T_A = (575 000 + 0,1125 · 1 152 000)/0,975 = 704 600/0,975 = 2 168 000/3;
//   T_L = 300 000 + 57 600 + 216 800/3 = 1 289 600/3.
// To the services: IT 0,85 · 1 152 000 = 979 200; Administration 0,7 · 2 168 000/3 =
// 1 517 600/3; Lokaler 0,5 · 1 289 600/3 = 644 800/3; Σ = 979 200 + 720 800 = 1 700 000.
// Services X (Datorer 1, Årsarbetare 1, Kvm 3) and Y (1, 2, 1). IT's part for the services is
// spread as its rows are: 2/3 by Datorer (1/2 : 1/2), 1/3 by Årsarbetare (1/3 : 2/3), so X gets
// 2/3 · 1/2 + 1/3 · 1/3 = 4/9 of it and Y 5/9. Administration 1/3 : 2/3, Lokaler 3/4 : 1/4.
//   X = 4/9 · 979 200 + 1/3 · 1 517 600/3 + 3/4 · 644 800/3 = 435 200 + 1 517 600/9 + 161 200
//     = 6 885 200/9 = 765 022,22…
//   Y = 5/9 · 979 200 + 2/3 · 1 517 600/3 + 1/4 · 644 800/3 = 544 000 + 3 035 200/9 + 161 200/3
//     = 8 414 800/9 = 934 977,77…
// Självkostnad 765 022 and 934 978 (sum 1 700 000).
//
// Step-down: the pools by the share they give to other pools: Lokaler 50 %, Administration
// 30 %, IT 15 %. Lokaler 300 000: 75 000 to IT, 75 000 to Administration, 150 000 to the
// services. Administration 575 000: 20 % = 115 000 to IT, its 10 % to Lokaler ignored, 460 000
// to the services. IT 900 000 + 75 000 + 115 000 = 1 090 000, all to the services (both its
// flows go to pools already spread).
//   X = 4/9 · 1 090 000 + 1/3 · 460 000 + 3/4 · 150 000 = 6 752 500/9 = 750 277,77…
//   Y = 5/9 · 1 090 000 + 2/3 · 460 000 + 1/4 · 150 000 = 8 547 500/9 = 949 722,22…
const threePools = (method?: string): Book => ({
  services: [
    ['X', 1, 1, 3],
    ['Y', 1, 2, 1],
  ],
  costs: [
    ['IT', 600_000, 'Datorer'],
    ['Administration', 500_000, 'Årsarbetare'],
    ['IT', 300_000, 'Årsarbetare'],
    ['Lokaler', 300_000, 'Kvm'],
  ],
  flows: [
    ['IT', 'Administration', 0.1],
    ['IT', 'Lokaler', 0.05],
    ['Administration', 'IT', 0.2],
    ['Administration', 'Lokaler', 0.1],
    ['Lokaler', 'IT', 0.25],
    ['Lokaler', 'Administration', 0.25],
  ],
  ...(method ? { method } : {}),
});

describe('three pools serving each other', () => {
  it('solves the reciprocal system exactly', () => {
    const result = run(tables(threePools()));
    expect(errors(result)).toEqual([]);
    const cost = fullCost(result);
    expectFraction(cost.total.get('X'), 6_885_200, 9);
    expectFraction(cost.total.get('Y'), 8_414_800, 9);
    expect(cost.total.get('X')!.plus(cost.total.get('Y')!).toString()).toBe('1700000');
    expect(selfCost(result)).toEqual({ X: 765_022, Y: 934_978 });
    const pools = Object.fromEntries(cost.pools.map((p) => [p.name, p]));
    expect(pools['IT']!.total.toString()).toBe('1152000');
    expectFraction(pools['Administration']!.total, 2_168_000, 3);
    expectFraction(pools['Lokaler']!.total, 1_289_600, 3);
    expect(pools['IT']!.own.toString()).toBe('900000');
  });

  it('step-down', () => {
    const result = run(tables(threePools('Stegvis')));
    expect(errors(result)).toEqual([]);
    expectFraction(fullCost(result).total.get('X'), 6_752_500, 9);
    expectFraction(fullCost(result).total.get('Y'), 8_547_500, 9);
    expect(selfCost(result)).toEqual({ X: 750_278, Y: 949_722 });
    expect(result.problems.filter((p) => p.code === 'pool-flow-ignored').map((p) => p.row)).toEqual([1, 2, 4]);
  });

  it('every cost row is spread in full: its parts over all services sum to its amount', () => {
    const cost = fullCost(run(tables(threePools())));
    const byRow = new Map<number, DecimalJs>();
    for (const parts of cost.parts.values()) for (const p of parts) byRow.set(p.row.row, (byRow.get(p.row.row) ?? new D60(0)).plus(p.amount));
    expect([...byRow].sort(([a], [b]) => a - b).map(([row, sum]) => [row, sum.toDecimalPlaces(20).toNumber()])).toEqual([
      [1, 600_000],
      [2, 500_000],
      [3, 300_000],
      [4, 300_000],
    ]);
  });
});

// ---- what cannot be solved, and bad Poolutbyte rows ---------------------------------------------

describe('problems', () => {
  it('a closed cycle (everything passed round, nothing to the services) is a located error and nothing is written', () => {
    const result = run(
      tables({
        ...twoPools([
          ['IT', 'Administration', 1],
          ['Administration', 'IT', 1],
        ]),
        costs: [
          ['IT', 1_000_000, 'Datorer'],
          ['Administration', 600_000, 'Årsarbetare'],
          ['Lokaler', 100_000, 'Årsarbetare'],
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const cycle = result.problems.filter((p) => p.level === 'error');
    expect(cycle.map((p) => [p.code, p.table, p.row, p.column, p.cell])).toEqual([['pool-cycle', 'Poolutbyte', 1, 'Andel', 'Poolutbyte!C2']]);
    expect(cycle[0]!.message).toContain('poolerna Administration och IT ger bort hela sina kostnader till varandra');
    expect(cycle[0]!.message).not.toContain('Lokaler');
  });

  it('a pool feeding a closed cycle is named with it; a pool that keeps a share breaks the cycle', () => {
    const closed = run(
      tables({
        ...twoPools([
          ['IT', 'Administration', 1],
          ['Administration', 'IT', 1],
          ['Lokaler', 'IT', 1],
        ]),
        costs: [
          ['IT', 1_000_000, 'Datorer'],
          ['Administration', 600_000, 'Årsarbetare'],
          ['Lokaler', 100_000, 'Årsarbetare'],
        ],
      }),
    );
    expect(errors(closed)).toHaveLength(1);
    expect(errors(closed)[0]).toContain('poolerna Administration, IT och Lokaler ger bort');
    // IT gives everything to Administration, which keeps 1 %: solvable.
    const open = run(tables(twoPools([['IT', 'Administration', 1], ['Administration', 'IT', 0.99]])));
    expect(errors(open)).toEqual([]);
    expect(fullCost(open).total.get('A')!.plus(fullCost(open).total.get('B')!).toString()).toBe('1600000');
  });

  it.each<[string, Flow[], string[]]>([
    ['an unknown pool', [['IT', 'Ekonomistyrning', 0.1]], ['unknown-pool Poolutbyte:1:Till pool:Poolutbyte!B2 Poolutbyte rad 1, kolumn Till pool (Poolutbyte!B2): "Ekonomistyrning" är ingen pool i Kostnader. Poolutbyte gäller bara gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde. Poolerna i Kostnader: IT, Administration, Lokaler.']],
    ['a service for a pool', [['A', 'IT', 0.1]], ['unknown-pool Poolutbyte:1:Från pool:Poolutbyte!A2 Poolutbyte rad 1, kolumn Från pool (Poolutbyte!A2): "A" är en tjänst, inte en gemensam pool. Poolutbyte gäller bara gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde.']],
    ['an area for a pool', [['IT', 'Ekonomi', 0.1]], ['unknown-pool Poolutbyte:1:Till pool:Poolutbyte!B2 Poolutbyte rad 1, kolumn Till pool (Poolutbyte!B2): "Ekonomi" är ett verksamhetsområde, inte en gemensam pool. Poolutbyte gäller bara gemensamma pooler: kostnadsobjekt i Kostnader som varken är en tjänst, en process eller ett verksamhetsområde.']],
    ['a share above 1', [['IT', 'Administration', 1.2]], ['out-of-range Poolutbyte:1:Andel:Poolutbyte!C2 Poolutbyte rad 1, kolumn Andel (Poolutbyte!C2): 1,2 får inte vara större än 1.']],
    ['a negative share', [['IT', 'Administration', -0.1]], ['out-of-range Poolutbyte:1:Andel:Poolutbyte!C2 Poolutbyte rad 1, kolumn Andel (Poolutbyte!C2): -0,1 får inte vara mindre än 0.']],
    ['a missing share', [['IT', 'Administration', null]], ['missing-value Poolutbyte:1:Andel:Poolutbyte!C2 Poolutbyte rad 1, kolumn Andel (Poolutbyte!C2) är tom men måste fyllas i.']],
    ['a pool giving to itself', [['IT', 'it', 0.1]], ['pool-to-itself Poolutbyte:1:Till pool:Poolutbyte!B2 Poolutbyte rad 1, kolumn Till pool (Poolutbyte!B2): poolen IT kan inte ge till sig själv; ta bort raden eller ange en annan pool.']],
    ['a duplicate pair', [['IT', 'Administration', 0.1], ['Administration', 'IT', 0.1], [' it ', 'ADMINISTRATION', 0.2]], ['duplicate-pool-flow Poolutbyte:3:Till pool:Poolutbyte!B4 Poolutbyte rad 3, kolumn Till pool (Poolutbyte!B4): utbytet från IT till Administration anges redan på rad 1; slå ihop raderna till en.']],
    [
      'a pool giving away more than 100 %',
      [['Lokaler', 'IT', 0.6], ['IT', 'Administration', 0.5], ['Lokaler', 'Administration', 0.5]],
      ['pool-gives-too-much Poolutbyte:3:Andel:Poolutbyte!C4 Poolutbyte rad 3, kolumn Andel (Poolutbyte!C4): poolen Lokaler ger bort 110 % av sin kostnad (rad 1, 3), mer än 100 %. Andelarna från en pool får summera till högst 1.'],
    ],
  ])('%s is a located error', (_case, flows, expected) => {
    const book = twoPools(flows);
    const result = run(tables({ ...book, costs: [...book.costs, ['Lokaler', 100_000, 'Kvm']], services: [['A', 3, 1, 1], ['B', 1, 4, 1]] }));
    expect(errors(result)).toEqual(expected);
    expect(result.outputs.map((o) => o.name)).toEqual(['Kontroller']);
  });

  it('an unknown Poolmetod is a located error', () => {
    const result = run(tables(twoPools(TWO_FLOWS, 'Direkt')));
    expect(errors(result)).toEqual(['unknown-value Inställningar:1:Värde:Inställningar!B2 Inställningar rad 1, kolumn Värde (Inställningar!B2): "Direkt" är inte ett giltigt värde. Tillåtna värden: Ömsesidig, Stegvis.']);
  });

  it('a pool whose rows sum to 0 on several drivers cannot spread what it receives', () => {
    const result = run(
      tables(
        twoPools([['IT', 'Administration', 0.5]]),
      ).map((t) =>
        t.name === 'Kostnader'
          ? table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], [
              ['IT', 1_000_000, 'Datorer'],
              ['Administration', 100, 'Årsarbetare'],
              ['Administration', -100, 'Datorer'],
            ])
          : t,
      ),
    );
    expect(errors(result)).toEqual([
      'pool-mix-undefined Kostnader:2:Belopp:Kostnader!B3 Kostnader rad 2: poolen Administration får kostnader från andra pooler (Poolutbyte), men dess egna rader summerar till 0 och fördelas efter olika drivare, så det går inte att avgöra efter vilken drivare det mottagna ska fördelas. Fördela poolens rader efter samma drivare.',
    ]);
  });

  it('a pool of one 0 kr row still passes on what it receives, by that row’s driver', () => {
    const book = twoPools([['IT', 'Administration', 0.5]]);
    const cost = fullCost(run(tables({ ...book, costs: [['IT', 1_000_000, 'Datorer'], ['Administration', 0, 'Årsarbetare']] })));
    // IT 500 000 by Datorer (3/4 : 1/4), Administration 500 000 by Årsarbetare (1/5 : 4/5).
    expect([cost.total.get('A')!.toString(), cost.total.get('B')!.toString()]).toEqual(['475000', '525000']);
  });

  it('a pool that gives everything away needs no usable driver of its own', () => {
    const book = twoPools([['IT', 'Administration', 1]]);
    // Nobody has Kvm: IT could not be spread by it, but IT passes everything to Administration.
    const result = run(tables({ ...book, costs: [['IT', 1_000_000, 'Kvm'], ['Administration', 600_000, 'Årsarbetare']] }));
    expect(errors(result)).toEqual([]);
    expect([fullCost(result).total.get('A')!.toString(), fullCost(result).total.get('B')!.toString()]).toEqual(['320000', '1280000']);
  });
});

// ---- properties -------------------------------------------------------------------------------

/** The determinant by cofactor expansion along the first row (a handful of pools). */
function det(m: Q[][]): Q {
  if (m.length === 0) return ONE;
  return m[0]!.reduce((acc, a, j) => {
    if (a.n === 0n) return acc;
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    const term = mul(a, det(minor));
    return j % 2 === 0 ? add(acc, term) : sub(acc, term);
  }, ZERO);
}

const POOLS = ['IT', 'Administration', 'Lokaler', 'Ledning'] as const;
const DRIVERS = ['Datorer', 'Årsarbetare', 'Direkt kostnad'] as const;
const SERVICES = ['Kassa', 'Lev', 'Lön', 'Inköp'] as const;

interface NetSpec {
  services: { name: string; datorer: number; arsarbetare: number; directOre: number }[];
  pools: { name: string; rows: { amountOre: number; driver: (typeof DRIVERS)[number] }[] }[];
  /** shares[p][q]: hundredths of pool p's total that go to pool q (p ≠ q). */
  shares: number[][];
}

const netSpec: fc.Arbitrary<NetSpec> = fc
  .record({
    services: fc.array(
      fc.record({ datorer: fc.integer({ min: 1, max: 40 }), arsarbetare: fc.integer({ min: 1, max: 40 }), directOre: fc.integer({ min: 1, max: 1_000_000_000 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    pools: fc.array(
      fc.array(fc.record({ amountOre: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1_000_000_000 })), driver: fc.constantFrom(...DRIVERS) }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    weights: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }), { minLength: 4, maxLength: 4 }),
    givesAll: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ services, pools, weights, givesAll }) => ({
    services: services.map((s, i) => ({ name: SERVICES[i]!, ...s })),
    pools: pools.map((rows, i) => ({ name: POOLS[i]!, rows })),
    // Pool p gives weight[q] / Σ weights (the last weight is what it keeps), in whole hundredths
    // rounded down; or, now and then, everything to one other pool, so that cycles close often.
    shares: pools.map((_, p) => {
      const all = givesAll[p];
      if (all !== null && all !== undefined && pools.length > 1) {
        const to = [...pools.keys()].filter((k) => k !== p)[all % (pools.length - 1)];
        return pools.map((__, k) => (k === to ? 100 : 0));
      }
      const w = weights[p]!.slice(0, pools.length).map((x, k) => (k === p ? 0 : x));
      const total = w.reduce((a, b) => a + b, 0) + weights[p]![4]!;
      return w.map((x) => (total === 0 ? 0 : Math.floor((100 * x) / total)));
    }),
  }));

function netTables(spec: NetSpec, method: string | null, withFlows = true): RawTable[] {
  const flows: CellValue[][] = [];
  spec.shares.forEach((row, p) => row.forEach((h, k) => h > 0 && flows.push([spec.pools[p]!.name, spec.pools[k]!.name, h / 100])));
  const out = [
    table('Nycklar', ['Kund', 'Omsättning'], [['K', 1]]),
    table(
      'Tjänster',
      ['Tjänst', 'Verksamhetsområde', 'Tjänstetyp', 'Prismodell', 'Nyckel', 'Datorer', 'Årsarbetare'],
      spec.services.map((s) => [s.name, 'Ekonomi', 'Bastjänst', 'Fast', 'Omsättning', s.datorer, s.arsarbetare]),
    ),
    table('Kostnader', ['Kostnadsobjekt', 'Belopp', 'Fördelas efter'], [
      ...spec.services.map((s): CellValue[] => [s.name, s.directOre / 100, null]),
      ...spec.pools.flatMap((p) => p.rows.map((r): CellValue[] => [p.name, r.amountOre / 100, r.driver])),
      ['Ekonomi', 1234.56, 'Årsarbetare'],
    ]),
  ];
  if (withFlows) out.push(table('Poolutbyte', ['Från pool', 'Till pool', 'Andel'], flows));
  if (method) out.push(table('Inställningar', ['Parameter', 'Värde'], [['Poolmetod', method]]));
  return out;
}

/** Each pool's part for the services, in öre, by the method; null when the system is singular. */
function poolExits(spec: NetSpec, method: 'Ömsesidig' | 'Stegvis'): Q[] | null {
  const n = spec.pools.length;
  const own = spec.pools.map((p) => q(BigInt(p.rows.reduce((a, r) => a + r.amountOre, 0))));
  const a = (p: number, k: number): Q => q(BigInt(spec.shares[p]![k]!), 100n);
  const keep = spec.pools.map((_, p) => sub(ONE, spec.shares[p]!.reduce((s, h) => add(s, q(BigInt(h), 100n)), ZERO)));
  if (method === 'Stegvis') {
    // One after another, as an accountant would: the pool giving most to other pools first.
    const given = spec.shares.map((row) => row.reduce((s, h) => s + h, 0));
    const order = spec.pools.map((_, i) => i).sort((x, y) => given[y]! - given[x]! || new Intl.Collator('sv').compare(spec.pools[x]!.name, spec.pools[y]!.name));
    const total = [...own];
    const exits: Q[] = new Array(n).fill(ZERO);
    order.forEach((p, i) => {
      let left = total[p]!;
      for (const k of order.slice(i + 1)) {
        const moved = mul(total[p]!, a(p, k));
        total[k] = add(total[k]!, moved);
        left = sub(left, moved);
      }
      exits[p] = left;
    });
    return exits;
  }
  // Cramer's rule on (I − Aᵀ) T = D.
  const system = spec.pools.map((_, p) => spec.pools.map((__, k) => sub(p === k ? ONE : ZERO, a(k, p))));
  const d = det(system);
  if (d.n === 0n) return null;
  return spec.pools.map((_, p) => mul(keep[p]!, div(det(system.map((row, r) => row.map((v, c) => (c === p ? own[r]! : v)))), d)));
}

/** Each service's exact full cost in öre: direct + the area row + each pool's exit spread as its rows. */
function expectedOre(spec: NetSpec, method: 'Ömsesidig' | 'Stegvis'): Map<string, Q> | null {
  const exits = poolExits(spec, method);
  if (!exits) return null;
  const weight = (s: NetSpec['services'][number], driver: (typeof DRIVERS)[number]): bigint =>
    BigInt(driver === 'Datorer' ? s.datorer : driver === 'Årsarbetare' ? s.arsarbetare : s.directOre);
  const W = (driver: (typeof DRIVERS)[number]) => spec.services.reduce((a, s) => a + weight(s, driver), 0n);
  return new Map(
    spec.services.map((s) => {
      let total = add(q(BigInt(s.directOre)), q(123456n * weight(s, 'Årsarbetare'), W('Årsarbetare')));
      spec.pools.forEach((p, i) => {
        const own = BigInt(p.rows.reduce((a, r) => a + r.amountOre, 0));
        for (const r of p.rows) total = add(total, mul(mul(exits[i]!, q(BigInt(r.amountOre), own)), q(weight(s, r.driver), W(r.driver))));
      });
      return [s.name, total];
    }),
  );
}

function exactTotals(result: RunResult): Map<string, string> {
  return new Map([...fullCost(result).total].map(([s, v]) => [s, v.toString()]));
}

describe('properties of random pool networks', () => {
  it.each(['Ömsesidig', 'Stegvis'] as const)('%s: the full costs are the exact solution, sum exactly to the cost rows, and parts sum to each service', (method) => {
    fc.assert(
      fc.property(netSpec, (spec) => {
        const result = run(netTables(spec, method));
        const expected = expectedOre(spec, method);
        if (expected === null) {
          // Singular exactly when the engine finds a closed cycle.
          expect(errors(result).map((e) => e.split(' ')[0])).toContain('pool-cycle');
          return;
        }
        expect(errors(result)).toEqual([]);
        const cost = fullCost(result);
        const rows = [...spec.services.map((s) => s.directOre), ...spec.pools.flatMap((p) => p.rows.map((r) => r.amountOre)), 123456].reduce((a, b) => a + b, 0);
        const total = [...cost.total.values()].reduce((a, v) => a.plus(v), new D60(0));
        expect(total.times(100).toString()).toBe(String(rows));
        for (const s of spec.services) {
          const engine = new D60(cost.total.get(s.name)!.toString()).times(100);
          const exact = expected.get(s.name)!;
          expect([s.name, engine.minus(new D60(exact.n.toString()).div(exact.d.toString())).abs().lt('1e-28')]).toEqual([s.name, true]);
          const parts = (cost.parts.get(s.name) ?? []).reduce((a, p) => a.plus(p.amount), new D60(0));
          expect([s.name, parts.toString()]).toEqual([s.name, cost.total.get(s.name)!.toString()]);
        }
      }),
      RUNS,
    );
  });

  it('step-down and reciprocal agree when no pool gives to another', () => {
    fc.assert(
      fc.property(netSpec, fc.boolean(), (spec, zeroRows) => {
        const none: NetSpec = { ...spec, shares: spec.shares.map((row) => row.map(() => 0)) };
        const plain = run(netTables(none, null, false));
        expect(errors(plain)).toEqual([]);
        // Poolutbyte absent, or present with 0 shares: the same as no exchange at all.
        const withTable = (method: string) => {
          const t = netTables(none, method);
          if (!zeroRows) return t;
          return t.map((x) => (x.name === 'Poolutbyte' ? { ...x, rows: spec.pools.slice(1).map((p) => [p.name, spec.pools[0]!.name, 0]) } : x));
        };
        const reciprocal = run(withTable('Ömsesidig'));
        const stepDown = run(withTable('Stegvis'));
        expect(exactTotals(reciprocal)).toEqual(exactTotals(plain));
        expect(exactTotals(stepDown)).toEqual(exactTotals(plain));
        expect(output(stepDown, 'Fördelning')).toEqual(output(plain, 'Fördelning'));
        expect(output(reciprocal, 'Prislista')).toEqual(output(plain, 'Prislista'));
      }),
      RUNS,
    );
  });

  it.each(['Ömsesidig', 'Stegvis'] as const)('%s: the order of the rows of Kostnader, Poolutbyte and Tjänster changes no result', (method) => {
    const shuffled = (t: RawTable) => fc.shuffledSubarray(t.rows, { minLength: t.rows.length, maxLength: t.rows.length }).map((rows): RawTable => ({ ...t, rows }));
    fc.assert(
      fc.property(
        netSpec.chain((spec) => {
          const tables = netTables(spec, method);
          return fc.tuple(fc.constant(tables), fc.tuple(...tables.map(shuffled)));
        }),
        ([tables, reordered]) => {
          const a = run(tables);
          const b = run(reordered);
          const codes = (r: RunResult) => r.problems.map((p) => `${p.level} ${p.code}`).sort();
          expect(codes(b)).toEqual(codes(a));
          if (!a.ok) return;
          expect(exactTotals(b)).toEqual(exactTotals(a));
          const byName = (r: RunResult) => [...output(r, 'Prislista')].sort((x, y) => String(x['Tjänst']).localeCompare(String(y['Tjänst'])));
          expect(byName(b)).toEqual(byName(a));
        },
      ),
      RUNS,
    );
  });
});
