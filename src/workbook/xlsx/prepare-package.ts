import type JSZip from 'jszip';
import { dropNamesExceljsLoses } from './defined-names';
import { patchDrawingParts } from './drawing-parts';
import { findLostFeatures, type LostFeature } from './lost-on-write';
import { unprefixParts } from './namespace-prefixes';
import { normalizePackage } from './normalize-package';
import { patchSheetParts, type UncomputedFormulas, type ValidationRanges } from './sheet-parts';
import { patchNumberFormats } from './style-number-formats';
import { patchTableParts, type TableFacts } from './table-parts';
import { patchWorkbookPart } from './workbook-part';

export interface PreparedPackage {
  bytes: Uint8Array;
  tableFacts: TableFacts[];
  sheetParts: Map<string, string>;
  validations: ValidationRanges;
  /** Formula cells without a computed value, per worksheet part. */
  uncomputed: UncomputedFormulas;
  /** What the package has that a copy written by exceljs will lack. */
  lost: LostFeature[];
  /** Each part's name in the file read, by its name in `bytes`. */
  originalNames: Map<string, string>;
}

/** The package rewritten so that exceljs reads it right, and what to repair after loading. */
export async function preparePackage(zip: JSZip): Promise<PreparedPackage> {
  await unprefixParts(zip);
  const originalNames = new Map<string, string>();
  const normalized = await normalizePackage(zip, originalNames);
  const { date1904, sheetParts } = await patchWorkbookPart(normalized);
  const droppedNames = await dropNamesExceljsLoses(normalized);
  const lost = await findLostFeatures(normalized, droppedNames);
  const tableFacts = await patchTableParts(normalized);
  await patchNumberFormats(normalized);
  const { validations, uncomputed } = await patchSheetParts(normalized, date1904);
  await patchDrawingParts(normalized);
  const bytes = await normalized.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { bytes, tableFacts, sheetParts, validations, uncomputed, lost, originalNames };
}
