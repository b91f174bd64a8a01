import type JSZip from 'jszip';
import { dropNamesExceljsLoses } from './defined-names';
import { patchDrawingParts } from './drawing-parts';
import { unprefixParts } from './namespace-prefixes';
import { normalizePackage } from './normalize-package';
import { patchSheetParts, type ValidationRanges } from './sheet-parts';
import { patchNumberFormats } from './style-number-formats';
import { patchTableParts, type TableFacts } from './table-parts';
import { patchWorkbookPart } from './workbook-part';

export interface PreparedPackage {
  bytes: Uint8Array;
  tableFacts: TableFacts[];
  sheetParts: Map<string, string>;
  validations: ValidationRanges;
  /** Each part's name in the file read, by its name in `bytes`. */
  originalNames: Map<string, string>;
}

/** The package rewritten so that exceljs reads it right, and what to repair after loading. */
export async function preparePackage(zip: JSZip): Promise<PreparedPackage> {
  await unprefixParts(zip);
  const originalNames = new Map<string, string>();
  const normalized = await normalizePackage(zip, originalNames);
  const { date1904, sheetParts } = await patchWorkbookPart(normalized);
  await dropNamesExceljsLoses(normalized);
  const tableFacts = await patchTableParts(normalized);
  await patchNumberFormats(normalized);
  const validations = await patchSheetParts(normalized, date1904);
  await patchDrawingParts(normalized);
  const bytes = await normalized.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { bytes, tableFacts, sheetParts, validations, originalNames };
}
