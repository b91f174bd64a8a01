/** What an output is written from: the whole of it, or its parts in order, made as they are written. */
export type OutputChunk = string | Uint8Array;
export type OutputData = Uint8Array | string | Iterable<OutputChunk> | AsyncIterable<OutputChunk>;

/** About the size of each write of a streamed output: parts are gathered to this many bytes (UTF-16 units for text). */
export const WRITE_CHUNK_BYTES = 64 * 1024;

/** True for an output given whole (one string or one byte array), false for one given in parts. */
export function isWhole(data: OutputData): data is string | Uint8Array {
  return typeof data === 'string' || data instanceof Uint8Array;
}

/**
 * The parts of a streamed output gathered into buffers of at least `size` bytes (the last may be
 * smaller), text as UTF-8: one write per buffer, not one per row. A part is only asked for when
 * the buffers before it have been taken, so a producer that makes rows on demand holds no more
 * than one buffer's worth of them; an error while making a part is thrown to the writer.
 */
export async function* gathered(data: Iterable<OutputChunk> | AsyncIterable<OutputChunk>, size = WRITE_CHUNK_BYTES): AsyncGenerator<Buffer> {
  let parts: OutputChunk[] = [];
  let length = 0;
  const take = (): Buffer => {
    const buffer = concatenated(parts);
    parts = [];
    length = 0;
    return buffer;
  };
  if (Symbol.asyncIterator in data) {
    for await (const part of data) {
      parts.push(part);
      length += part.length;
      if (length >= size) yield take();
    }
  } else {
    // A plain iterable is read without awaiting each part (millions of rows).
    for (const part of data) {
      parts.push(part);
      length += part.length;
      if (length >= size) yield take();
    }
  }
  if (length > 0) yield take();
}

/** The whole of an output given in parts: for hosts that keep files in memory (tests). */
export async function collected(data: OutputData): Promise<Uint8Array | string> {
  if (isWhole(data)) return data;
  const parts: OutputChunk[] = [];
  if (Symbol.asyncIterator in data) for await (const part of data) parts.push(part);
  else for (const part of data) parts.push(part);
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  const bytes = concatenated(parts);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Parts as one buffer, text as UTF-8 (joined first when every part is text). */
function concatenated(parts: readonly OutputChunk[]): Buffer {
  if (parts.every((p) => typeof p === 'string')) return Buffer.from(parts.join(''), 'utf8');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}
