/** The command line's composition root: Node's files and streams wired to runCli. */
import { runCli } from './cli';
import { nodeIO } from './nodeIO';

runCli(process.argv.slice(2), nodeIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`intaktsmodell: oväntat fel / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
