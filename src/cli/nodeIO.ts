import { constants } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isCode, writeAtomically, type TemporaryFileList, type WriterFs } from './atomicWrite';
import type { CliIO, PathInfo } from './io';

export interface NodeIOOptions {
  /** The folder relative paths start from (default: the process's working folder). */
  cwd?: string;
  /** The file system the writer uses (tests pass one that fails mid-write). */
  fs?: WriterFs;
  /** Told of each temporary file as it comes and goes, for whoever handles signals (main.ts, through worker.ts). */
  temporaryFiles?: TemporaryFileList;
}

/** The command line's host on Node: real files, the process's streams and clock. */
export function nodeIO(options: NodeIOOptions = {}): CliIO {
  const at = (path: string) => resolve(options.cwd ?? process.cwd(), path);
  const read = new Set<string>();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stat: (path) => pathInfo(at(path)),
    readFile: (path, limit) => readRegularFile(at(path), limit, read),
    writeFile: (path, data) => writeAtomically(at(path), data, { fs: options.fs, pending: options.temporaryFiles, keep: read }),
    now: () => Date.now(),
  };
}

async function pathInfo(path: string): Promise<PathInfo> {
  let stats;
  try {
    stats = await fsPromises.stat(path, { bigint: true });
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { exists: false, realPath: await realPathOf(path) };
    throw error;
  }
  return {
    exists: true,
    realPath: await fsPromises.realpath(path),
    id: `${stats.dev}:${stats.ino}`,
    kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other',
    size: Number(stats.size),
  };
}

/** The real path of what may not exist yet: its nearest existing folder's real path and the rest. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await fsPromises.realpath(path);
  } catch (error) {
    const parent = dirname(path);
    if (!isCode(error, 'ENOENT') || parent === path) return path;
    return join(await realPathOf(parent), basename(path));
  }
}

/**
 * Opens without blocking (a named pipe would wait for a writer) and checks the opened file
 * itself, so nothing swapped in after the command line's checks is read either. The file's
 * identity goes into `read`: no write of this run may replace it.
 */
async function readRegularFile(path: string, limit: number, read: Set<string>): Promise<Uint8Array> {
  const handle = await fsPromises.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat({ bigint: true });
    if (!stats.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREGULAR' });
    if (stats.size > BigInt(limit)) throw Object.assign(new Error(`larger than ${limit} bytes: ${path}`), { code: 'EFBIG' });
    read.add(`${stats.dev}:${stats.ino}`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
