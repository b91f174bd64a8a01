/** The command line's composition root: Node's files and streams wired to runCli. */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCli, type CliIO } from './cli';

const io: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  sameFile: (a, b) => resolve(a) === resolve(b),
  now: () => Date.now(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`intaktsmodell: oväntat fel / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
