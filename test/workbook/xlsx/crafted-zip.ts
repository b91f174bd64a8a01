/**
 * Zip archives built byte by byte, for packages JSZip will not write: sizes in the central
 * directory that lie, precompressed zip bombs, directory entries where a part should be. The
 * good parts come from a workbook the project's own writer made.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type { RawTable } from '../../../src/engine/cells';
import { createXlsx } from '../../../src/workbook/xlsx';
import { miniWorkbook } from '../../engine/helpers';
import { concatBytes } from '../../../src/workbook/xlsx/bytes';

/** Deflated content with its true size and CRC-32. */
export interface Deflated {
  deflated: Uint8Array;
  size: number;
  crc: number;
}

export interface CraftedEntry {
  name: string;
  /** A directory entry (`name` should then end in "/"). */
  dir?: boolean;
  content?: Deflated;
  /** The uncompressed size the archive declares, when it should lie. */
  declaredSize?: number;
}

/** A part's bytes deflated as JSZip and Excel do. */
export function deflated(data: Uint8Array | string): Deflated {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { deflated: new Uint8Array(deflateRawSync(bytes)), size: bytes.length, crc: crc32(bytes) };
}

/**
 * head, then `copies` times unit, then tail, deflated without building the whole text: each
 * piece is deflated on its own and ends on a byte boundary (a sync flush), so the pieces can be
 * laid end to end, and unit's piece is repeated. 400 MB of one repeated row take ~400 KB.
 */
export function repeatedDeflated(head: string, unit: string, copies: number, tail: string): Deflated {
  const encode = (text: string) => new TextEncoder().encode(text);
  const [h, u, t] = [encode(head), encode(unit), encode(tail)];
  const piece = (bytes: Uint8Array, last: boolean) =>
    new Uint8Array(deflateRawSync(bytes, { finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  const [dh, du, dt] = [piece(h, false), piece(u, false), piece(t, true)];
  const out = new Uint8Array(dh.length + du.length * copies + dt.length);
  out.set(dh, 0);
  for (let i = 0; i < copies; i++) out.set(du, dh.length + i * du.length);
  out.set(dt, dh.length + du.length * copies);
  let crc = crc32(h);
  for (let i = 0; i < copies; i++) crc = crc32(u, crc);
  crc = crc32(t, crc);
  return { deflated: out, size: h.length + u.length * copies + t.length, crc };
}

/** The parts of a workbook written by the project (miniWorkbook unless told), each deflated. */
export async function writtenParts(tables: RawTable[] = miniWorkbook()): Promise<CraftedEntry[]> {
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  const zip = await JSZip.loadAsync(await workbook.toBuffer());
  const entries: CraftedEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.push({ name: file.name, content: deflated(await file.async('uint8array')) });
  }
  return entries;
}

/** The part that holds a sheet of a workbook the project wrote (sheet = table name). */
export async function sheetPartOf(entries: CraftedEntry[], sheet: string): Promise<string> {
  const text = (name: string) => new TextDecoder().decode(inflated(entries.find((e) => e.name === name)!.content!));
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text('xl/workbook.xml'))![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(text('xl/_rels/workbook.xml.rels'))![1]!;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function inflated(content: Deflated): Uint8Array {
  return new Uint8Array(inflateRawSync(content.deflated));
}

/** Replaces (or adds) one entry, keeping the order of the rest. */
export function withEntry(entries: CraftedEntry[], entry: CraftedEntry): CraftedEntry[] {
  const i = entries.findIndex((e) => e.name === entry.name);
  return i < 0 ? [...entries, entry] : entries.map((e, j) => (j === i ? entry : e));
}

/** A zip archive of the entries, sizes as declared (deflate for content, nothing for folders). */
export function writeZip(entries: CraftedEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data = entry.content?.deflated ?? new Uint8Array(0);
    const fields = {
      method: entry.content ? 8 : 0,
      crc: entry.content?.crc ?? 0,
      compressed: data.length,
      size: entry.declaredSize ?? entry.content?.size ?? 0,
    };
    const local = header(30 + name.length, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true);
      v.setUint16(8, fields.method, true);
      v.setUint32(14, fields.crc, true);
      v.setUint32(18, fields.compressed, true);
      v.setUint32(22, fields.size, true);
      v.setUint16(26, name.length, true);
    });
    local.set(name, 30);
    central.push(
      header(46 + name.length, (v, bytes) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, 0x0800, true);
        v.setUint16(10, fields.method, true);
        v.setUint32(16, fields.crc, true);
        v.setUint32(20, fields.compressed, true);
        v.setUint32(24, fields.size, true);
        v.setUint16(28, name.length, true);
        v.setUint32(38, entry.dir ? 0x10 : 0, true);
        v.setUint32(42, offset, true);
        bytes.set(name, 46);
      }),
    );
    chunks.push(local, data);
    offset += local.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, offset, true);
  });
  return concatBytes([...chunks, ...central, end]);
}

function header(length: number, fill: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  fill(new DataView(bytes.buffer), bytes);
  return bytes;
}

/**
 * Runs `run` while counting the bytes JSZip's inflater (pako) puts out, so that a test can show
 * a refusal came before a bomb was inflated rather than after.
 */
export async function countInflated<T>(run: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; bytes: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pako = require('pako') as { Inflate: { prototype: InflaterLike } };
  const prototype = pako.Inflate.prototype;
  const original = prototype.push;
  const outs = new Map<InflaterLike, number>();
  prototype.push = function (this: InflaterLike, ...args: unknown[]) {
    const result = original.apply(this, args);
    outs.set(this, this.strm.total_out);
    return result;
  };
  try {
    const [outcome] = await Promise.allSettled([run()]);
    return { outcome: outcome!, bytes: [...outs.values()].reduce((a, b) => a + b, 0) };
  } finally {
    prototype.push = original;
  }
}

interface InflaterLike {
  strm: { total_out: number };
  push(...args: unknown[]): boolean;
}
