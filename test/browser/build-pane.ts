import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { takeLock } from './process-lock';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** What the production build is made from: a change in any of them makes a new build. */
const SOURCES = ['src', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
/** The key of the build in dist, written when it is done (webpack's clean removes it first). */
const STAMP = join(DIST, '.pane-build-key');
/** Held while one test file builds; the others wait for it instead of building into dist at the same time. */
const LOCK = join(ROOT, '.pane-build.lock');
/** Held by the test file whose Chromium runs: the browser test files take turns (pane-page.ts). */
export const CHROMIUM_LOCK = join(ROOT, '.chromium-tests.lock');

/**
 * The production build, as `npm run build` makes it: the bundle-size budget is enforced there
 * (performance hints are errors), so a pane over budget fails this suite too. Built once per
 * state of the sources: the browser test files (run in parallel by jest) share it, the first
 * builds while the others wait, and a build of the same sources is used again (`cached`).
 */
export async function buildPane(): Promise<{ seconds: number; output: string; cached: boolean }> {
  const started = Date.now();
  const key = sourcesKey();
  const release = await takeLock(LOCK);
  try {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === key) return { seconds: (Date.now() - started) / 1000, output: '', cached: true };
    const output = await webpack();
    writeFileSync(STAMP, key);
    return { seconds: (Date.now() - started) / 1000, output, cached: false };
  } finally {
    release();
  }
}

function webpack(): Promise<string> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, env: { ...process.env, OFFICE_JS: 'local' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`webpack --mode production exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** SHA-256 of the sources' paths and contents, and the office.js choice the build is made with. */
function sourcesKey(): string {
  const hash = createHash('sha256').update('OFFICE_JS=local\n');
  for (const file of SOURCES.flatMap((s) => files(join(ROOT, s)))) hash.update(`${relative(ROOT, file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}
