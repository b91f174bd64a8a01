import type JSZip from 'jszip';

/**
 * What this adapter uses of JSZip 3.10 beyond its TypeScript declarations, kept in one place so
 * that a JSZip upgrade has one file to check: the sizes, CRC, packing method and packed bytes an
 * entry's records declare (the private `_data`, a `CompressedObject`, on entries of a loaded
 * zip) and `internalStream`, which inflates an entry a chunk at a time (16 KiB of compressed
 * data per step) instead of into one buffer as `async` does.
 */

export interface DeclaredSizes {
  compressed: number;
  uncompressed: number;
}

interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: unknown) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** The sizes the zip declares for an entry of a loaded zip; null for an entry added in memory. */
export function declaredSizes(entry: JSZip.JSZipObject): DeclaredSizes | null {
  const data = (entry as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })._data;
  const compressed = data?.compressedSize;
  const uncompressed = data?.uncompressedSize;
  if (typeof compressed !== 'number' || typeof uncompressed !== 'number') return null;
  return { compressed, uncompressed };
}

/** An entry as the zip holds it: its packed bytes and what the central directory says of them. */
export interface RawEntry {
  /** The bytes as packed in the zip (a view into the loaded data, not a copy). */
  compressed: Uint8Array;
  /** The CRC-32 of the unpacked bytes. */
  crc32: number;
  uncompressedSize: number;
  /** The zip's packing method: 0 stored, 8 deflated. */
  method: number;
}

/**
 * The packed bytes of an entry of a loaded zip with their CRC, size and method, for copying the
 * entry into another zip without unpacking it; null for an entry added or replaced in memory
 * (JSZip then holds its content, not packed bytes).
 */
export function rawEntry(entry: JSZip.JSZipObject): RawEntry | null {
  const data = (entry as unknown as { _data?: Record<string, unknown> })._data;
  const compressed = data?.['compressedContent'];
  const crc32 = data?.['crc32'];
  const size = data?.['uncompressedSize'];
  const magic = (data?.['compression'] as { magic?: unknown } | undefined)?.magic;
  if (!(compressed instanceof Uint8Array) || typeof crc32 !== 'number' || typeof size !== 'number' || typeof magic !== 'string' || magic.length !== 2) {
    return null;
  }
  if (compressed.length !== data?.['compressedSize']) return null;
  return { compressed, crc32: crc32 >>> 0, uncompressedSize: size, method: magic.charCodeAt(0) | (magic.charCodeAt(1) << 8) };
}

/** How a streamed inflate ended: every byte seen, or stopped once past the budget. */
export type InflateOutcome = { complete: true; bytes: number } | { complete: false; bytes: number };

/** Packed bytes handed to the inflater at a time. */
const INFLATE_STEP = 1 << 16;

/**
 * Inflates an entry chunk by chunk, handing each chunk to `onChunk`, and stops as soon as more
 * than `budget` bytes have come out: nothing is kept, so memory stays at a chunk whatever the
 * entry holds. An error thrown by `onChunk` stops it too and rejects with that error; a damaged
 * entry rejects with the inflater's error, one that unpacks to fewer bytes than the zip declares
 * with a "size mismatch". Deflated entries of a loaded zip go through the platform's own
 * inflater (`DecompressionStream('deflate-raw')`, in browsers and Node alike: several times
 * JSZip's), 64 KiB of packed data at a time, each step waited for; anything else through JSZip.
 */
export async function inflateEntry(
  entry: JSZip.JSZipObject,
  budget: number,
  onChunk: (chunk: Uint8Array) => void = () => {},
): Promise<InflateOutcome> {
  const raw = rawEntry(entry);
  if (raw === null || (raw.method !== 0 && raw.method !== 8)) return inflateWithJszip(entry, budget, onChunk);
  let bytes = 0;
  const take = (chunk: Uint8Array): boolean => {
    bytes += chunk.length;
    if (bytes > budget) return false;
    onChunk(chunk);
    return true;
  };
  if (raw.method === 0) {
    for (let at = 0; at < raw.compressed.length; at += INFLATE_STEP) {
      if (!take(raw.compressed.subarray(at, at + INFLATE_STEP))) return { complete: false, bytes };
    }
  } else {
    const inflater = new DecompressionStream('deflate-raw');
    const writer = inflater.writable.getWriter();
    const reader = inflater.readable.getReader();
    const feeding = (async () => {
      for (let at = 0; at < raw.compressed.length; at += INFLATE_STEP) await writer.write(raw.compressed.subarray(at, at + INFLATE_STEP) as Uint8Array<ArrayBuffer>);
      await writer.close();
    })();
    feeding.catch(() => {}); // its failure is the reader's too
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!take(value)) {
          await reader.cancel().catch(() => {});
          return { complete: false, bytes };
        }
      }
    } catch (error) {
      await reader.cancel().catch(() => {});
      throw error;
    }
  }
  if (bytes !== raw.uncompressedSize) throw new Error(`uncompressed data size mismatch (${bytes} of ${raw.uncompressedSize} bytes)`);
  return { complete: true, bytes };
}

/** JSZip's own streamed inflating, a 16 KiB step at a time, for an entry added in memory. */
function inflateWithJszip(entry: JSZip.JSZipObject, budget: number, onChunk: (chunk: Uint8Array) => void): Promise<InflateOutcome> {
  const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let settled = false;
    // The inflater goes on emitting the rest of its current step after pause(): ignore it.
    const stop = (settle: () => void) => {
      if (settled) return;
      settled = true;
      stream.pause();
      settle();
    };
    stream
      .on('data', (chunk) => {
        if (settled) return;
        bytes += chunk.length;
        if (bytes > budget) return stop(() => resolve({ complete: false, bytes }));
        try {
          onChunk(chunk);
        } catch (error) {
          stop(() => reject(error));
        }
      })
      .on('error', (error) => stop(() => reject(error)))
      .on('end', () => stop(() => resolve({ complete: true, bytes })))
      .resume();
  });
}
