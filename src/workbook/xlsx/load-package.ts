import JSZip from 'jszip';
import { packageReason, type PackageReason } from '../messages/catalog';
import { UnreadableWorkbookError } from './errors';

/** The first bytes of an OLE compound file: encrypted .xlsx files and the old .xls format. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** "PK": every zip archive starts with one of its records. */
const ZIP_SIGNATURE = [0x50, 0x4b];

/**
 * The zip archive behind an .xlsx file, its table of contents read (nothing inflated yet), or
 * UnreadableWorkbookError saying in Swedish why not: empty, encrypted or .xls, not a zip,
 * packed in a way JSZip cannot unpack, or cut short.
 */
export async function loadPackage(data: Uint8Array): Promise<JSZip> {
  if (data.length === 0) throw new UnreadableWorkbookError(packageReason('emptyFile', {}));
  if (startsWith(data, COMPOUND_FILE_SIGNATURE)) {
    throw new UnreadableWorkbookError(packageReason('encryptedOrXls', {}));
  }
  try {
    return await JSZip.loadAsync(data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(reasonFor(detail, startsWith(data, ZIP_SIGNATURE)), { cause: error });
  }
}

function reasonFor(detail: string, looksLikeZip: boolean): PackageReason {
  if (/encrypted/i.test(detail)) return packageReason('zipEncrypted', {});
  if (/compression .* unknown/i.test(detail)) return packageReason('zipMethod', {});
  if (!looksLikeZip) return packageReason('notXlsx', {});
  return packageReason('truncated', {});
}

function startsWith(data: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}
