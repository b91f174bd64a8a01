import { readFileSync, statSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { rawEntry } from '../src/workbook/xlsx/zip-entries';

/** The longest JSON document taken into one string here (V8's longest string is about 512 M characters). */
const LONGEST_JSON_BYTES = 400 * 2 ** 20;

/** What the outputs' own floor took, in ms, by kind; null where it was not measured (and why). */
export interface OutputFloor {
  /** JSON.stringify of the document OUT.json holds, at the command line's indentation. */
  jsonMs: number | null;
  /** zlib at level 3 over every part OUT.xlsx has that IN has not (new or changed), as the command line packs them. */
  deflateMs: number | null;
  /** Their sum, or null when either is missing. */
  ms: number | null;
  /** The parts of OUT.xlsx deflated: those IN does not have as they are. */
  deflatedParts: string[];
  note?: string;
}

/**
 * The floor of making the outputs' bytes from what they hold, with the platform's own code, as a
 * lower bound of what any implementation pays beyond the file floor (fileFloor.ts), which reads
 * IN and writes the outputs' bytes but makes none of them:
 * - OUT.json: its document parsed (not timed), then made again by V8's JSON.stringify with two
 *   spaces (timed), as one string;
 * - OUT.xlsx: the parts that are not IN's byte for byte (by name, CRC-32 and size) inflated (not
 *   timed), then deflated by Node's zlib at level 3 (timed), one part at a time.
 * The new sheets' XML text is taken as it is, not made, and the engine is not run: no floor can
 * make those for us. With a document past LONGEST_JSON_BYTES (the country's) nothing is measured.
 */
export async function outputFloor(input: string, outputs: readonly string[]): Promise<OutputFloor> {
  let jsonMs: number | null = null;
  let deflateMs: number | null = null;
  const deflatedParts: string[] = [];
  // Without the JSON's floor there is no sum: the xlsx's (a country's parts inflated whole) is not worth making then.
  const tooLong = outputs.filter((output) => /\.json$/i.test(output) && statSync(output).size > LONGEST_JSON_BYTES);
  if (tooLong.length > 0) return { jsonMs: null, deflateMs: null, ms: null, deflatedParts, note: `${tooLong.join(', ')} past one string` };
  for (const output of outputs) {
    if (/\.json$/i.test(output)) {
      const document: unknown = JSON.parse(readFileSync(output, 'utf8'));
      const start = performance.now();
      JSON.stringify(document, null, 2);
      jsonMs = (jsonMs ?? 0) + performance.now() - start;
    } else if (/\.xls[xm]$/i.test(output)) {
      deflateMs = (deflateMs ?? 0) + (await deflateNewParts(input, output, deflatedParts));
    }
  }
  const ms = jsonMs !== null && deflateMs !== null ? jsonMs + deflateMs : null;
  return { jsonMs, deflateMs, ms, deflatedParts };
}

/** ms to deflate, at level 3, each part of OUT that IN does not have as it is (their names added to `parts`). */
async function deflateNewParts(input: string, output: string, parts: string[]): Promise<number> {
  const key = (entry: JSZip.JSZipObject) => {
    const raw = rawEntry(entry);
    return raw === null ? null : `${raw.crc32}:${raw.uncompressedSize}`;
  };
  const before = await JSZip.loadAsync(readFileSync(input));
  const after = await JSZip.loadAsync(readFileSync(output));
  let ms = 0;
  for (const entry of Object.values(after.files)) {
    if (entry.dir) continue;
    const old = before.file(entry.name);
    if (old !== null && key(old) !== null && key(old) === key(entry)) continue;
    parts.push(entry.name);
    const bytes = await entry.async('uint8array');
    const start = performance.now();
    deflateRawSync(bytes, { level: 3 });
    ms += performance.now() - start;
  }
  return ms;
}
