import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { RawEntry } from '../zip-entries';

/** One entry of the zip being written: packed bytes copied as they are, or content to deflate. */
export type ZipPart =
  | { name: string; date: Date; raw: RawEntry }
  | { name: string; date: Date; content: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> };

/**
 * Bytes handed to the deflater at a time. fflate deflates what it is given in one go, into an
 * output buffer of the input's size: pieces of a block's size (hundreds of kilobytes) cost more
 * time in allocation and collection than in deflating.
 */
const PUSH_BYTES = 1 << 16;
/** UTF-16 code units encoded at a time: at most 3 bytes each in UTF-8, so they fit PUSH_BYTES. */
const PUSH_CHARS = Math.floor(PUSH_BYTES / 3);
/** fflate's levels go from 1 (fastest) to 9; 6 is zlib's default. */
const DEFLATE_LEVEL = 3;

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

  const scratch = new Uint8Array(PUSH_BYTES);
  for await (const part of parts) {
    if ('raw' in part) {
      const input = rawInput(part.name, part.date, part.raw);
      zip.add(input);
      // add() has set ondata: the packed bytes go in as the one and final chunk.
      input.ondata!(null, part.raw.compressed as Uint8Array<ArrayBuffer>, true);
    } else {
      const deflate = new ZipDeflate(part.name, { level: DEFLATE_LEVEL });
      deflate.mtime = dosDate(part.date);
      zip.add(deflate);
      for await (const piece of part.content) {
        if (typeof piece === 'string') pushText(deflate, piece, scratch);
        else for (let at = 0; at < piece.length; at += PUSH_BYTES) deflate.push(piece.subarray(at, at + PUSH_BYTES) as Uint8Array<ArrayBuffer>);
        yield* drain();
      }
      deflate.push(new Uint8Array(0), true);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

const ENCODER = new TextEncoder();

/** Text encoded as UTF-8 into `scratch` a slice at a time (never between the halves of a surrogate pair) and pushed; fflate copies what it is given. */
function pushText(deflate: ZipDeflate, text: string, scratch: Uint8Array): void {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + PUSH_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const { written } = ENCODER.encodeInto(text.slice(at, end), scratch);
    deflate.push(scratch.subarray(0, written) as Uint8Array<ArrayBuffer>);
    at = end;
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
