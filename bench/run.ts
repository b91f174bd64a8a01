/**
 * npm run bench: the engine's time, peak memory and Excel round trips for a city, a region and a
 * country (bench/generate.ts, fixed seed). Each size runs in child processes of its own so its
 * peak memory is its own: the engine with a 2 GB heap (the memory target), the Excel round trip
 * through the strict fake with a large one; then the built command line end to end on the size's
 * IN workbook against the file floor (bench/cliBench.ts). Prints tables, then one JSON line.
 * `--cli` measures the command line only, `--no-cli` everything but it.
 */
import { spawnSync } from 'node:child_process';
import { runModel } from '../src/engine';
import { rowBlocks } from '../src/engine/output';
import { cliBench, type CliFigures } from './cliBench';
import { excelRoundTrip, paneRecalculation, type PaneCost } from './excelRoundTrip';
import { floorPass } from './floor';
import { SIZES, generate, type Size } from './generate';
import { median, quantile, timePaired } from './stats';

interface Result {
  ms: number;
  /** The first run in a fresh process: V8 has compiled nothing yet (not in the JSON line). */
  coldMs: number;
  /** The middle half of the timed runs, from the lower to the upper quartile (not in the JSON line). */
  q1Ms: number;
  q3Ms: number;
  /**
   * The median of runs each right after a full collection (not in the JSON line): the task pane's
   * case when it recalculates after sitting idle, since V8 collects in idle time.
   */
  afterGcMs: number | null;
  floorMs: number;
  /** The median of engine ÷ floor over runs timed in turn (not in the JSON line). */
  floorRatio: number;
  peakMB: number;
  syncs: number;
  maxRequestBytes: number;
  /** The task pane's read and write through the fake, its handling of requests left out (not in the JSON line). */
  readMs: number;
  writeMs: number;
  /** The pane's Beräkna on a workbook holding a run's outputs: syncs, request + response bytes, its writing time. */
  paneSyncs: number;
  paneBytes: number;
  paneWriteMs: number;
  /** Fakturaunderlag written on demand after it (its own line). */
  invoiceOnDemand: PaneCost;
  runs: number;
  volumeRows: number;
  deviationRows: number;
  outputRows: number;
}

const RUNS: Record<string, number> = { city: 21, region: 5, country: 3 };
/**
 * Untimed runs first. A city's run is short enough that V8 is still optimising the engine's hot
 * functions over its first few runs (measured: the first 400–700 ms, then 250, 200, … until
 * about the sixth); a country's first run is long enough to warm up in.
 */
const WARMUPS: Record<string, number> = { city: 6, region: 2, country: 1 };
/** Runs each after a full collection (the child gets --expose-gc for them). */
const AFTER_GC: Record<string, number> = { city: 9, region: 3, country: 1 };

/** The engine's part: timings and peak memory, in a child whose heap is capped at 2 GB. */
function engineChild(size: Size): Omit<Result, ExcelPart> {
  const tables = generate(size);
  const runs = Number(process.env.BENCH_RUNS ?? RUNS[size.name] ?? 3);
  let outputRows = 0;
  const run = (): void => {
    const result = runModel(tables);
    if (!result.ok) throw new Error(`the ${size.name} workbook has errors: ${result.problems[0]?.message}`);
    // Every row of every output made once, as a writer takes them: Fakturaunderlag and
    // Spårning block by block (each block let go before the next is made), the rest whole.
    outputRows = 0;
    for (const table of result.outputs) for (const block of rowBlocks(table)) outputRows += block.length;
  };
  // The engine and the floor in turn, so both see the machine at the same moments.
  const engine = timePaired(run, () => floorPass(tables), runs, WARMUPS[size.name] ?? 1);
  // The process's high-water mark: the generated workbook plus the engine's runs.
  const peakMB = process.resourceUsage().maxRSS / 1024;
  const gc = (globalThis as { gc?: () => void }).gc;
  const afterGc: number[] = [];
  for (let i = 0; gc && i < (AFTER_GC[size.name] ?? 1); i++) {
    gc();
    const start = performance.now();
    run();
    afterGc.push(performance.now() - start);
  }
  const rows = (name: string) => tables.find((t) => t.name === name)?.rows.length ?? 0;
  return {
    ms: round(engine.medianMs),
    coldMs: round(engine.coldMs),
    q1Ms: round(quantile(engine.runsMs, 0.25)),
    q3Ms: round(quantile(engine.runsMs, 0.75)),
    afterGcMs: afterGc.length === 0 ? null : round(median(afterGc)),
    floorMs: round(engine.floorMedianMs),
    floorRatio: Math.round(engine.medianRatio * 100) / 100,
    peakMB: round(peakMB),
    runs,
    volumeRows: rows('Volymer'),
    deviationRows: rows('Avvikelser'),
    outputRows,
  };
}

