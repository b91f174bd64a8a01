/**
 * The command line's composition root, run in the worker thread launcher.ts starts: Node's
 * files and streams wired to runCli. The names of temporary files go to the launcher as they
 * come and go, so that on a signal (which only the main thread receives) it removes them at once.
 */
import { parentPort } from 'node:worker_threads';
import { runCli } from './cli';
import { nodeIO } from './nodeIO';
import type { FromWorker } from './launcher-messages';

const tell = (message: FromWorker) => parentPort?.postMessage(message);
const io = nodeIO({
  temporaryFiles: {
    add: (path) => tell({ kind: 'temporary', path, exists: true }),
    delete: (path) => tell({ kind: 'temporary', path, exists: false }),
  },
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`intaktsmodell: oväntat fel / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
