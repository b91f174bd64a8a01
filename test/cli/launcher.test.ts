/**
 * The built command line as a user runs it: bin/intaktsmodell.js starts the launcher
 * (dist/cli.cjs), which runs the command in a worker thread. `npm test` builds dist first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, SIZES } from '../../bench/generate';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';

const BIN = join(__dirname, '..', '..', 'bin', 'intaktsmodell.js');
const dir = mkdtempSync(join(tmpdir(), 'intaktsmodell-launcher-'));

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

describe('the command line through its launcher and worker thread', () => {
  it('passes the arguments, the output, the messages and the exit code through', () => {
    const example = run(['example', 'exempel.xlsx']);
    expect(example.status).toBe(0);
    const calculated = run(['calculate', 'exempel.xlsx', '--json', 'exempel.json', '--quiet']);
    expect([calculated.status, calculated.stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(dir, 'exempel.json'), 'utf8'))).toHaveProperty('Prislista');

    const missing = run(['calculate', 'finns-inte.xlsx']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('finns-inte.xlsx');
    expect(missing.stdout).toBe('');

    // Help on no arguments is a usage error (2), printed whole although the worker ends at once.
    const help = run([]);
    expect(help.status).toBe(2);
    expect(help.stderr).toMatch(/Exempel \/ examples:[\s\S]*intaktsmodell trace exempel\.xlsx/);
  });

  describe('stopped by a signal', () => {
    let city: string;
    beforeAll(async () => {
      const workbook = createXlsx();
      await workbook.writeInputTables(generate(SIZES.find((s) => s.name === 'city')!));
      city = join(dir, 'stad.xlsx');
      writeFileSync(city, await workbook.toBuffer());
    }, 120_000);

    it('while OUT is being written: ends with 130 at once, removes the temporary file and leaves the old OUT as it was', async () => {
      writeFileSync(join(dir, 'resultat.xlsx'), 'förra resultatet');
      const child = spawn(process.execPath, [BIN, 'calculate', city, '--out', 'resultat.xlsx', '--quiet'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
      const deadline = Date.now() + 60_000;
      while (temporary().length === 0 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
      expect(temporary()).toHaveLength(1);
      const signalled = Date.now();
      child.kill('SIGINT');
      expect(await ended).toBe(130);
      expect(Date.now() - signalled).toBeLessThan(2_000);
      expect(stderr).toContain('avbruten (SIGINT); ingen utfil skrevs till hälften');
      expect(temporary()).toEqual([]);
      expect(readFileSync(join(dir, 'resultat.xlsx'), 'utf8')).toBe('förra resultatet');
    }, 90_000);

    it('on SIGTERM while it reads and calculates: ends with 143, and an output is whole or not there', async () => {
      const child = spawn(process.execPath, [BIN, 'calculate', city, '--out', 'nytt.xlsx', '--json', 'nytt.json'], { cwd: dir });
      const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // The first progress line shows the worker is reading the workbook.
      await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
      child.kill('SIGTERM');
      expect(await ended).toBe(143);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // On a busy machine the JSON may be done before the signal comes: then it is whole.
      if (existsSync(join(dir, 'nytt.json'))) expect(() => JSON.parse(readFileSync(join(dir, 'nytt.json'), 'utf8'))).not.toThrow();
      if (existsSync(join(dir, 'nytt.xlsx'))) await expect((await openXlsx(new Uint8Array(readFileSync(join(dir, 'nytt.xlsx'))))).readTables()).resolves.toBeDefined();
    }, 90_000);
  });
});