/** The Excel part, in a child of its own: the strict fake holds the whole workbook and its payloads. */
type ExcelPart = 'syncs' | 'maxRequestBytes' | 'readMs' | 'writeMs' | 'paneSyncs' | 'paneBytes' | 'paneWriteMs' | 'invoiceOnDemand';

async function excelChild(size: Size): Promise<Pick<Result, ExcelPart>> {
  const tables = generate(size);
  const result = runModel(tables);
  const excel = await excelRoundTrip(tables, result.outputs);
  const pane = await paneRecalculation(tables);
  return {
    syncs: excel.syncs,
    maxRequestBytes: excel.maxRequestBytes,
    readMs: round(excel.readMs),
    writeMs: round(excel.writeMs),
    paneSyncs: pane.recalculation.syncs,
    paneBytes: pane.recalculation.bytes,
    paneWriteMs: round(pane.recalculation.writeMs),
    invoiceOnDemand: { ...pane.invoiceOnDemand, writeMs: round(pane.invoiceOnDemand.writeMs) },
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function childRun(size: Size, part: 'engine' | 'excel', heapMB: number): Partial<Result> {
  // --expose-gc for the runs after a full collection; nothing else calls gc.
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, '--expose-gc', __filename, '--child', size.name, part], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Partial<Result>;
}

async function parent(): Promise<void> {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sizes = SIZES.filter((s) => only.length === 0 || only.includes(s.name));
  const withEngine = !flags.includes('--cli');
  const withCli = !flags.includes('--no-cli');
  const results: Record<string, Partial<Result>> = {};
  const cli: Record<string, CliFigures> = {};
  for (const size of sizes) {
    process.stderr.write(`bench: ${size.name} …\n`);
    if (withEngine) {
      // The engine runs with a 2 GB heap (the target); the fake Excel needs far more for a country.
      const engine = childRun(size, 'engine', 2048);
      const excel = childRun(size, 'excel', 12288);
      results[size.name] = { ...engine, ...excel };
    }
    if (withCli) {
      const figures = await cliBench(size);
      cli[size.name] = figures;
      // As each size ends: a country's runs take many minutes, and a bench stopped later keeps these.
      process.stderr.write(`bench: ${size.name} ${JSON.stringify(cliJson(figures))}\n`);
    }
  }
  if (withEngine) printEngine(results as Record<string, Result>);
  if (withCli) printCli(cli);
  const json: Record<string, Record<string, unknown>> = {};
  for (const size of sizes) {
    const r = results[size.name];
    const c = cli[size.name];
    json[size.name] = {
      ...(r
        ? { ms: r.ms, floorMs: r.floorMs, peakMB: r.peakMB, syncs: r.syncs, maxRequestBytes: r.maxRequestBytes, paneSyncs: r.paneSyncs, paneBytes: r.paneBytes, paneWriteMs: r.paneWriteMs }
        : {}),
      ...(c ? cliJson(c) : {}),
    };
  }
  // Writing Fakturaunderlag on demand, on a line of its own before the sizes' line (the last).
  if (withEngine) {
    const onDemand = Object.fromEntries(sizes.map((size) => [size.name, results[size.name]?.invoiceOnDemand]));
    console.log(JSON.stringify({ invoiceOnDemand: onDemand }));
  }
  console.log(JSON.stringify(json));
}

/** The command line's fields of a size's JSON line; a failed command has ms null and its error. */
function cliJson(c: CliFigures): Record<string, unknown> {
  const { calculate: calc, invoice } = c;
  return {
    cliMs: calc.ms,
    cliPeakMB: calc.peakMB,
    // Only a polled lower bound for a run killed before it could tell its own peak.
    ...(calc.peakExact ? {} : { cliPeakExact: false }),
    ...(calc.error === undefined ? {} : { cliError: calc.error }),
    fileFloorMs: calc.floorMs,
    cliFloorRatio: calc.floorRatio,
    // The file floor plus the outputs' own (bench/outputFloor.ts): what making OUT.json and packing OUT.xlsx cost at the platform's speed.
    outputFloorMs: calc.outputFloorMs,
    cliMadeFloorRatio: calc.madeFloorRatio,
    invoiceMs: invoice.ms,
    invoicePeakMB: invoice.peakMB,
    ...(invoice.peakExact ? {} : { invoicePeakExact: false }),
    ...(invoice.error === undefined ? {} : { invoiceError: invoice.error }),
    invoiceFloorMs: invoice.floorMs,
    invoiceFloorRatio: invoice.floorRatio,
  };
}

function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

function printEngine(results: Record<string, Result>): void {
  const header = ['size', 'volume rows', 'deviation rows', 'engine ms', 'middle half ms', 'first run ms', 'after GC ms', 'floor ms', '× floor', 'peak MB', 'syncs', 'max request B', 'pane read ms', 'pane write ms'];
  printTable(header, Object.entries(results).map(([name, r]) => [name, r.volumeRows, r.deviationRows, r.ms, `${r.q1Ms}–${r.q3Ms}`, r.coldMs, r.afterGcMs ?? '–', r.floorMs, r.floorRatio.toFixed(1), r.peakMB, r.syncs, r.maxRequestBytes, r.readMs, r.writeMs].map(String)));
  console.log();
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  printTable(
    ['size', 'Beräkna syncs', 'Beräkna MB', 'Beräkna write ms', 'Fakturaunderlag on demand: syncs', 'MB', 'write ms'],
    Object.entries(results).map(([name, r]) => [name, r.paneSyncs, mb(r.paneBytes), r.paneWriteMs, r.invoiceOnDemand.syncs, mb(r.invoiceOnDemand.bytes), r.invoiceOnDemand.writeMs].map(String)),
  );
}

function printCli(cli: Record<string, CliFigures>): void {
  const header = ['size', 'IN MB', 'command', 'runs', 'ms', 'peak MB', 'file floor ms', 'read + write ms', '× floor', "outputs' floor ms", '× both floors', 'outputs MB'];
  const lines = Object.entries(cli).flatMap(([name, c]) =>
    (['calculate', 'invoice'] as const).map((command) => {
      const f = c[command];
      const peak = f.peakMB === null ? '?' : `${f.peakExact ? '' : '≥ '}${f.peakMB}`;
      return [name, String(c.inputMB), command, String(f.runs), f.ms === null ? `failed: ${f.error}` : String(f.ms), peak, String(f.floorMs), `${f.floorReadMs} + ${f.floorWriteMs}`, f.floorRatio === null ? '–' : f.floorRatio.toFixed(1), f.outputFloorMs === null ? '–' : String(f.outputFloorMs), f.madeFloorRatio === null ? '–' : f.madeFloorRatio.toFixed(1), Object.entries(f.outputMB).map(([k, v]) => `${k} ${v}`).join(', ')];
    }),
  );
  printTable(header, lines);
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const size = SIZES.find((s) => s.name === process.argv[childIndex + 1]);
  if (!size) throw new Error('unknown size');
  const part = process.argv[childIndex + 2] === 'excel' ? excelChild(size) : Promise.resolve(engineChild(size));
  part.then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  parent().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
