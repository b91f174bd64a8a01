import { Zip, type ZipInputFile } from 'fflate';
import { Crc32 } from './crc32';
import type { RawEntry } from '../zip-entries';

/** One entry of the zip being written: packed bytes copied as they are, or content to deflate. */
export type ZipPart =
  | { name: string; date: Date; raw: RawEntry }
  | { name: string; date: Date; content: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> };

/** Text is gathered into pieces of about this many characters before it is encoded and deflated. */
const TEXT_PIECE = 1 << 16;

/**
 * A zip archive made from `parts`, in their order, as its bytes come out of fflate's `Zip`: a raw
 * part is handed over as its packed bytes with the CRC and size it came with (fflate's
 * `ZipInputFile` contract: it writes the records around whatever bytes it is given), so an
 * unchanged part is neither inflated nor deflated again; a new part is deflated as its content
 * arrives. Nothing larger than a piece of content and its deflated output is held at a time.
 */
export async function* zipStream(parts: AsyncIterable<ZipPart> | Iterable<ZipPart>): AsyncGenerator<Uint8Array> {
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
      yield* deflated(zip, part, drain);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/**
 * A new part deflated by the platform's own deflater (`CompressionStream('deflate-raw')`, in
 * browsers and Node alike; five to eight times fflate's JavaScript deflate on this project's
 * outputs), its CRC and size counted on the way: fflate's `ZipInputFile` contract takes the
 * packed bytes as they come and the CRC and size with the last of them.
 */
async function* deflated(zip: Zip, part: Extract<ZipPart, { content: unknown }>, drain: () => Generator<Uint8Array>): AsyncGenerator<Uint8Array> {
  const file: ZipInputFile = { filename: part.name, size: 0, crc: 0, compression: 8, mtime: dosDate(part.date) };
  zip.add(file);
  const crc = new Crc32();
  const deflater = new CompressionStream('deflate-raw');
  const writer = deflater.writable.getWriter();
  const reader = deflater.readable.getReader();
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      file.ondata!(null, value, false);
    }
  })();
  const write = async (bytes: Uint8Array) => {
    crc.update(bytes);
    file.size += bytes.length;
    await writer.write(bytes as Uint8Array<ArrayBuffer>);
  };
  try {
    const pieces = new TextPieces(write);
    for await (const piece of part.content) {
      await pieces.add(piece);
      yield* drain();
    }
    await pieces.flush();
    await writer.close();
    await reading;
  } catch (error) {
    await writer.abort(error).catch(() => {});
    await reading.catch(() => {});
    throw error;
  }
  file.crc = crc.value();
  file.ondata!(null, new Uint8Array(0), true);
}

const ENCODER = new TextEncoder();

/**
 * Content gathered into pieces of about TEXT_PIECE characters before it goes to the deflater: a row's text
 * at a time would cost a stream step each. Text is encoded as UTF-8 a slice at a time, never
 * between the halves of a surrogate pair.
 */
class TextPieces {
  private text = '';

  constructor(private readonly write: (bytes: Uint8Array) => Promise<void>) {}

  async add(piece: string | Uint8Array): Promise<void> {
    if (typeof piece === 'string') {
      this.text += piece;
      if (this.text.length >= TEXT_PIECE) await this.flush();
      return;
    }
    await this.flush();
    for (let at = 0; at < piece.length; at += TEXT_PIECE) await this.write(piece.slice(at, at + TEXT_PIECE));
  }

  async flush(): Promise<void> {
    const { text } = this;
    this.text = '';
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + TEXT_PIECE * 4);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      await this.write(ENCODER.encode(text.slice(at, end)));
      at = end;
    }
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
