import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild, type ChildRun } from './childPeak';
import { fileFloor } from './fileFloor';
import { outputFloor } from './outputFloor';
import type { Size } from './generate';
import { cachedInput } from './inputWorkbook';
import { median } from './stats';

const ROOT = join(__dirname, '..');
/** The built command line; BENCH_CLI names another build's bin/intaktsmodell.js (to compare two commits). */
const CLI = process.env.BENCH_CLI ?? join(ROOT, 'bin', 'intaktsmodell.js');
export const SEED = 20211;

/** Runs of each command per size: end-to-end seconds, not a microbenchmark. */
const CLI_RUNS: Record<string, number> = { city: 5, region: 3, country: 1 };
/** A run still going after this long is killed and reported as failed. */
const TIMEOUT_MS = Number(process.env.BENCH_CLI_TIMEOUT_S ?? 600) * 1000;

/** One command's figures: medians of its runs, each run paired with a file floor measured right after it. */
export interface CommandFigures {
  /** The median wall time, or null when a run failed (then `error` says why). */
  ms: number | null;
  /** The highest peak resident set size of its runs, in MB; null when none could be read. */
  peakMB: number | null;
  /** False when a run's peak is only a lower bound (a run killed before it could report its own). */
  peakExact: boolean;
  error?: string;
  /** The median floor: IN read and scanned once plus the command's outputs written once. */
  floorMs: number;
  /** Its two halves' medians (table only): IN read and scanned, the outputs written and made durable. */
  floorReadMs: number;
  floorWriteMs: number;
  /** The median of the runs' ratios to the floor measured right after each; null when a run failed. */
  floorRatio: number | null;
  /**
   * The outputs' own floor (outputFloor.ts), median: OUT.json made again by JSON.stringify and
   * OUT.xlsx's new parts deflated by zlib; null when not measured (invoice, a country's JSON).
   */
  outputFloorMs: number | null;
  /** The median of the runs' ratios to the file floor plus the outputs' floor, measured right after each. */
  madeFloorRatio: number | null;
  /** The outputs' sizes in MB, from the last run. */
  outputMB: Record<string, number>;
  runs: number;
}

export interface CliFigures {
  inputMB: number;
  /** How long writing IN took, when it was written in this run (not taken from the cache). */
  inputMadeMs: number | null;
  calculate: CommandFigures;
  invoice: CommandFigures;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Runs one command `runs` times in fresh processes of the built command line, each run followed
 * by the file floor of what it wrote (so each pair sees the machine in the same moments).
 */
async function measure(args: (dir: string) => string[], outputs: (dir: string) => string[], input: string, runs: number, withOutputFloor = false): Promise<CommandFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-bench-run-'));
  try {
    const results: ChildRun[] = [];
    const floors: number[] = [];
    const outputFloors: (number | null)[] = [];
    const reads: number[] = [];
    const writes: number[] = [];
    let outputMB: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      for (const out of outputs(dir)) rmSync(out, { force: true });
      const run = await runChild(CLI, args(dir), { timeoutMs: TIMEOUT_MS });
      results.push(run);
      const written = outputs(dir).filter((out) => existsSync(out));
      outputMB = Object.fromEntries(written.map((out) => [out.slice(dir.length + 1), round1(statSync(out).size / 2 ** 20)]));
      const floor = fileFloor(input, written, join(dir, 'floor.tmp'));
      floors.push(floor.ms);
      const made = withOutputFloor ? await outputFloor(input, written) : null;
      outputFloors.push(made?.ms ?? null);
      reads.push(floor.readMs);
      writes.push(floor.writeMs);
      const madeText = made === null ? '' : `, outputs' floor ${made.ms === null ? `not measured (${made.note ?? '?'})` : `${Math.round(made.ms)} ms (JSON ${Math.round(made.jsonMs!)}, deflate ${Math.round(made.deflateMs!)})`}`;
      process.stderr.write(`  ${args(dir)[0]} run ${i + 1}/${runs}: ${run.error ?? `${Math.round(run.ms)} ms`}, peak ${run.peakMB === null ? '?' : Math.round(run.peakMB)} MB, floor ${Math.round(floor.ms)} ms (read ${Math.round(floor.readMs)}, write ${Math.round(floor.writeMs)})${madeText}\n`);
    }
    const failed = results.find((r) => r.error !== undefined);
    const peaks = results.map((r) => r.peakMB).filter((p): p is number => p !== null);
    return {
      ms: failed ? null : round1(median(results.map((r) => r.ms))),
      peakMB: peaks.length ? round1(Math.max(...peaks)) : null,
      peakExact: results.every((r) => r.peakExact),
      ...(failed ? { error: failed.error } : {}),
      floorMs: round1(median(floors)),
      floorReadMs: round1(median(reads)),
      floorWriteMs: round1(median(writes)),
      floorRatio: failed ? null : Math.round(median(results.map((r, i) => r.ms / (floors[i] as number))) * 100) / 100,
      outputFloorMs: outputFloors.every((m) => m !== null) && outputFloors.length > 0 ? round1(median(outputFloors as number[])) : null,
      madeFloorRatio:
        failed || !outputFloors.every((m) => m !== null) || outputFloors.length === 0
          ? null
          : Math.round(median(results.map((r, i) => r.ms / ((floors[i] as number) + (outputFloors[i] as number)))) * 100) / 100,
      outputMB,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The command line end to end on a size's IN workbook: `calculate IN --out OUT.xlsx --json
 * OUT.json` and `invoice IN --out X.csv`, each against the file floor of the same run.
 */
export async function cliBench(size: Size): Promise<CliFigures> {
  if (!existsSync(join(CLI, '..', '..', 'dist', 'cli.cjs'))) throw new Error('the command line is not built: npm run build:cli');
  const input = await cachedInput(size, SEED);
  if (input.madeMs !== null) process.stderr.write(`  wrote ${input.path} in ${Math.round(input.madeMs)} ms\n`);
  const runs = Number(process.env.BENCH_CLI_RUNS ?? CLI_RUNS[size.name] ?? 1);
  const calculate = await measure(
    (dir) => ['calculate', input.path, '--out', join(dir, 'OUT.xlsx'), '--json', join(dir, 'OUT.json')],
    (dir) => [join(dir, 'OUT.xlsx'), join(dir, 'OUT.json')],
    input.path,
    runs,
    true,
  );
  const invoice = await measure(
    (dir) => ['invoice', input.path, '--out', join(dir, 'X.csv')],
    (dir) => [join(dir, 'X.csv')],
    input.path,
    runs,
  );
  return { inputMB: round1(statSync(input.path).size / 2 ** 20), inputMadeMs: input.madeMs === null ? null : Math.round(input.madeMs), calculate, invoice };
}
