/** The command line's composition root: Node's files and streams wired to runCli. */
import { constants } from 'node:os';
import { runCli } from './cli';
import { nodeIO } from './nodeIO';

const io = nodeIO();

// Stopped mid-write (Ctrl+C, kill): the target is untouched (see atomicWrite.ts); remove the
// temporary file too, then end as a shell expects of a signal (128 + its number).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    io.removeTemporaryFiles();
    process.stderr.write(`intaktsmodell: avbruten (${signal}); ingen utfil skrevs till hälften.\n`);
    process.exit(128 + constants.signals[signal]);
  });
}

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`intaktsmodell: oväntat fel / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
