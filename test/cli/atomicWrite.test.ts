import * as fsPromises from 'node:fs/promises';
import { chmodSync, linkSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli';
import { writeAtomically, type WriterFs } from '../../src/cli/atomicWrite';
import { createXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook } from '../engine/helpers';
import { TemporaryFiles } from '../../src/cli/temporary-files';
import { nodeIO } from '../../src/cli/nodeIO';
import { capturedNodeIO, listing, tempDir } from './fsHelpers';

let tmp: ReturnType<typeof tempDir>;
let dir: string;
beforeEach(() => {
  tmp = tempDir();
  dir = tmp.dir;
});
afterEach(() => tmp.remove());

/** A file system whose file handles write the first `bytes` bytes and then fail, as a full disk does. */
function failingMidWrite(bytes: number, seen: string[] = []): WriterFs {
  return {
    ...fsPromises,
    open: (async (path: string, flags: string, mode: number) => {
      seen.push(path);
      const handle = await fsPromises.open(path, flags, mode);
      handle.writeFile = async (data: Uint8Array | string) => {
        await handle.write(Buffer.from(data).subarray(0, bytes));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      // A streamed output is written a buffer at a time: the first `bytes` bytes go in, then the disk is full.
      const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      let left = bytes;
      (handle as unknown as { write: unknown }).write = async (buffer: Buffer, offset = 0, length = buffer.length - offset) => {
        if (left > 0) await write(buffer, offset, Math.min(length, left));
        left -= Math.min(length, left);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return handle;
    }) as WriterFs['open'],
  };
}

describe('writeAtomically', () => {
  it('writes a new file, and replaces an old one keeping its permissions', async () => {
    const path = join(dir, 'out.json');
    await writeAtomically(path, 'första');
    expect(readFileSync(path, 'utf8')).toBe('första');
    chmodSync(path, 0o640);
    await writeAtomically(path, new TextEncoder().encode('andra'));
    expect(readFileSync(path, 'utf8')).toBe('andra');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(listing(dir)).toEqual(['out.json']);
  });

  it('replaces the file a symbolic link points to, and keeps the link', async () => {
    writeFileSync(join(dir, 'target.csv'), 'old');
    symlinkSync('target.csv', join(dir, 'link.csv'));
    await writeAtomically(join(dir, 'link.csv'), 'new');
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.csv'), 'utf8')).toBe('new');
  });

  it('writes into a temporary file in the target folder, never opening the target', async () => {
    const seen: string[] = [];
    const fs: WriterFs = { ...fsPromises, open: ((path: string, ...rest: [string, number]) => (seen.push(path), fsPromises.open(path, ...rest))) as WriterFs['open'] };
    await writeAtomically(join(dir, 'out.json'), 'x', { fs });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(new RegExp(`^${dir}/\\.out\\.json\\.\\d+-[0-9a-f]{8}\\.tmp$`));
  });

  it('failing mid-write leaves the old file whole and no temporary file', async () => {
    const path = join(dir, 'out.json');
    writeFileSync(path, 'the old, complete file');
    const seen: string[] = [];
    await expect(writeAtomically(path, 'x'.repeat(100_000), { fs: failingMidWrite(10, seen) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(seen).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('the old, complete file');
    expect(listing(dir)).toEqual(['out.json']);
  });

  it('failing mid-write of a new file leaves no file at all', async () => {
    await expect(writeAtomically(join(dir, 'new.csv'), 'x'.repeat(100_000), { fs: failingMidWrite(10) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(listing(dir)).toEqual([]);
  });

  it('failing to rename removes the temporary file', async () => {
    const fs: WriterFs = { ...fsPromises, rename: async () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeAtomically(join(dir, 'out.json'), 'x', { fs })).rejects.toMatchObject({ code: 'EXDEV' });
    expect(listing(dir)).toEqual([]);
  });
});

/** `count` parts of `size` characters each ("a", "b", … in turn), as a row writer yields them. */
function* parts(count: number, size: number): Generator<string> {
  for (let i = 0; i < count; i++) yield String.fromCharCode(97 + (i % 26)).repeat(size);
}

/** A file system that counts the writes of its file handles and their sizes. */
function countingWrites(sizes: number[]): WriterFs {
  return {
    ...fsPromises,
    open: (async (path: string, flags: string, mode: number) => {
      const handle = await fsPromises.open(path, flags, mode);
      const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      (handle as unknown as { write: unknown }).write = async (buffer: Buffer, offset: number, length: number) => {
        sizes.push(length);
        return write(buffer, offset, length);
      };
      return handle;
    }) as WriterFs['open'],
  };
}

describe('writeAtomically with the output in parts (streamed)', () => {
  it('writes the parts in order, text as UTF-8 and bytes as they are, in writes of about 64 KB, not one per part', async () => {
    const path = join(dir, 'out.json');
    const sizes: number[] = [];
    await writeAtomically(path, parts(10_000, 50), { fs: countingWrites(sizes) });
    expect(readFileSync(path, 'utf8')).toBe([...parts(10_000, 50)].join(''));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(500_000);
    expect(sizes.length).toBe(Math.ceil(500_000 / 65_550));
    for (const size of sizes.slice(0, -1)) expect(size).toBe(64 * 1024);

    const mixed = async function* () {
      yield '\ufeffÅby;';
      yield new Uint8Array([0x31, 0x0d, 0x0a]);
      yield 'Älvsjö';
    };
    await writeAtomically(path, mixed());
    expect(readFileSync(path, 'utf8')).toBe('\ufeffÅby;1\r\nÄlvsjö');
    await writeAtomically(path, []);
    expect(readFileSync(path, 'utf8')).toBe('');
    expect(listing(dir)).toEqual(['out.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeAtomically(path, parts(3, 100_000));
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path).length).toBe(300_000);
  });

  it('a part that throws while being made, after some were written, leaves the old file whole (or none) and no temporary file', async () => {
    const written: number[] = [];
    function* failing(): Generator<string> {
      yield* parts(100, 10_000);
      // By now more than one buffer of 64 KB is in the temporary file.
      written.push(...listing(dir).filter((n) => n.endsWith('.tmp')).map((n) => statSync(join(dir, n)).size));
      throw new Error('rad 101 kunde inte göras');
    }
    await expect(writeAtomically(join(dir, 'new.json'), failing())).rejects.toThrow('rad 101 kunde inte göras');
    expect(written).toHaveLength(1);
    expect(written[0]).toBeGreaterThanOrEqual(64 * 1024);
    expect(listing(dir)).toEqual([]);

    writeFileSync(join(dir, 'old.json'), 'the old, complete file');
    await expect(writeAtomically(join(dir, 'old.json'), failing())).rejects.toThrow('rad 101 kunde inte göras');
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('the old, complete file');
    expect(listing(dir)).toEqual(['old.json']);
  });

  it('a write that fails after some buffers were written leaves the old file whole and no temporary file', async () => {
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'the old, complete file');
    await expect(writeAtomically(path, parts(100, 10_000), { fs: failingMidWrite(200_000) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe('the old, complete file');
    expect(listing(dir)).toEqual(['out.csv']);
    await expect(writeAtomically(join(dir, 'new.csv'), parts(100, 10_000), { fs: failingMidWrite(200_000) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(listing(dir)).toEqual(['out.csv']);
  });

  it('the host refuses a target that became IN after the checks, for a streamed output too', async () => {
    writeFileSync(join(dir, 'IN.xlsx'), 'indata');
    const io = nodeIO({ cwd: dir });
    await io.readFile('IN.xlsx', 100);
    symlinkSync('IN.xlsx', join(dir, 'late-link.json'));
    await expect(io.writeFile('late-link.json', parts(10, 10_000))).rejects.toMatchObject({ code: 'EINPUT' });
    expect(readFileSync(join(dir, 'IN.xlsx'), 'utf8')).toBe('indata');
    expect(listing(dir)).toEqual(['IN.xlsx', 'late-link.json']);
  });

  it('a signal while the parts are being made: the temporary file is listed, and removing the listed files removes it', async () => {
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    let started!: () => void;
    const writing = new Promise<void>((resolve) => (started = resolve));
    let stop!: (error: Error) => void;
    async function* hanging(): AsyncGenerator<string> {
      yield* parts(10, 10_000);
      started();
      await new Promise((_, reject) => (stop = reject));
    }
    let opened: fsPromises.FileHandle | undefined;
    const fs: WriterFs = { ...fsPromises, open: (async (p: string, flags: string, mode: number) => (opened = await fsPromises.open(p, flags, mode))) as WriterFs['open'] };
    const temporary = new TemporaryFiles();
    const io = nodeIO({ cwd: dir, fs, temporaryFiles: temporary });
    const write = io.writeFile('out.json', hanging());
    await writing;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listing(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    temporary.removeAll();
    expect(listing(dir)).toEqual(['out.json']);
    expect(readFileSync(path, 'utf8')).toBe('old');
    // Let the write end (a real run exits here), so nothing is left open.
    stop(new Error('avbruten'));
    await expect(write).rejects.toThrow('avbruten');
    await opened?.close().catch(() => undefined);
    expect(listing(dir)).toEqual(['out.json']);
  });
});

describe('the host never replaces a file it read', () => {
  it('refuses a target that became IN after the checks (a link made in between), leaving IN and no temporary file', async () => {
    writeFileSync(join(dir, 'IN.xlsx'), 'indata');
    const io = nodeIO({ cwd: dir });
    await io.readFile('IN.xlsx', 100);
    symlinkSync('IN.xlsx', join(dir, 'late-link.json'));
    await expect(io.writeFile('late-link.json', 'utdata')).rejects.toMatchObject({ code: 'EINPUT' });
    linkSync(join(dir, 'IN.xlsx'), join(dir, 'late-hard.json'));
    await expect(io.writeFile('late-hard.json', 'utdata')).rejects.toMatchObject({ code: 'EINPUT' });
    expect(readFileSync(join(dir, 'IN.xlsx'), 'utf8')).toBe('indata');
    expect(listing(dir)).toEqual(['IN.xlsx', 'late-hard.json', 'late-link.json']);
    await io.writeFile('other.json', 'utdata');
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe('utdata');
  });
});

describe('the command line when a write fails mid-way', () => {
  it('exits 2 saying the disk is full; OUT keeps its old bytes, IN its own, and no temporary file is left', async () => {
    const wb = createXlsx();
    await wb.writeInputTables(miniWorkbook());
    const input = Buffer.from(await wb.toBuffer());
    writeFileSync(join(dir, 'IN.xlsx'), input);
    writeFileSync(join(dir, 'fu.csv'), 'förra körningens fakturaunderlag');
    const io = capturedNodeIO({ cwd: dir, fs: failingMidWrite(20) });
    expect(await runCli(['invoice', 'IN.xlsx', '--out', 'fu.csv'], io)).toBe(2);
    expect(io.err).toBe('intaktsmodell: kunde inte skriva fu.csv: disken är full\n');
    expect(readFileSync(join(dir, 'fu.csv'), 'utf8')).toBe('förra körningens fakturaunderlag');
    expect(readFileSync(join(dir, 'IN.xlsx')).equals(input)).toBe(true);
    expect(listing(dir)).toEqual(['IN.xlsx', 'fu.csv']);
  });
});

describe('a run stopped by a signal mid-write', () => {
  it('removing the listed temporary files removes the one of a write under way; the target keeps its old bytes', async () => {
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    let started!: () => void;
    let opened: fsPromises.FileHandle | undefined;
    const writing = new Promise<void>((resolve) => (started = resolve));
    // Writes a part, then hangs as a slow disk would, until the "signal" comes.
    const hanging: WriterFs = {
      ...fsPromises,
      open: (async (p: string, flags: string, mode: number) => {
        const handle = await fsPromises.open(p, flags, mode);
        opened = handle;
        handle.writeFile = async (data: Uint8Array | string) => {
          await handle.write(Buffer.from(data).subarray(0, 3));
          started();
          await new Promise(() => undefined);
        };
        return handle;
      }) as WriterFs['open'],
    };
    const temporary = new TemporaryFiles();
    const io = nodeIO({ cwd: dir, fs: hanging, temporaryFiles: temporary });
    void io.writeFile('out.json', 'new contents');
    await writing;
    expect(listing(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    temporary.removeAll();
    expect(listing(dir)).toEqual(['out.json']);
    expect(readFileSync(path, 'utf8')).toBe('old');
    await opened?.close();
  });
});
