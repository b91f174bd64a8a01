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
 * The parts of a streamed output gathered into buffers of `size` bytes (the last may be
 * smaller, and one may be up to three bytes short where a character would not fit whole), text
 * encoded as UTF-8 straight into the buffer: one write per buffer, not one per row, and no
 * joined string. A part is only asked for when the buffers before it have been taken, so a
 * producer that makes rows on demand holds no more than one buffer's worth of them; an error
 * while making a part is thrown to the writer.
 */
export async function* gathered(data: Iterable<OutputChunk> | AsyncIterable<OutputChunk>, size = WRITE_CHUNK_BYTES): AsyncGenerator<Buffer> {
  const buffer = new PartBuffer(size);
  if (Symbol.asyncIterator in data) {
    for await (const part of data) {
      const full = buffer.add(part);
      if (full) yield* full;
    }
  } else {
    // A plain iterable is read without awaiting each part (millions of rows).
    for (const part of data) {
      const full = buffer.add(part);
      if (full) yield* full;
    }
  }
  yield* buffer.rest();
}

/** A buffer being filled with parts; each full one is given out (and a new one begun). */
class PartBuffer {
  private bytes: Buffer;
  private used = 0;

  constructor(private readonly size: number) {
    this.bytes = Buffer.allocUnsafe(size);
  }

  /**
   * The buffers filled while adding `part`, or undefined for most parts (a row is far shorter
   * than a buffer): nothing is made per part but its bytes, a region's or a country's millions of
   * rows being parts of their own.
   */
  add(part: OutputChunk): Buffer[] | undefined {
    if (typeof part === 'string') {
      // At most three UTF-8 bytes per UTF-16 unit: a part that surely fits is written in one call.
      if (part.length * 3 <= this.size - this.used) {
        this.used += this.bytes.write(part, this.used, 'utf8');
        return undefined;
      }
      const full: Buffer[] = [];
      for (let at = 0; ; ) {
        const { read, written } = ENCODER.encodeInto(at === 0 ? part : part.slice(at), this.bytes.subarray(this.used));
        this.used += written;
        at += read;
        if (at >= part.length) return full;
        full.push(this.take());
      }
    }
    const full: Buffer[] = [];
    for (let at = 0; at < part.length; ) {
      const length = Math.min(part.length - at, this.size - this.used);
      this.bytes.set(part.subarray(at, at + length), this.used);
      this.used += length;
      at += length;
      if (this.used === this.size) full.push(this.take());
    }
    return full;
  }

  /** What is left, if anything. */
  *rest(): Generator<Buffer> {
    if (this.used > 0) yield this.take();
  }

  private take(): Buffer {
    const full = this.bytes.subarray(0, this.used);
    this.bytes = Buffer.allocUnsafe(this.size);
    this.used = 0;
    return full;
  }
}

const ENCODER = new TextEncoder();

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
