import { execFileSync } from 'node:child_process';
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/cli';
import { MAX_INPUT_BYTES } from '../../src/cli/files';
import { nodeIO } from '../../src/cli/nodeIO';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook } from '../engine/helpers';
import { capturedNodeIO, listing, tempDir } from './fsHelpers';

/**
 * The command line on real files (issue 12): no output ever replaces IN, however it is named,
 * and IN must be a regular file of a sane size. Each refusal is exit 2 before anything is read
 * or written: IN keeps its bytes and the folder gains no file.
 */

let workbook: Buffer;
beforeAll(async () => {
  const wb = createXlsx();
  await wb.writeInputTables(miniWorkbook());
  workbook = Buffer.from(await wb.toBuffer());
});

let tmp: ReturnType<typeof tempDir>;
let dir: string;
beforeEach(() => {
  tmp = tempDir();
  dir = tmp.dir;
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'IN.xlsx'), workbook);
  symlinkSync(join(dir, 'IN.xlsx'), join(dir, 'link.xlsx'));
  linkSync(join(dir, 'IN.xlsx'), join(dir, 'hard.xlsx'));
  symlinkSync('../IN.xlsx', join(dir, 'sub', 'relative-link.json'));
});
afterEach(() => tmp.remove());

/** Every way to name IN again: a symbolic link, a hard link, and other spellings of its path. */
const spellings: [string, () => string][] = [
  ['a symbolic link', () => 'link.xlsx'],
  ['a relative symbolic link in a subfolder', () => 'sub/relative-link.json'],
  ['a hard link', () => 'hard.xlsx'],
  ['./IN.xlsx', () => './IN.xlsx'],
  ['sub/../IN.xlsx', () => 'sub/../IN.xlsx'],
  ['an absolute path', () => join(dir, 'IN.xlsx')],
  ['a doubled slash', () => './/IN.xlsx'],
];

const COMMANDS: [string, (out: string) => string[]][] = [
  ['calculate --out', (out) => ['calculate', 'IN.xlsx', '--out', out]],
  ['calculate --json', (out) => ['calculate', 'IN.xlsx', '--json', out]],
  ['invoice --out', (out) => ['invoice', 'IN.xlsx', '--out', out]],
  ['statement --out', (out) => ['statement', 'IN.xlsx', '--customer', 'A', '--out', out]],
  ['trace --json', (out) => ['trace', 'IN.xlsx', '--customer', 'A', '--json', out]],
];

describe('an output naming IN is refused with exit 2, IN and the folder untouched', () => {
  const cases = COMMANDS.flatMap(([command, argv]) =>
    spellings
      // calculate --out and statement --out want .xlsx, invoice .csv or .xlsx: the link into sub/ ends in .json.
      .filter(([what]) => !(what.includes('subfolder') && !command.endsWith('--json')))
      .map(([what, out]) => [command, what, argv, out] as const),
  );
  it.each(cases)('%s given %s', async (_command, _what, argv, out) => {
    const before = listing(dir);
    const io = capturedNodeIO({ cwd: dir });
    const code = await runCli(argv(out()), io);
    expect(io.err).toContain('är samma fil som indatafilen IN.xlsx');
    expect(code).toBe(EXIT_USAGE);
    expect(readFileSync(join(dir, 'IN.xlsx')).equals(workbook)).toBe(true);
    expect(lstatSync(join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'hard.xlsx')).ino).toBe(statSync(join(dir, 'IN.xlsx')).ino);
    expect(listing(dir)).toEqual(before);
    expect(io.out).toBe('');
  });

  it('IN itself given through a symbolic link, the output its real name', async () => {
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['calculate', 'link.xlsx', '--out', 'IN.xlsx'], io)).toBe(EXIT_USAGE);
    expect(io.err).toContain('IN.xlsx (--out) är samma fil som indatafilen link.xlsx');
    expect(readFileSync(join(dir, 'IN.xlsx')).equals(workbook)).toBe(true);
  });
});

describe('two outputs naming the same file are refused', () => {
  it.each([
    ['the same name, not yet there', 'out.xlsx', './out.xlsx'],
    ['a symbolic link to the other', 'out.xlsx', 'out-link.json'],
    ['a hard link to the other', 'out.xlsx', 'out-hard.json'],
  ])('%s', async (_what, out, json) => {
    if (json !== './out.xlsx') {
      writeFileSync(join(dir, 'out.xlsx'), 'old');
      if (json === 'out-link.json') symlinkSync('out.xlsx', join(dir, json));
      else linkSync(join(dir, 'out.xlsx'), join(dir, json));
    }
    const before = listing(dir);
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['calculate', 'IN.xlsx', '--out', out, '--json', json], io)).toBe(EXIT_USAGE);
    expect(io.err).toContain(`--out ${out} och --json ${json} är samma fil; ange två olika filer.`);
    expect(listing(dir)).toEqual(before);
  });
});

