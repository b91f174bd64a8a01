import type JSZip from 'jszip';
import { rawEntry } from '../zip-entries';
import type { ZipPart } from './zip-stream';

/**
 * IN's parts as a copy of the package holds them, in IN's order: each copied as its packed
 * bytes, except those in `changed` (their new text) and those in `removed` (left out). A part of
 * `changed` that IN does not have is not among them: the caller adds its new parts after.
 * Used by every writer that copies a workbook: the outputs' splice, the ledger import, the roll.
 */
export async function* copiedParts(zip: JSZip, changed: ReadonlyMap<string, string>, removed: ReadonlySet<string>): AsyncGenerator<ZipPart> {
  for (const entry of Object.values(zip.files)) {
    // A folder entry is no part of the package (OPC has no folders; Excel writes none).
    if (entry.dir || removed.has(entry.name)) continue;
    const text = changed.get(entry.name);
    if (text !== undefined) {
      yield { name: entry.name, date: entry.date, content: [text] };
      continue;
    }
    const raw = rawEntry(entry);
    yield raw ? { name: entry.name, date: entry.date, raw } : { name: entry.name, date: entry.date, content: [await entry.async('uint8array')] };
  }
}

/** Whether copiedParts writes `part` from IN (IN has it as a file and it is not removed). */
export function copiedFromInput(zip: JSZip, removed: ReadonlySet<string>, part: string): boolean {
  const entry = zip.files[part];
  return entry !== undefined && !entry.dir && !removed.has(part);
}
