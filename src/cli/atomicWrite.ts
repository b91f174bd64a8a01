import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gathered, isWhole, type OutputData } from './chunks';

/** The parts of node:fs/promises the writer uses; tests pass one that fails on purpose. */
export type WriterFs = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'stat' | 'realpath' | 'writeFile'>;

/** Where the names of temporary files are told while they exist (temporary-files.ts, or a message to another thread). */
export interface TemporaryFileList {
  add(path: string): void;
  delete(path: string): void;
}

export interface WriteOptions {
  fs?: WriterFs;
  /** Names of temporary files while they exist, so a run stopped by a signal can remove them (nodeIO). */
  pending?: TemporaryFileList;
  /** Files (`dev:ino`) never to replace, checked again just before the rename: the files this run read. */
  keep?: ReadonlySet<string>;
}

/**
 * Writes `data` to `path` all or nothing: into a new temporary file in the target's folder,
 * flushed to disk, then renamed over the target, which the file system does in one step. An
 * interrupted or failed write leaves the old file (or none) and removes the temporary file;
 * the target is never opened for writing, so a file that is also IN cannot be half-overwritten,
 * and a target that is one of `keep` (IN, swapped in after the command line's checks) is refused.
 * A symbolic link to an existing file is followed (the file is replaced, the link kept); an
 * existing file keeps its permissions. A device or a named pipe (/dev/null, /dev/stdout) is no
 * file to replace: it is written to directly.
 *
 * `data` given in parts (an iterable or async iterable of strings and byte arrays) is streamed
 * into the temporary file in writes of about 64 KB as the parts are made, so no whole-document
 * string is built; the same guarantees hold: a part that throws while being made, or a write
 * that fails after some parts, leaves the old file (or none) and no temporary file.
 */
export async function writeAtomically(path: string, data: OutputData, options: WriteOptions = {}): Promise<void> {
  const { fs = fsPromises, pending = new Set<string>(), keep = new Set<string>() } = options;
  const existing = await statOrNull(fs, path);
  if (existing?.isDirectory()) throw coded('EISDIR', path);
  if (existing && !existing.isFile()) return fs.writeFile(path, isWhole(data) ? data : gathered(data));
  const target = existing ? await fs.realpath(path) : path;
  const temp = join(dirname(target), `.${basename(target).slice(0, 100)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fsPromises.FileHandle | undefined;
  pending.add(temp);
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    if (existing) await handle.chmod(Number(existing.mode & 0o7777n));
    if (isWhole(data)) await handle.writeFile(data);
    else await writeParts(handle, data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    const now = await statOrNull(fs, target);
    if (now && keep.has(`${now.dev}:${now.ino}`)) throw coded('EINPUT', target);
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/**
 * The parts' buffers written in order, each while the next is being made (the write runs on
 * libuv's threads, making the rows on this one); a failed write is thrown once the buffer being
 * made is done, a failing part at once (after the write in flight has ended).
 */
async function writeParts(handle: fsPromises.FileHandle, data: Exclude<OutputData, string | Uint8Array>): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const buffer of gathered(data)) {
      await writing;
      writing = writeAll(handle, buffer);
      // Handled here so a failure is not reported as unhandled before it is awaited.
      writing.catch(() => undefined);
    }
  } finally {
    await writing.catch(() => undefined);
  }
  await writing;
}

/** Writes all of `buffer` at the file's position (a write may take only part of it). */
async function writeAll(handle: fsPromises.FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('EIO: write wrote nothing'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function statOrNull(fs: WriterFs, path: string) {
  try {
    return await fs.stat(path, { bigint: true });
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

function coded(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
