import type { CliIO } from '../../src/cli/cli';

/** An in-memory host for the command line: files in a Map, streams as strings. */
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
  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(path);
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  }
  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    if (path.startsWith('/readonly/')) throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
    this.files.set(path, data);
  }
  sameFile(a: string, b: string): boolean {
    return a === b;
  }
  now(): number {
    return (this.clock += 1);
  }
  json(path: string): Record<string, Record<string, unknown>[]> {
    const f = this.files.get(path);
    if (typeof f !== 'string') throw new Error(`no json at ${path}`);
    return JSON.parse(f) as Record<string, Record<string, unknown>[]>;
  }
}
