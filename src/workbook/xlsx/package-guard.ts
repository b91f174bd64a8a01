import type JSZip from 'jszip';
import { UnreadableWorkbookError } from './errors';
import { packageReason } from '../messages/catalog';
import type { OffGrid, Unfinished } from '../messages/package';
import { formatCount, formatSize, partRef, shortDetail, utf8FromByteText } from './package-messages';
import { mapPackage, type ListedSheet, type PackageMap, type PackageParts } from './package-structure';
import { EXCEL_COLUMNS, EXCEL_ROWS, OffGridError, SheetGridScanner, type GridViolation } from './sheet-grid';
import { XmlCompletenessWatcher, type Incompleteness } from './xml-completeness';
import { declaredSizes, inflateEntry } from './zip-entries';

/**
 * What an .xlsx package may hold before anything reads it whole (documented in
 * src/workbook/xlsx/README.md and docs/arbetsbok.md). A country's workbook (bench/generate.ts:
 * a million volume and a million deviation rows, 38 MB) has parts of at most 196 MB, 378 MB in
 * all, packed 8 to 12 times.
 * - A part may hold 500 MB: V8's longest string is 2^29 − 24 characters (~537 MB) and every
 *   reader of the package (JSZip, exceljs) takes a part as one string.
 * - All parts together may hold 1 GB.
 * - A part over 10 MB may be packed at most 100 times, and so may the whole package: XML packs
 *   5 to 20 times, a zip bomb about 1 000 times.
 */
export const PACKAGE_LIMITS = {
  partBytes: 500_000_000,
  totalBytes: 1_000_000_000,
  ratioFromBytes: 10_000_000,
  ratio: 100,
} as const;

/**
 * Refuses, with UnreadableWorkbookError, a package that would take more than a few seconds or
 * far more memory than its size to read, or that exceljs would misread, before any part is
 * read whole:
 * 1. the sizes the zip declares: a part or the whole past its limit, or packed too tightly;
 * 2. the sheets the workbook lists and the tables their worksheets point to must be there;
 * 3. every part inflated as a stream and counted, since declared sizes can lie: a part that
 *    inflates past its declared size is refused as soon as it does; a damaged or empty XML part
 *    is refused, and so are a worksheet with a row past 1 048 576 or a cell past column XFD and
 *    a part the tables are read from that ends before its XML does.
 */
export async function guardPackage(zip: JSZip, onProgress?: (fraction: number) => void): Promise<void> {
  await (await guardPackageForReading(zip, onProgress)).finish();
}

