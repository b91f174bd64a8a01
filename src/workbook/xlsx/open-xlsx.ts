import { UnreadableWorkbookError } from './errors';
import { loadPackage } from './load-package';
import { guardPackageForReading } from './package-guard';
import { shortDetail } from './package-messages';
import { packageReason } from '../messages/catalog';
import { readPackageTables } from './read/read-package';
import { readWorkbook } from './read/workbook-sheets';
import { XlsxWorkbook } from './xlsx-workbook';

export interface OpenOptions {
  /**
   * Told how far the opening has come, 0 to 1, by packed bytes: the package's parts checked, then
   * its table sheets read (`reading` true from there on).
   */
  onProgress?: (fraction: number, reading: boolean) => void;
}

/**
 * Opens an .xlsx (or .xlsm) workbook as saved by Excel, LibreOffice or scripts such as
 * openpyxl. Throws UnreadableWorkbookError when the bytes are not a workbook it can read; a
 * package too big to read, or damaged, is refused by guardPackage before any part is read whole.
 * The tables are read here, streaming (src/workbook/xlsx/read); nothing else of the package is
 * unpacked until something is written, and then only the parts that change
 * (src/workbook/xlsx/splice).
 */
export async function openXlsx(data: Uint8Array, options: OpenOptions = {}): Promise<XlsxWorkbook> {
  const { onProgress } = options;
  const zip = await loadPackage(data);
  // The guard inflates every part but the sheets with tables, which the reader inflates once for
  // both; progress is by packed bytes, the guard's share first.
  const guarded = await guardPackageForReading(zip, onProgress && ((fraction) => onProgress(fraction, false)));
  const { checkedShare } = guarded;
  let tables;
  try {
    tables = await readPackageTables(zip, await readWorkbook(zip), onProgress && ((fraction) => onProgress(checkedShare + fraction * (1 - checkedShare), true)), guarded.inflate);
    await guarded.finish();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(packageReason('unparsable', { detail: shortDetail(reason) }), { cause: error });
  }
  onProgress?.(1, true);
  return new XlsxWorkbook(data, { zip, tables });
}
