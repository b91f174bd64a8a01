import { Zip, type ZipInputFile } from 'fflate';
import { GzipMember } from './gzip-member';
import type { RawEntry } from '../zip-entries';

/**
 * A new gzip compressor, as `CompressionStream('gzip')` is: bytes in, a gzip member out; the
 * bytes written, and the buffer they lie in, are the compressor's from then on. A host with its
 * own zlib may pass one at another level (the command line does: level 3). `spare`, when there is
 * one, gives back a buffer the compressor is done with, for the writer to fill again.
 */
export type GzipStream = () => ReadableWritablePair<Uint8Array, Uint8Array> & { spare?: () => Uint8Array | undefined };

/** The platform's gzip, at zlib's default level (6): the only one a browser has. */
export const platformGzip: GzipStream = () => new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;

/** One entry of the zip being written: packed bytes copied as they are, or content to deflate. */
export type ZipPart =
  | { name: string; date: Date; raw: RawEntry }
  | { name: string; date: Date; content: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> };

/**
 * A zip archive made from `parts`, in their order, as its bytes come out of fflate's `Zip`: a raw
 * part is handed over as its packed bytes with the CRC and size it came with (fflate's
 * `ZipInputFile` contract: it writes the records around whatever bytes it is given), so an
 * unchanged part is neither inflated nor deflated again; a new part is deflated as its content
 * arrives. Nothing larger than a piece of content and its deflated output is held at a time.
 */
export async function* zipStream(parts: AsyncIterable<ZipPart> | Iterable<ZipPart>, gzip: GzipStream = platformGzip): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else if (chunk.length > 0) out.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure !== null) throw failure;
    while (out.length > 0) yield out.shift()!;
  };

  for await (const part of parts) {
    if ('raw' in part) {
      const input = rawInput(part.name, part.date, part.raw);
      zip.add(input);
      // add() has set ondata: the packed bytes go in as the one and final chunk.
      input.ondata!(null, part.raw.compressed as Uint8Array<ArrayBuffer>, true);
    } else {
      yield* deflated(zip, part, gzip, out, drain);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/**
 * A new part deflated by the platform's own deflater (`CompressionStream`, in browsers and Node
 * alike; five to eight times fflate's JavaScript deflate on this project's outputs): as a gzip
 * member, whose body is the raw deflate stream a zip entry holds and whose trailer has the CRC
 * the zip needs, worked out by the same zlib (gzip-member.ts). fflate's `ZipInputFile` contract
 * takes the packed bytes as they come and the CRC and size with the last of them.
 */
async function* deflated(
  zip: Zip,
  part: Extract<ZipPart, { content: unknown }>,
  gzip: GzipStream,
  out: readonly Uint8Array[],
  drain: () => Generator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const file: ZipInputFile = { filename: part.name, size: 0, crc: 0, compression: 8, mtime: dosDate(part.date) };
  zip.add(file);
  const member = new GzipMember();
  const deflater = gzip();
  const writer = deflater.writable.getWriter();
  const reader = deflater.readable.getReader();
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const body of member.push(value)) file.ondata!(null, body as Uint8Array<ArrayBuffer>, false);
    }
  })();
  // A few pieces in flight, so that the next piece is made while the deflater (another thread) packs this one.
  const inFlight: Promise<void>[] = [];
  const write = async (bytes: Uint8Array) => {
    file.size += bytes.length;
    const written = writer.write(bytes);
    written.catch(() => {}); // awaited below; a failure is not left unhandled meanwhile
    inFlight.push(written);
    if (inFlight.length > PIECES_IN_FLIGHT) await inFlight.shift();
  };
  try {
    const pieces = new Utf8Pieces(write, deflater.spare);
    for await (const piece of part.content) {
      await pieces.add(piece);
      if (out.length > 0) yield* drain();
    }
    await pieces.flush();
    await Promise.all(inFlight);
    await writer.close();
    await reading;
  } catch (error) {
    await Promise.allSettled(inFlight);
    await writer.abort(error).catch(() => {});
    await reading.catch(() => {});
    throw error;
  }
  const { crc, sizeMod32 } = member.end();
  if (sizeMod32 !== file.size % 2 ** 32) throw new Error(`${part.name}: komprimeringen räknade ${sizeMod32} byte, ${file.size} gavs.`);
  file.crc = crc;
  file.ondata!(null, new Uint8Array(0), true);
}

const ENCODER = new TextEncoder();
/** Pieces handed to the deflater before the first of them must be done. */
const PIECES_IN_FLIGHT = 4;
/** Bytes handed to the deflater at a time. */
const PIECE_BYTES = 1 << 16;
/** The longest text encoded into the piece in one go: a UTF-16 code unit is at most 3 bytes of UTF-8. */
const PIECE_CHARS = Math.floor(PIECE_BYTES / 3);

/**
 * Content gathered into pieces of PIECE_BYTES before it goes to the deflater: a row at a time
 * would cost a stream step each. Text is encoded straight into the piece (`encodeInto`), so the
 * many small strings of a sheet die young instead of being joined into long ones first.
 */
class Utf8Pieces {
  private piece: Uint8Array = new Uint8Array(PIECE_BYTES);
  private used = 0;

  constructor(
    private readonly write: (bytes: Uint8Array) => Promise<void>,
    /** A buffer the compressor is done with, when it gives them back: the piece is then handed over whole, not copied. */
    private readonly spare?: () => Uint8Array | undefined,
  ) {}

  async add(content: string | Uint8Array): Promise<void> {
    if (typeof content !== 'string') {
      await this.flush();
      for (let at = 0; at < content.length; at += PIECE_BYTES) await this.write(content.slice(at, at + PIECE_BYTES));
      return;
    }
    for (let at = 0; at < content.length; ) {
      let end = Math.min(content.length, at + PIECE_CHARS);
      const last = content.charCodeAt(end - 1);
      if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--; // never between the halves of a surrogate pair
      if ((end - at) * 3 > PIECE_BYTES - this.used) await this.flush();
      this.used += ENCODER.encodeInto(at === 0 && end === content.length ? content : content.slice(at, end), this.piece.subarray(this.used)).written;
      at = end;
    }
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    let bytes: Uint8Array;
    if (this.spare) {
      bytes = this.piece.subarray(0, this.used);
      const next = this.spare();
      this.piece = next?.length === PIECE_BYTES ? next : new Uint8Array(PIECE_BYTES);
    } else {
      bytes = this.piece.slice(0, this.used);
    }
    this.used = 0;
    await this.write(bytes);
  }
}

/** The earliest time a zip's DOS date holds; fflate refuses an earlier one (a zero DOS date reads as 1979-11-30). */
const EARLIEST = new Date(1980, 0, 1);

function dosDate(date: Date): Date {
  return date.getTime() >= EARLIEST.getTime() && date.getFullYear() < 2100 ? date : EARLIEST;
}

/** A `ZipInputFile` for packed bytes: fflate writes its size, CRC and method into the records. */
function rawInput(name: string, date: Date, raw: RawEntry): ZipInputFile {
  return { filename: name, size: raw.uncompressedSize, crc: raw.crc32, compression: raw.method, mtime: dosDate(date) };
}
