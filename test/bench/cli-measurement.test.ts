import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { runChild } from '../../bench/childPeak';
import { fileFloor, scanPackage } from '../../bench/fileFloor';
import { outputFloor } from '../../bench/outputFloor';
import { generate } from '../../bench/generate';
import { CACHE_DIR, cachedInput, inputPath, writerHash } from '../../bench/inputWorkbook';
import { leanXlsx } from '../../bench/leanXlsx';
import type { RawTable } from '../../src/engine/cells';
import { openXlsx } from '../../src/workbook/xlsx';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-bench-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('runChild: a fresh process timed, with its own peak memory', () => {
  it('reads a peak of at least the 200 MB a child allocates and touches, and not far above it', async () => {
    const small = await runChild(script('idle.js', ''), [], { timeoutMs: 60_000 });
    const big = await runChild(script('alloc.js', 'const b = Buffer.alloc(200 * 2 ** 20, 1); if (b[b.length - 1] !== 1) process.exit(9);'), [], { timeoutMs: 60_000 });
    expect(small.error).toBeUndefined();
    expect(big.error).toBeUndefined();
    expect(big.peakExact).toBe(true);
    expect(big.peakMB).toBeGreaterThanOrEqual(200);
    // Node's own start-up (an empty script's peak) plus the 200 MB, with some slack.
    expect(big.peakMB).toBeLessThan((small.peakMB as number) + 200 + 40);
    expect(big.ms).toBeGreaterThan(0);
  });

  it('reports a failed child and one past its time limit instead of throwing', async () => {
    const failed = await runChild(script('fail.js', 'process.stderr.write("trasig fil\\n"); process.exit(3);'), [], { timeoutMs: 60_000 });
    expect(failed.error).toMatch(/^exit code 3 after \d+ s: trasig fil$/);
    const slow = await runChild(script('slow.js', 'setTimeout(() => {}, 60_000);'), [], { timeoutMs: 500 });
    expect(slow.error).toBe('passed the time limit of 1 s (killed)');
    expect(slow.ms).toBeLessThan(30_000);
  });
});

describe('the file floor', () => {
  it('inflates every part and parses every XML part', () => {
    const zip = zipSync({
      'a.xml': strToU8('<?xml version="1.0"?><r><x a="1"/><x>ö</x><y/></r>'),
      '_rels/.rels': strToU8('<Relationships><Relationship Id="1"/></Relationships>'),
      'bild.png': new Uint8Array(1000).fill(7),
    });
    const scan = scanPackage(zip);
    expect(scan.parts).toBe(3);
    expect(scan.elements).toBe(4 + 2);
    expect(scan.bytes).toBe(strToU8('<?xml version="1.0"?><r><x a="1"/><x>ö</x><y/></r>').length + 53 + 1000);
  });

  it('refuses XML that is not well formed, so every character is really parsed', () => {
    expect(() => scanPackage(zipSync({ 'a.xml': strToU8('<r><x></r>') }))).toThrow();
  });

  it('writes each output once and leaves no file behind', () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, zipSync({ 'a.xml': strToU8('<r/>') }));
    const out = join(dir, 'out.bin');
    writeFileSync(out, new Uint8Array(3 * 2 ** 20));
    const floor = fileFloor(input, [out], join(dir, 'floor.tmp'));
    expect(floor.scan.elements).toBe(1);
    expect(floor.ms).toBeGreaterThan(0);
    expect(() => readFileSync(join(dir, 'floor.tmp'))).toThrow();
  });
});

describe("the outputs' floor", () => {
  it('deflates only the parts OUT has that IN has not as they are, and makes the JSON again', async () => {
    const input = join(dir, 'floor-in.xlsx');
    const output = join(dir, 'floor-out.xlsx');
    const json = join(dir, 'floor-out.json');
    writeFileSync(input, zipSync({ 'same.xml': strToU8('<r/>'), 'changed.xml': strToU8('<r>1</r>'), 'gone.xml': strToU8('<g/>') }));
    writeFileSync(output, zipSync({ 'same.xml': strToU8('<r/>'), 'changed.xml': strToU8('<r>2</r>'), 'new.xml': strToU8('<n/>') }));
    writeFileSync(json, JSON.stringify({ Prislista: [{ Pris: 12 }] }, null, 2));
    const floor = await outputFloor(input, [output, json]);
    expect(floor.deflatedParts.sort()).toEqual(['changed.xml', 'new.xml']);
    expect(floor.jsonMs).not.toBeNull();
    expect(floor.ms).toBe(floor.jsonMs! + floor.deflateMs!);
  });

  it('has no sum without both outputs (the invoice writes neither)', async () => {
    const input = join(dir, 'floor-in.xlsx');
    const floor = await outputFloor(input, []);
    expect([floor.ms, floor.jsonMs, floor.deflateMs, floor.deflatedParts]).toEqual([null, null, null, []]);
  });
});

describe('leanXlsx: the bench IN for a country', () => {
  const tables = generate({ name: 'small', customers: 12, services: 30, volumeRows: 200, deviationRows: 300 });

  it('reads back as the generated tables', async () => {
    const read = await (await openXlsx(leanXlsx(tables))).readTables();
    const shape = (ts: readonly RawTable[]) => ts.map((t) => ({ name: t.name, headers: t.headers, rows: t.rows }));
    expect(shape(read)).toEqual(shape(tables));
  });

  it('has zero findings from xlsx-check', () => {
    if (!xlsxCheckAvailable()) return;
    expect(xlsxFindings(leanXlsx(tables))).toEqual([]);
  });
});

describe('the cached IN workbooks', () => {
  const size = { name: 'jest-tiny', customers: 3, services: 12, volumeRows: 20, deviationRows: 10 };

  it('are written once, named by size, seed and the writer code’s hash, and replace older ones of the same size and seed', async () => {
    mkdirSync(CACHE_DIR, { recursive: true });
    const stale = join(CACHE_DIR, 'jest-tiny-7-0123456789ab.xlsx');
    const otherSeed = join(CACHE_DIR, 'jest-tiny-8-0123456789ab.xlsx');
    writeFileSync(stale, 'older code');
    writeFileSync(otherSeed, 'another seed');
    const path = inputPath(size, 7);
    try {
      rmSync(path, { force: true });
      expect(path).toBe(join(CACHE_DIR, `jest-tiny-7-${writerHash()}.xlsx`));
      const first = await cachedInput(size, 7);
      expect(first.path).toBe(path);
      expect(first.madeMs).not.toBeNull();
      const second = await cachedInput(size, 7);
      expect(second).toEqual({ path, madeMs: null });
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(otherSeed)).toBe(true);
      const read = await (await openXlsx(readFileSync(path))).readTables();
      expect(read.find((t) => t.name === 'Volymer')?.rows).toEqual(generate(size, 7).find((t) => t.name === 'Volymer')?.rows);
    } finally {
      for (const file of [path, stale, otherSeed]) rmSync(file, { force: true });
    }
  });
});
