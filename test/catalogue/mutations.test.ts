import fc from 'fast-check';
import type { RawTable } from '../../src/engine/cells';
import { runModel } from '../../src/engine';
import { runCli } from '../../src/cli/cli';
import { exampleTables } from '../../src/example';
import { createXlsx } from '../../src/workbook/xlsx';
import { MemoryIO } from '../cli/memoryIO';
import { miniWorkbook } from '../engine/helpers';
import { toTables, workbookSpec, type WorkbookSpec } from '../engine/workbookArbitrary';
import { checkFiniteOutputs, checkInvariants } from './invariants';
import { HOSTILE_KINDS, applyMutation, mutationsArbitrary, type HostileKind, type Mutation } from './mutations';

/**
 * The random-mutation property of issue 12: valid workbooks (random ones from
 * test/engine/workbookArbitrary, the mini and the example workbook) with 1–3 random hostile
 * changes each. No run may throw (what the command line reports as exit 3), and every run that
 * calculates must hold the invariants of invariants.ts and have only finite numbers in its
 * outputs (what the writers need).
 *
 * PROPERTY_RUNS=5000 npx jest test/catalogue/mutations for a longer search; PROPERTY_SEED to
 * repeat one.
 */
const SEED = process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {};
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000), ...SEED };
const CLI_RUNS = { numRuns: Math.max(1, Math.round(RUNS.numRuns * 0.06)), ...SEED };
/**
 * Measured on this project's 2-core machine while shared (load average 20): the whole file took
 * 18 s of CPU and 50 s of wall time (26 s and 24 s for the two tests). The limits leave room for
 * a loaded CI runner.
 */
const ENGINE_TIMEOUT_MS = 180_000;
const CLI_TIMEOUT_MS = 300_000;

const KINDS = HOSTILE_KINDS;

type Base = { kind: 'random'; spec: WorkbookSpec } | { kind: 'mini' } | { kind: 'example' };

/** Mostly random workbooks (fast, varied), often the mini one, sometimes the example (large, slower). */
function baseArbitrary(random: number, mini: number, example: number): fc.Arbitrary<Base> {
  return fc.oneof(
    { weight: random, arbitrary: workbookSpec().map((spec): Base => ({ kind: 'random', spec })) },
    { weight: mini, arbitrary: fc.constant<Base>({ kind: 'mini' }) },
    { weight: example, arbitrary: fc.constant<Base>({ kind: 'example' }) },
  );
}

function mutated(base: Base, mutations: Mutation[]): { tables: RawTable[]; done: string[] } {
  const tables = base.kind === 'random' ? toTables(base.spec) : base.kind === 'mini' ? miniWorkbook() : exampleTables();
  const done = mutations.map((m) => applyMutation(tables, m));
  return { tables, done };
}

function describeRun(base: Base, done: string[]): string {
  return `${base.kind} workbook; ${done.join('; ')}`.replace(/\d{40,}/g, (d) => `<${d.length} digits>`);
}

describe('random workbooks with random hostile changes', () => {
  const stats = { runs: 0, calculated: 0 };
  afterAll(() => {
    // Most changes make the workbook invalid; the invariants are only checked on the rest.
    if (stats.runs >= 1000) expect(stats.calculated).toBeGreaterThan(stats.runs / 10);
  });

  it('the engine never throws, and every calculated result holds the invariants', () => {
    fc.assert(
      fc.property(baseArbitrary(6, 3, 1), mutationsArbitrary(KINDS), (base, mutations) => {
        const { tables, done } = mutated(base, mutations);
        stats.runs += 1;
        try {
          const result = runModel(tables);
          if (!result.ok) return;
          stats.calculated += 1;
          checkInvariants(result);
          checkFiniteOutputs(result);
        } catch (e) {
          throw new Error(`${describeRun(base, done)}:\n${(e as Error).stack ?? String(e)}`);
        }
      }),
      RUNS,
    );
  }, ENGINE_TIMEOUT_MS);

  it('the command line (calculate --out --json) exits 0 or 1, never 3, on such a workbook written to .xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(baseArbitrary(12, 6, 1), mutationsArbitrary(KINDS), async (base, mutations) => {
        const { tables, done } = mutated(base, mutations);
        const workbook = createXlsx();
        await workbook.writeInputTables(tables);
        const io = new MemoryIO();
        io.files.set('IN.xlsx', await workbook.toBuffer());
        // Both outputs, so that writing every output sheet into the copy is on the path too.
        const code = await runCli(['calculate', 'IN.xlsx', '--out', 'OUT.xlsx', '--json', 'OUT.json', '--quiet'], io);
        // IN is always a readable package (the project's writer made it), so exit 2 is wrong too.
        if (code !== 0 && code !== 1) throw new Error(`exit ${code} on ${describeRun(base, done)}\nstderr: ${io.err}`);
        expect(io.json('OUT.json')['Kontroller']).toBeDefined();
        expect(io.files.has('OUT.xlsx')).toBe(code === 0);
      }),
      CLI_RUNS,
    );
  }, CLI_TIMEOUT_MS);
});
