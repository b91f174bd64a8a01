/**
 * The command line's entry (dist/cli.cjs): runs the command in a worker thread (worker.ts, built
 * as dist/cli-worker.cjs) and stays free for signals.
 *
 * Why a thread: a worker's heap can be given a larger young generation, which Node's main thread
 * only gets from a command-line flag. The outputs are made as millions of short-lived strings and
 * rows; with V8's default (16 MB semi-spaces) they are scavenged every few megabytes and much of
 * a big workbook's run was collection: a region's scavenges took 1,32 s in 490 collections, with
 * 64 MB semi-spaces 0,71 s in 261 (measured, --trace-gc). And a signal is handled at once even
 * while the worker is in a long calculation, where a handler on the same thread would wait for it.
 */
import { constants } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker } from './launcher-messages';
import { TemporaryFiles } from './temporary-files';

/** Three times the semi-space V8 is given: 64 MB each for the two semi-spaces and the young large objects. */
const YOUNG_GENERATION_MB = 192;

const temporary = new TemporaryFiles();
const worker = new Worker(join(__dirname, 'cli-worker.cjs'), {
  argv: process.argv.slice(2),
  resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
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
