/**
 * shapes.ts keeps one instance of each per-run class alive so that a full collection between two
 * runs does not kill the classes' hidden classes and with them the optimized code of their
 * methods. Checked in a child Node with V8's natives: the methods are optimized during a run, the
 * results dropped, two full collections made, and the methods must still be optimized (without
 * the kept instances V8 throws that code away: "weak objects").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

test("the per-run classes' methods stay optimized through a full collection between runs", () => {
  const dir = mkdtempSync(join(tmpdir(), 'shapes-'));
  try {
    const script = join(dir, 'optimizedAfterGc.cjs');
    buildSync({ entryPoints: [join(__dirname, 'shapes', 'optimizedAfterGc.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
    const output = execFileSync(process.execPath, ['--allow-natives-syntax', '--expose-gc', script], { encoding: 'utf8', timeout: 60_000 });
    const { before, after } = JSON.parse(output) as { before: Record<string, boolean>; after: Record<string, boolean> };
    const names = Object.keys(before);
    expect(names.length).toBe(6);
    // Optimized during the run (else the check below would prove nothing) …
    expect(names.filter((n) => !before[n])).toEqual([]);
    // … and still optimized after the results died and two full collections ran.
    expect(names.filter((n) => !after[n])).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
