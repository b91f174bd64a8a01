/**
 * The command line's entry (dist/cli.cjs): runs the command in a worker thread (worker.ts, built
 * as dist/cli-worker.cjs) and stays free for signals: one is handled at once even while the
 * worker is in a long calculation, where a handler on the same thread would wait for it.
 *
 * A big workbook's worker gets a larger young generation, which Node's main thread only gets
 * from a command-line flag. Its outputs are made as millions of short-lived strings and rows;
 * with V8's default semi-spaces they are scavenged every few megabytes and survivors copied
 * again and again. Measured end to end (`calculate IN --out --json`, this machine): a country
 * (36 MB) 54,8 s on the main thread, 44,0 s in a worker with 192 MB; a region (5 MB) the same
 * either way (8,1–8,3 s); a city (0,5 MB) 2,44 s on the main thread against 2,77 s with 192 MB,
 * since the larger spaces' fresh pages cost more than they save. So the size of the workbook
 * decides (LARGE_INPUT_BYTES).
 */
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker } from './launcher-messages';
import { TemporaryFiles } from './temporary-files';

/** Three times the semi-space V8 is given: 64 MB each for the two semi-spaces and the young large objects. */
const LARGE_YOUNG_GENERATION_MB = 192;
/** A workbook from this size on gets the larger young generation. */
const LARGE_INPUT_BYTES = 16 * 1024 * 1024;

const args = process.argv.slice(2);
const temporary = new TemporaryFiles();
const worker = new Worker(join(__dirname, 'cli-worker.cjs'), {
  argv: args,
  resourceLimits: largeInput(args) ? { maxYoungGenerationSizeMb: LARGE_YOUNG_GENERATION_MB } : {},
});
worker.on('message', (message: FromWorker) => {
  if (message.exists) temporary.add(message.path);
  else temporary.delete(message.path);
});
worker.on('error', (error: Error & { code?: string }) => {
  temporary.removeAll();
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    process.stderr.write('intaktsmodell: minnet räckte inte till arbetsboken; ingen utfil skrevs till hälften. / out of memory\n');
  } else {
    process.stderr.write(`intaktsmodell: oväntat fel / unexpected error: ${error.stack ?? error.message}\n`);
  }
  process.exitCode = 3;
});
worker.on('exit', (code) => {
  process.exitCode ??= code;
});

// Stopped mid-write (Ctrl+C, kill): the target is untouched (see atomicWrite.ts); remove the
// temporary file too, then end as a shell expects of a signal (128 + its number).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    temporary.removeAll();
    process.stderr.write(`intaktsmodell: avbruten (${signal}); ingen utfil skrevs till hälften.\n`);
    process.exit(128 + constants.signals[signal]);
  });
}

/**
 * Whether the first workbook named among the arguments (the IN of calculate, invoice, statement
 * and trace) is a big one. Only a matter of speed: a file that is not there counts as small.
 */
function largeInput(argv: readonly string[]): boolean {
  const workbook = argv.find((arg) => /\.xls[xm]$/i.test(arg));
  return workbook !== undefined && (statSync(workbook, { throwIfNoEntry: false })?.size ?? 0) >= LARGE_INPUT_BYTES;
}
