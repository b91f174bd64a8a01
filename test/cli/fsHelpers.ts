import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/cli';
import { nodeIO, type NodeIOOptions } from '../../src/cli/nodeIO';

/** A fresh folder under the system's temporary folder, removed by `remove`. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-files-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Node's host on real files, its streams captured, its clock a millisecond a call (no progress lines on a slow machine). */
export function capturedNodeIO(options: NodeIOOptions): CliIO & { out: string; err: string } {
  let clock = 0;
  const io = { ...nodeIO(options), out: '', err: '', now: () => (clock += 1) };
  io.stdout = (text: string) => void (io.out += text);
  io.stderr = (text: string) => void (io.err += text);
  return io;
}

/** Every name in the folder and its subfolders, sorted (temporary files included). */
export function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}
