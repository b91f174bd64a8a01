import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The parts of node:fs/promises the writer uses; tests pass one that fails on purpose. */
export type WriterFs = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'stat' | 'realpath' | 'writeFile'>;

/**
 * Writes `data` to `path` all or nothing: into a new temporary file in the target's folder,
 * flushed to disk, then renamed over the target, which the file system does in one step. An
 * interrupted or failed write leaves the old file (or none) and removes the temporary file;
 * the target is never opened for writing, so a file that is also IN cannot be half-overwritten.
 * A symbolic link to an existing file is followed (the file is replaced, the link kept); an
 * existing file keeps its permissions. A device or a named pipe (/dev/null, /dev/stdout) is no
 * file to replace: it is written to directly. The temporary file's name is in `pending` while
 * it exists, so a run stopped by a signal can remove it (nodeIO's removeTemporaryFiles).
 */
export async function writeAtomically(path: string, data: Uint8Array | string, fs: WriterFs = fsPromises, pending = new Set<string>()): Promise<void> {
  const existing = await fs.stat(path).catch((error: unknown) => {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  });
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
  if (existing && !existing.isFile()) return fs.writeFile(path, data);
  const target = existing ? await fs.realpath(path) : path;
  const temp = join(dirname(target), `.${basename(target).slice(0, 100)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fsPromises.FileHandle | undefined;
  pending.add(temp);
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    if (existing) await handle.chmod(existing.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
