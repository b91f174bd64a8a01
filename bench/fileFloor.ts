import { closeSync, fsyncSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser } from 'saxes';

/** What the scan of a package saw, so a test can tell that every part was read. */
export interface PackageScan {
  parts: number;
  /** Inflated bytes of every part. */
  bytes: number;
  /** Elements of every XML part (.xml and .rels), as saxes reported them. */
  elements: number;
}

/**
 * The file floor's reading: every part of the package inflated once (fflate 0.8's streaming
 * Unzip) and every XML part parsed once by saxes 6 as it is inflated (UTF-8 decoded, every
 * element's start reported), without keeping anything. No reader of the workbook can do less
 * than inflate the parts it needs and parse them; this does it for every part.
 */
export function scanPackage(zip: Uint8Array): PackageScan {
  const scan: PackageScan = { parts: 0, bytes: 0, elements: 0 };
  const onElement = () => {
    scan.elements++;
  };
  const unzip = new Unzip((file) => {
    scan.parts++;
    const xml = /\.(xml|rels)$/i.test(file.name);
    const parser = xml ? new SaxesParser() : null;
    parser?.on('opentag', onElement);
    const decoder = new TextDecoder('utf-8');
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      scan.bytes += chunk.length;
      if (parser) {
        parser.write(decoder.decode(chunk, { stream: !final }));
        if (final) parser.close();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(zip, true);
  return scan;
}

/**
 * The file floor's writing: the bytes of each file written once to a new file beside `temp`,
 * made durable (fsync) as the command line's atomic writer makes its output, and removed.
 * Only the writes and the fsync are timed; reading the source back is not. Returns the ms.
 */
export function writeOnce(sources: readonly string[], temp: string): number {
  const buffer = Buffer.allocUnsafe(1 << 20);
  let ms = 0;
  for (const source of sources) {
    const from = openSync(source, 'r');
    const to = openSync(temp, 'w');
    try {
      for (let n = readSync(from, buffer); n > 0; n = readSync(from, buffer)) {
        const start = performance.now();
        for (let at = 0; at < n; ) at += writeSync(to, buffer, at, n - at);
        ms += performance.now() - start;
      }
      const start = performance.now();
      fsyncSync(to);
      ms += performance.now() - start;
    } finally {
      closeSync(from);
      closeSync(to);
      rmSync(temp, { force: true });
    }
  }
  return ms;
}

/** The floor of a command on IN that wrote `outputs`: IN read and scanned once, each output's bytes written once. */
export function fileFloor(input: string, outputs: readonly string[], temp: string): { ms: number; readMs: number; writeMs: number; scan: PackageScan } {
  const start = performance.now();
  const scan = scanPackage(readFileSync(input));
  const readMs = performance.now() - start;
  const writeMs = writeOnce(outputs, temp);
  return { ms: readMs + writeMs, readMs, writeMs, scan };
}
