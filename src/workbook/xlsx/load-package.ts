import JSZip from 'jszip';
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
  if (data.length === 0) throw new UnreadableWorkbookError('filen är tom (0 byte) och alltså inte en .xlsx-fil.');
  if (startsWith(data, COMPOUND_FILE_SIGNATURE)) {
    throw new UnreadableWorkbookError(
      'filen är lösenordsskyddad eller i det gamla .xls-formatet. Ta bort lösenordet eller spara som Excel-arbetsbok (.xlsx).',
    );
  }
  try {
    return await JSZip.loadAsync(data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(reasonFor(detail, startsWith(data, ZIP_SIGNATURE)), { cause: error });
  }
}

function reasonFor(detail: string, looksLikeZip: boolean): string {
  if (/encrypted/i.test(detail)) {
    return 'zip-arkivet är krypterat. Spara arbetsboken i Excel utan lösenord (Arkiv > Info > Skydda arbetsbok).';
  }
  if (/compression .* unknown/i.test(detail)) {
    return 'zip-arkivet är packat med en metod som Excel inte använder. Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx).';
  }
  if (!looksLikeZip) return 'filen är inte en .xlsx-fil eller är skadad.';
  return 'filen är avkortad eller skadad: zip-arkivets innehållsförteckning saknas eller stämmer inte. Kopiera filen på nytt eller använd en säkerhetskopia.';
}

function startsWith(data: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}
