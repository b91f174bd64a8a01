import type JSZip from 'jszip';
import { UnreadableWorkbookError } from './errors';
import { DAMAGED_FILE, describePart, formatCount, formatSize, shortDetail, utf8FromByteText } from './package-messages';
import { mapPackage, type ListedSheet, type PackageParts } from './package-structure';
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
  const entries = new Map<string, JSZip.JSZipObject>();
  const folders = new Set<string>();
  for (const entry of Object.values(zip.files)) {
    const name = entry.name.replace(/^\/+/, '');
    if (entry.dir) folders.add(name.replace(/\/+$/, ''));
    else entries.set(name, entry);
  }
  if (entries.size === 0) throw new UnreadableWorkbookError('zip-arkivet är tomt; det innehåller ingen arbetsbok.');
  checkDeclaredSizes(entries);

  let sheets: ListedSheet[] = [];
  const parts: PackageParts = {
    files: new Set(entries.keys()),
    folders,
    read: (part) => readText(part, entries.get(part)!, sheets),
  };
  const map = await mapPackage(parts);
  sheets = map?.sheets ?? [];

  const packed = (entry: JSZip.JSZipObject) => declaredSizes(entry)?.compressed ?? 0;
  const allPacked = [...entries.values()].reduce((sum, entry) => sum + packed(entry), 0);
  let donePacked = 0;
  for (const [part, entry] of entries) {
    if (allPacked > 0) onProgress?.(donePacked / allPacked);
    donePacked += packed(entry);
    const sheet = sheets.find((s) => s.part === part && s.kind === 'worksheet');
    const scanner = sheet ? new SheetGridScanner() : undefined;
    const watcher = map?.dataParts.has(part) ? new XmlCompletenessWatcher() : undefined;
    // Both look for ASCII only, so a byte to a character serves them and no chunk cuts a character.
    const latin1 = new TextDecoder('latin1');
    const bytes = await inflateCounted(
      part,
      entry,
      sheets,
      scanner || watcher
        ? (chunk) => {
            const text = latin1.decode(chunk, { stream: true });
            scanner?.push(text);
            watcher?.push(text);
          }
        : undefined,
    );
    if (bytes === 0 && /\.(xml|rels|vml)$/i.test(part)) {
      throw new UnreadableWorkbookError(`${describePart(part, sheets)} är tom (0 byte). ${DAMAGED_FILE}`);
    }
    const incomplete = watcher?.end();
    if (incomplete) throw new UnreadableWorkbookError(`${describePart(part, sheets)} ${incompleteness(incomplete)} ${DAMAGED_FILE}`);
  }
}

/** What a part swallowed by exceljs's parser is told as: the rest of the part would be lost. */
function incompleteness(found: Incompleteness): string {
  switch (found.kind) {
    case 'root':
      return `tar slut mitt i XML-koden (<${found.name}> avslutas aldrig), så en del av innehållet saknas.`;
    case 'unclosed': {
      const what = { comment: 'en kommentar (<!--)', cdata: 'ett CDATA-avsnitt', instruction: 'en bearbetningsinstruktion (<?)' }[found.what];
      return `tar slut inuti ${what} som aldrig avslutas, så en del av innehållet saknas.`;
    }
    case 'ampersand': {
      const context = utf8FromByteText(found.context).replace(/^\uFFFD+|\uFFFD+$/g, '').replace(/\s+/g, ' ');
      return `har ett & som inte är skrivet som &amp; ("…${context}…"); allt efter det skulle gå förlorat.`;
    }
  }
}

const BOMB = 'Så packas ingen arbetsbok, men väl en så kallad zip-bomb, som skulle fylla minnet; filen läses inte.';

function checkDeclaredSizes(entries: Map<string, JSZip.JSZipObject>): void {
  const limits = PACKAGE_LIMITS;
  let total = 0;
  let totalCompressed = 0;
  for (const [part, entry] of entries) {
    const sizes = declaredSizes(entry);
    if (sizes === null) continue;
    if (sizes.uncompressed > limits.partBytes) {
      throw new UnreadableWorkbookError(
        `delen ${part} packas upp till ${formatSize(sizes.uncompressed)}, mer än gränsen ${formatSize(limits.partBytes)} för en del.`,
      );
    }
    if (sizes.uncompressed > limits.ratioFromBytes && sizes.uncompressed > limits.ratio * sizes.compressed) {
      throw new UnreadableWorkbookError(
        `delen ${part} packas upp från ${formatSize(sizes.compressed)} till ${formatSize(sizes.uncompressed)}, ` +
          `${formatRatio(sizes.uncompressed, sizes.compressed)} så mycket (gränsen är ${limits.ratio} gånger för en del över ${formatSize(limits.ratioFromBytes)}). ${BOMB}`,
      );
    }
    total += sizes.uncompressed;
    totalCompressed += sizes.compressed;
  }
  if (total > limits.totalBytes) {
    throw new UnreadableWorkbookError(
      `arbetsbokens delar packas upp till ${formatSize(total)}, mer än gränsen ${formatSize(limits.totalBytes)} för en arbetsbok.`,
    );
  }
  if (total > limits.ratioFromBytes && total > limits.ratio * totalCompressed) {
    throw new UnreadableWorkbookError(
      `arbetsbokens delar packas upp från ${formatSize(totalCompressed)} till ${formatSize(total)}, ` +
        `${formatRatio(total, totalCompressed)} så mycket (gränsen är ${limits.ratio} gånger över ${formatSize(limits.ratioFromBytes)}). ${BOMB}`,
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
  let outcome;
  try {
    outcome = await inflateEntry(entry, declared, onChunk);
  } catch (error) {
    if (error instanceof OffGridError) throw offGridError(part, sheets, error.violation);
    const detail = error instanceof Error ? error.message : String(error);
    // pako stops at damaged data without an error; JSZip then finds the size short.
    const reason = /size mismatch/.test(detail)
      ? `den packas upp till mindre än de ${formatSize(declared)} som zip-arkivet anger`
      : `den kan inte packas upp (${shortDetail(detail)})`;
    throw new UnreadableWorkbookError(`${describePart(part, sheets)} är skadad; ${reason}. ${DAMAGED_FILE}`, { cause: error });
  }
  if (!outcome.complete) {
    throw new UnreadableWorkbookError(
      `${describePart(part, sheets)} packas upp till mer än de ${formatSize(declared)} som zip-arkivet anger. ` +
        'Filen är skadad eller gjord för att fylla minnet; den läses inte.',
    );
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
  const where = describePart(part, sheets);
  const rows = formatCount(EXCEL_ROWS);
  const grid = `Excels blad har högst ${rows} rader och ${formatCount(EXCEL_COLUMNS)} kolumner (A–XFD); filen är inte sparad av Excel eller är skadad.`;
  switch (violation.kind) {
    case 'row':
      return new UnreadableWorkbookError(`${where} har rad ${formatCount(violation.row)}. ${grid}`);
    case 'cell':
      return new UnreadableWorkbookError(`${where} har cellen ${violation.cell}. ${grid}`);
    case 'dimension':
      return new UnreadableWorkbookError(`${where} anger området ${violation.ref}. ${grid}`);
    case 'tag':
      return new UnreadableWorkbookError(`${where} har en XML-tagg längre än 1 MiB. ${DAMAGED_FILE}`);
  }
}

function formatRatio(uncompressed: number, compressed: number): string {
  const times = compressed === 0 ? Infinity : Math.round(uncompressed / compressed);
  return Number.isFinite(times) ? `${formatCount(times)} gånger` : 'oändligt många gånger';
}
