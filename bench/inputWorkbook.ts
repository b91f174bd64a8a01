import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx } from '../src/workbook/xlsx';
import { generate, type Size } from './generate';
import { leanXlsx } from './leanXlsx';

/** The repository's root, from bench/ (jest) or dist/ (npm run bench's bundle) alike. */
const ROOT = join(__dirname, '..');

/** Where the IN workbooks are kept between runs. */
export const CACHE_DIR = join(tmpdir(), 'intaktsmodell-bench');

/**
 * Sizes whose IN is written by the lean writer (bench/leanXlsx.ts) instead of the project's
 * own (createXlsx + writeInputTables + toBuffer): see BENCHMARKS.md for the measurement that
 * chose it.
 */
const LEAN: ReadonlySet<string> = new Set(['country']);

/**
 * A hash of the code that makes an IN workbook: the generator, the lean writer and every source
 * file of the xlsx adapter, its folders included. A change to any of them names a new file, so a stale one is never used.
 */
export function writerHash(): string {
  const hash = createHash('sha256');
  const writer = join(ROOT, 'src', 'workbook', 'xlsx');
  const sources = (readdirSync(writer, { recursive: true }) as string[]).sort().map((f) => join(writer, f)).filter((f) => statSync(f).isFile());
  const files = [join(ROOT, 'bench', 'generate.ts'), join(ROOT, 'bench', 'leanXlsx.ts'), ...sources];
  for (const file of files) hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export function inputPath(size: Size, seed: number, hash = writerHash()): string {
  return join(CACHE_DIR, `${size.name}-${seed}-${hash}.xlsx`);
}

/** The bytes of a size's IN workbook: its generated tables written as a user's workbook. */
export async function inputBytes(size: Size, seed: number): Promise<Uint8Array> {
  const tables = generate(size, seed);
  if (LEAN.has(size.name)) return leanXlsx(tables);
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  return workbook.toBuffer();
}

/**
 * The path of a size's IN workbook, written once and then taken from the cache: `made` tells
 * whether it was written now, and how long that took.
 */
export async function cachedInput(size: Size, seed: number): Promise<{ path: string; madeMs: number | null }> {
  const path = inputPath(size, seed);
  if (existsSync(path)) return { path, madeMs: null };
  mkdirSync(CACHE_DIR, { recursive: true });
  const start = performance.now();
  const bytes = await inputBytes(size, seed);
  // Renamed into place once whole: a bench stopped mid-write leaves no half file under the final name.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  // The same size and seed written by older code: never used again.
  const stale = new RegExp(`^${size.name}-${seed}-[0-9a-f]+\\.xlsx$`);
  for (const name of readdirSync(CACHE_DIR)) if (stale.test(name) && join(CACHE_DIR, name) !== path) rmSync(join(CACHE_DIR, name), { force: true });
  return { path, madeMs: performance.now() - start };
}
