/**
 * npm run bench: the engine's time, peak memory and Excel round trips for a city, a region and a
 * country (bench/generate.ts, fixed seed). Each size runs in a child process of its own so its
 * peak memory is its own. Prints a table, then one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { runModel } from '../src/engine';
import { excelRoundTrip } from './excelRoundTrip';
import { floorPass } from './floor';
import { SIZES, generate, type Size } from './generate';
import { timeMedian } from './stats';

interface Result {
  ms: number;
  floorMs: number;
  peakMB: number;
  syncs: number;
  maxRequestBytes: number;
  runs: number;
  volumeRows: number;
  deviationRows: number;
  outputRows: number;
}

const RUNS: Record<string, number> = { city: 15, region: 5, country: 3 };

async function child(size: Size): Promise<Result> {
  const tables = generate(size);
  const runs = Number(process.env.BENCH_RUNS ?? RUNS[size.name] ?? 3);
  const engine = timeMedian(() => {
    const result = runModel(tables);
    if (!result.ok) throw new Error(`the ${size.name} workbook has errors: ${result.problems[0]?.message}`);
  }, runs);
  // The process's high-water mark so far: the generated workbook plus the engine's runs.
  const peakMB = process.resourceUsage().maxRSS / 1024;
  const floor = timeMedian(() => floorPass(tables), runs);
  const outputs = runModel(tables).outputs;
  const excel = await excelRoundTrip(tables, outputs);
  const rows = (name: string) => tables.find((t) => t.name === name)?.rows.length ?? 0;
  return {
    ms: round(engine.medianMs),
    floorMs: round(floor.medianMs),
    peakMB: round(peakMB),
    syncs: excel.syncs,
    maxRequestBytes: excel.maxRequestBytes,
    runs,
    volumeRows: rows('Volymer'),
    deviationRows: rows('Avvikelser'),
    outputRows: outputs.reduce((n, t) => n + t.rows.length, 0),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function parent(): void {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sizes = SIZES.filter((s) => only.length === 0 || only.includes(s.name));
  const results: Record<string, Result> = {};
  for (const size of sizes) {
    process.stderr.write(`bench: ${size.name} …\n`);
    const run = spawnSync(process.execPath, ['--max-old-space-size=12288', __filename, '--child', size.name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      process.exit(1);
    }
    results[size.name] = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Result;
  }
  const header = ['size', 'volume rows', 'deviation rows', 'engine ms', 'floor ms', '× floor', 'peak MB', 'syncs', 'max request B'];
  const lines = Object.entries(results).map(([name, r]) => [name, r.volumeRows, r.deviationRows, r.ms, r.floorMs, (r.ms / r.floorMs).toFixed(1), r.peakMB, r.syncs, r.maxRequestBytes].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
  const json: Record<string, Pick<Result, 'ms' | 'floorMs' | 'peakMB' | 'syncs' | 'maxRequestBytes'>> = {};
  for (const [name, r] of Object.entries(results)) json[name] = { ms: r.ms, floorMs: r.floorMs, peakMB: r.peakMB, syncs: r.syncs, maxRequestBytes: r.maxRequestBytes };
  console.log(JSON.stringify(json));
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const size = SIZES.find((s) => s.name === process.argv[childIndex + 1]);
  if (!size) throw new Error('unknown size');
  child(size).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  parent();
}
