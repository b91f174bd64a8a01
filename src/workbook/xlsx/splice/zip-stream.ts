import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
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
      const deflate = new ZipDeflate(part.name, { level: 6 });
      deflate.mtime = dosDate(part.date);
      zip.add(deflate);
      let text = '';
      for await (const piece of part.content) {
        if (typeof piece === 'string') {
          text += piece;
          if (text.length < TEXT_PIECE) continue;
          deflate.push(ENCODER.encode(text));
          text = '';
        } else {
          if (text !== '') deflate.push(ENCODER.encode(text));
          text = '';
          deflate.push(piece as Uint8Array<ArrayBuffer>);
        }
        yield* drain();
      }
      deflate.push(ENCODER.encode(text), true);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

const ENCODER = new TextEncoder();

/** The earliest time a zip's DOS date holds; fflate refuses an earlier one (a zero DOS date reads as 1979-11-30). */
const EARLIEST = new Date(1980, 0, 1);

function dosDate(date: Date): Date {
  return date.getTime() >= EARLIEST.getTime() && date.getFullYear() < 2100 ? date : EARLIEST;
}

/** A `ZipInputFile` for packed bytes: fflate writes its size, CRC and method into the records. */
function rawInput(name: string, date: Date, raw: RawEntry): ZipInputFile {
  return { filename: name, size: raw.uncompressedSize, crc: raw.crc32, compression: raw.method, mtime: dosDate(date) };
}