/** The table sheets guardPackageForReading leaves to the reader, and the guard's checks on them. */
export interface GuardedSheets {
  /**
   * Inflates a part, making on the way every check guardPackage makes of it, and hands each chunk
   * to `onChunk` once the checks have seen it: a table sheet read this way is inflated once, for
   * the checks and the reader together. A part the guard has checked already is only inflated.
   */
  inflate(part: string, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  /** Checks every table sheet left to the reader that it did not inflate. */
  finish(): Promise<void>;
  /** The share of the package's packed bytes the guard has checked itself (the rest is the table sheets'). */
  checkedShare: number;
}

/**
 * guardPackage, except that the worksheets holding tables (nearly all of a big workbook's bytes)
 * are checked as the reader streams them, through `inflate`, instead of inflated once more here
 * first; `finish` checks any the reader left alone. What is refused, and in what words, is the
 * same: only a defect in a table sheet is now found while the tables are read. `onProgress` is
 * told the share of the whole package's packed bytes checked, up to `checkedShare`.
 */
export async function guardPackageForReading(zip: JSZip, onProgress?: (fraction: number) => void): Promise<GuardedSheets> {
  const entries = new Map<string, JSZip.JSZipObject>();
  const folders = new Set<string>();
  for (const entry of Object.values(zip.files)) {
    const name = entry.name.replace(/^\/+/, '');
    if (entry.dir) folders.add(name.replace(/\/+$/, ''));
    else entries.set(name, entry);
  }
  if (entries.size === 0) throw new UnreadableWorkbookError(packageReason('emptyZip', {}));
  checkDeclaredSizes(entries);

  let sheets: ListedSheet[] = [];
  const parts: PackageParts = {
    files: new Set(entries.keys()),
    folders,
    read: (part) => readText(part, entries.get(part)!, sheets),
  };
  const map = await mapPackage(parts);
  sheets = map?.sheets ?? [];
  const left = new Set(map?.tableSheets ?? []);

  // Progress by packed bytes, of the whole package: the table sheets left to the reader are the rest.
  const packed = (entry: JSZip.JSZipObject) => declaredSizes(entry)?.compressed ?? 0;
  const checked = [...entries].filter(([part]) => !left.has(part));
  const allPacked = [...entries.values()].reduce((sum, entry) => sum + packed(entry), 0);
  let donePacked = 0;
  for (const [part, entry] of checked) {
    if (allPacked > 0) onProgress?.(donePacked / allPacked);
    donePacked += packed(entry);
    await checkPart(part, entry, sheets, map);
  }
  return {
    checkedShare: allPacked > 0 ? donePacked / allPacked : 1,
    inflate: async (part, onChunk) => {
      const entry = entries.get(part);
      if (entry === undefined) return;
      if (!left.delete(part)) {
        await inflateCounted(part, entry, sheets, onChunk);
        return;
      }
      await checkPart(part, entry, sheets, map, onChunk);
    },
    finish: async () => {
      for (const part of left) await checkPart(part, entries.get(part)!, sheets, map);
      left.clear();
    },
  };
}

/** One part inflated and checked as guardPackage checks it, each chunk handed on to `onChunk` once the checks have seen it. */
async function checkPart(part: string, entry: JSZip.JSZipObject, sheets: ListedSheet[], map: PackageMap | null, onChunk?: (chunk: Uint8Array) => void): Promise<void> {
  const sheet = sheets.find((s) => s.part === part && s.kind === 'worksheet');
  const scanner = sheet ? new SheetGridScanner() : undefined;
  const watcher = map?.dataParts.has(part) ? new XmlCompletenessWatcher() : undefined;
  const incompleteError = (found: Incompleteness) => new UnreadableWorkbookError(packageReason('unfinishedXml', { at: partRef(part, sheets), found: unfinished(found) }));
  // Both look for ASCII only, so a byte to a character serves them and no chunk cuts a character.
  const latin1 = new TextDecoder('latin1');
  const bytes = await inflateCounted(
    part,
    entry,
    sheets,
    scanner || watcher || onChunk
      ? (chunk) => {
          if (scanner || watcher) {
            const text = latin1.decode(chunk, { stream: true });
            scanner?.push(text);
            watcher?.push(text);
            // Said before the reader's parser sees the chunk, which would refuse it in words of its own.
            const found = watcher?.foundSoFar();
            if (found) throw incompleteError(found);
          }
          onChunk?.(chunk);
        }
      : undefined,
  );
  if (bytes === 0 && /\.(xml|rels|vml)$/i.test(part)) {
    throw new UnreadableWorkbookError(packageReason('emptyPart', { at: partRef(part, sheets) }));
  }
  const incomplete = watcher?.end();
  if (incomplete) throw incompleteError(incomplete);
}

/** What a part swallowed by exceljs's parser is told as: the rest of the part would be lost. */
function unfinished(found: Incompleteness): Unfinished {
  if (found.kind !== 'ampersand') return found;
  const context = utf8FromByteText(found.context).replace(/^\uFFFD+|\uFFFD+$/g, '').replace(/\s+/g, ' ');
  return { kind: 'ampersand', context };
}

function checkDeclaredSizes(entries: Map<string, JSZip.JSZipObject>): void {
  const limits = PACKAGE_LIMITS;
  let total = 0;
  let totalCompressed = 0;
  for (const [part, entry] of entries) {
    const sizes = declaredSizes(entry);
    if (sizes === null) continue;
    if (sizes.uncompressed > limits.partBytes) {
      throw new UnreadableWorkbookError(packageReason('partTooBig', { part, size: formatSize(sizes.uncompressed), limit: formatSize(limits.partBytes) }));
    }
    if (sizes.uncompressed > limits.ratioFromBytes && sizes.uncompressed > limits.ratio * sizes.compressed) {
      throw new UnreadableWorkbookError(
        packageReason('partBomb', {
          part,
          packed: formatSize(sizes.compressed),
          size: formatSize(sizes.uncompressed),
          times: formatTimes(sizes.uncompressed, sizes.compressed),
          ratio: limits.ratio,
          from: formatSize(limits.ratioFromBytes),
        }),
      );
    }
    total += sizes.uncompressed;
    totalCompressed += sizes.compressed;
  }
  if (total > limits.totalBytes) {
    throw new UnreadableWorkbookError(packageReason('totalTooBig', { size: formatSize(total), limit: formatSize(limits.totalBytes) }));
  }
  if (total > limits.ratioFromBytes && total > limits.ratio * totalCompressed) {
    throw new UnreadableWorkbookError(
      packageReason('totalBomb', {
        packed: formatSize(totalCompressed),
        size: formatSize(total),
        times: formatTimes(total, totalCompressed),
        ratio: limits.ratio,
        from: formatSize(limits.ratioFromBytes),
      }),
    );
  }
}

/** Inflates a part as a stream, refusing it once it passes its declared size; returns its size. */
async function inflateCounted(
  part: string,
  entry: JSZip.JSZipObject,
  sheets: ListedSheet[],
  onChunk?: (chunk: Uint8Array) => void,
): Promise<number> {
  const declared = declaredSizes(entry)?.uncompressed ?? PACKAGE_LIMITS.partBytes;
  // What `onChunk` throws (a check's refusal, the reader's own error) goes on as it is; the rest is the inflater's.
  let failed = null as { error: unknown } | null;
  const hook =
    onChunk &&
    ((chunk: Uint8Array) => {
      try {
        onChunk(chunk);
      } catch (error) {
        failed = { error };
        throw error;
      }
    });
  let outcome;
  try {
    outcome = await inflateEntry(entry, declared, hook);
  } catch (error) {
    if (error instanceof OffGridError) throw offGridError(part, sheets, error.violation);
    if (failed !== null) throw failed.error;
    const detail = error instanceof Error ? error.message : String(error);
    // pako stops at damaged data without an error; JSZip then finds the size short.
    const at = partRef(part, sheets);
    const reason = /size mismatch/.test(detail)
      ? packageReason('partShort', { at, declared: formatSize(declared) })
      : packageReason('partNotInflated', { at, detail: shortDetail(detail) });
    throw new UnreadableWorkbookError(reason, { cause: error });
  }
  if (!outcome.complete) {
    throw new UnreadableWorkbookError(packageReason('partOverflows', { at: partRef(part, sheets), declared: formatSize(declared) }));
  }
  return outcome.bytes;
}

async function readText(part: string, entry: JSZip.JSZipObject, sheets: ListedSheet[]): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  await inflateCounted(part, entry, sheets, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}

function offGridError(part: string, sheets: ListedSheet[], violation: GridViolation): UnreadableWorkbookError {
  const where: OffGrid =
    violation.kind === 'row' ? { kind: 'row', row: formatCount(violation.row) } : violation;
  return new UnreadableWorkbookError(
    packageReason('offGrid', { at: partRef(part, sheets), where, rows: formatCount(EXCEL_ROWS), columns: formatCount(EXCEL_COLUMNS) }),
  );
}

/** How many times the part grows when unpacked, formatted; null for a part packed to nothing. */
function formatTimes(uncompressed: number, compressed: number): string | null {
  return compressed === 0 ? null : formatCount(Math.round(uncompressed / compressed));
}
