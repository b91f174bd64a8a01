import { posix } from 'node:path';
import { collected } from '../../src/cli/chunks';
import type { CliIO, OutputData, PathInfo } from '../../src/cli/cli';

/**
 * An in-memory host for the command line: files in a Map, streams as strings. Paths are
 * resolved against the folder /mem, so `./in.xlsx`, `x/../in.xlsx` and `/mem/in.xlsx` name
 * the file stored as `in.xlsx`; a path that is the folder of a stored file is a folder.
 * Writing under /readonly/ fails with EACCES.
 */
export class MemoryIO implements CliIO {
  readonly files = new Map<string, Uint8Array | string>();
  out = '';
  err = '';
  private clock = 0;

  stdout(text: string): void {
    this.out += text;
  }
  stderr(text: string): void {
    this.err += text;
  }
  async stat(path: string): Promise<PathInfo> {
    const realPath = MemoryIO.real(path);
    const key = this.keyOf(path);
    if (key !== undefined) return { exists: true, realPath, id: realPath, kind: 'file', size: MemoryIO.size(this.files.get(key) as Uint8Array | string) };
    if ([...this.files.keys()].some((k) => MemoryIO.real(k).startsWith(realPath + '/'))) return { exists: true, realPath, id: realPath, kind: 'directory', size: 0 };
    return { exists: false, realPath };
  }
  async readFile(path: string, limit: number): Promise<Uint8Array> {
    const key = this.keyOf(path);
    if (key === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    const f = this.files.get(key) as Uint8Array | string;
    if (MemoryIO.size(f) > limit) throw Object.assign(new Error(`EFBIG: ${path}`), { code: 'EFBIG' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  }
  /** Parts given in order are stored joined: text when every part is text, else bytes; a part that throws stores nothing. */
  async writeFile(path: string, parts: OutputData): Promise<void> {
    if (MemoryIO.real(path).startsWith('/readonly/')) throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
    const data = await collected(parts);
    const key = this.keyOf(path);
    if (key !== undefined) this.files.delete(key);
    this.files.set(path, data);
  }
  now(): number {
    return (this.clock += 1);
  }
  /** The file's bytes as a disk would hold them, text written in parts as UTF-8 (as the atomic writer encodes it). */
  bytes(path: string): Uint8Array {
    const f = this.files.get(path);
    if (f === undefined) throw new Error(`no file at ${path}`);
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  }
  json(path: string): Record<string, Record<string, unknown>[]> {
    const f = this.files.get(path);
    if (typeof f !== 'string') throw new Error(`no json at ${path}`);
    return JSON.parse(f) as Record<string, Record<string, unknown>[]>;
  }

  private keyOf(path: string): string | undefined {
    const real = MemoryIO.real(path);
    return [...this.files.keys()].find((k) => MemoryIO.real(k) === real);
  }
  private static real(path: string): string {
    return posix.resolve('/mem', path);
  }
  private static size(f: Uint8Array | string): number {
    return typeof f === 'string' ? new TextEncoder().encode(f).length : f.length;
  }
}
