import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UnreadableWorkbookError } from './errors';
import { loadExceljs } from './exceljs-module';
import { DAMAGED_FILE, describePart, shortDetail } from './package-messages';
import type { PreparedPackage } from './prepare-package';

/** A part exceljs cannot parse, and the parser's own (English) words. */
export interface UnparsablePart {
  part: string;
  detail: string;
}

/** What a probe throws in place of exceljs's `reconcile`: every part of its package was parsed. */
const PARSED = Symbol('parsed');

/**
 * Finds the part of a package that exceljs failed on, for a message that names it: exceljs
 * parses part after part and throws the parser's error ("4:17: unclosed tag: c") without
 * saying which. Each part is loaded again alone, in exceljs's order, by a workbook whose
 * `reconcile` (the step after parsing, which needs the other parts) is replaced: the first
 * probe that throws anything else is the part. Only run after a load failed, so a good
 * workbook pays nothing; null when every part parses alone (the failure came from combining
 * them).
 */
export async function findUnparsablePart(bytes: Uint8Array): Promise<UnparsablePart | null> {
  const ExcelJS = await loadExceljs();
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const single = new JSZip();
    single.file(entry.name, await entry.async('uint8array'));
    const probe = new ExcelJS.Workbook();
    (probe.xlsx as unknown as { reconcile: () => never }).reconcile = () => {
      throw PARSED;
    };
    try {
      const packed = await single.generateAsync({ type: 'uint8array', compression: 'STORE' });
      await probe.xlsx.load(packed as unknown as ExcelJS.Buffer);
    } catch (error) {
      if (error === PARSED) continue;
      return { part: entry.name, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return null;
}

/**
 * The error for a prepared package exceljs failed to load: which part (by its name in the file
 * read, with its sheet), whether it is malformed XML (line and column of the part) or content
 * exceljs does not understand, and the parser's words only as a short suffix.
 */
export async function unparsableWorkbookError(prepared: PreparedPackage, error: unknown): Promise<UnreadableWorkbookError> {
  const detail = error instanceof Error ? error.message : String(error);
  const found = await findUnparsablePart(prepared.bytes);
  if (found === null) {
    return new UnreadableWorkbookError(`arbetsboken har ett innehåll som inte kunde tolkas (${shortDetail(detail)}).`, { cause: error });
  }
  const original = (part: string) => prepared.originalNames.get(part) ?? part;
  const sheets = [...prepared.sheetParts].map(([name, part]) => ({ name, part: original(part) }));
  const xml = /^(\d+):(\d+): ([\s\S]*)$/.exec(found.detail);
  const what = xml
    ? `är inte giltig XML (rad ${xml[1]}, kolumn ${xml[2]}: ${shortDetail(xml[3]!)})`
    : `har ett innehåll som inte kunde tolkas (${shortDetail(found.detail)})`;
  return new UnreadableWorkbookError(`${describePart(original(found.part), sheets)} ${what}. ${DAMAGED_FILE}`, { cause: error });
}