describe('IN must be a regular file of at most 1 GB', () => {
  it('refuses /dev/zero at once, reading nothing', async () => {
    const io = capturedNodeIO({ cwd: dir });
    const started = Date.now();
    expect(await runCli(['calculate', '/dev/zero', '--json', 'out.json'], io)).toBe(EXIT_USAGE);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(io.err).toBe('intaktsmodell: /dev/zero är ingen vanlig fil (utan en enhet som /dev/zero, en namngiven pipe eller en socket) och läses inte; ange en .xlsx-fil.\n');
    expect(listing(dir)).not.toContain('out.json');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['invoice', 'pipe.xlsx', '--out', 'fu.csv'], io)).toBe(EXIT_USAGE);
    expect(io.err).toContain('pipe.xlsx är ingen vanlig fil');
  });

  it('refuses a folder', async () => {
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['statement', 'sub', '--all', '--out', 'kb.xlsx'], io)).toBe(EXIT_USAGE);
    expect(io.err).toBe('intaktsmodell: sub är en mapp, inte en arbetsbok; ange en .xlsx-fil.\n');
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    // A sparse file: 1 GB + 1 byte long, no disk used.
    const big = join(dir, 'big.xlsx');
    closeSync(openSync(big, 'w'));
    execFileSync('truncate', ['-s', String(MAX_INPUT_BYTES + 1), big]);
    const io = capturedNodeIO({ cwd: dir });
    const started = Date.now();
    expect(await runCli(['trace', 'big.xlsx', '--customer', 'A'], io)).toBe(EXIT_USAGE);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(io.err).toBe('intaktsmodell: big.xlsx är 1\u00a0024 MB, större än de 1\u00a0024 MB som läses (en arbetsbok för ett helt land är omkring 40 MB); är det rätt fil?\n');
  });

  it('the host refuses the same by itself, whatever the command line checked (a file swapped after the check)', async () => {
    const io = nodeIO({ cwd: dir });
    await expect(io.readFile('/dev/zero', MAX_INPUT_BYTES)).rejects.toMatchObject({ code: 'ENOTREGULAR' });
    await expect(io.readFile('sub', MAX_INPUT_BYTES)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(io.readFile('IN.xlsx', workbook.length - 1)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(Buffer.from(await io.readFile('link.xlsx', workbook.length)).equals(workbook)).toBe(true);
  });
});

describe('outputs on real files', () => {
  it('writes every output through a symbolic link into its target, keeping the link, and leaves no temporary file', async () => {
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'out.json'));
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['calculate', 'IN.xlsx', '--json', 'out.json', '--out', 'sub/out.xlsx', '--quiet'], io)).toBe(EXIT_OK);
    expect(lstatSync(join(dir, 'out.json')).isSymbolicLink()).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')) as object)).toContain('Prislista');
    expect((await (await openXlsx(readFileSync(join(dir, 'sub', 'out.xlsx')))).readTables()).map((t) => t.name)).toContain('Prislista');
    expect(listing(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(dir, 'IN.xlsx')).equals(workbook)).toBe(true);
  });

  it('replaces a hard link to another file by a new file, leaving that other file as it was', async () => {
    writeFileSync(join(dir, 'keep.csv'), 'old');
    linkSync(join(dir, 'keep.csv'), join(dir, 'fu.csv'));
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['invoice', 'IN.xlsx', '--out', 'fu.csv', '--quiet'], io)).toBe(EXIT_OK);
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'fu.csv'), 'utf8')).toMatch(/^\ufeffKund;Tjänst;Period;Belopp;Text\r\n/);
  });

  it('refuses an output that is a folder before calculating', async () => {
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['calculate', 'IN.xlsx', '--json', 'sub'], io)).toBe(EXIT_USAGE);
    expect(io.err).toBe('intaktsmodell: utfilen sub (--json) är en mapp; ange ett filnamn.\n');
  });

  it('writes to a device as it is (/dev/null stays a device)', async () => {
    const io = capturedNodeIO({ cwd: dir });
    expect(await runCli(['trace', 'IN.xlsx', '--customer', 'A', '--json', '/dev/null'], io)).toBe(EXIT_OK);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
