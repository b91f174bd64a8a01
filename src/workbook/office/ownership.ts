/// <reference types="office-js" />
import { OWNERSHIP_SHEET, sameSheetName } from '../xlsx/ownership';
import { parseSheetAddress, rangeAddress, rangeOf } from './address';
import type { WorkbookState } from './inspect';
import { recordOf, STALE_FLAG, type OwnedSheet } from './owned-sheets';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import type { Step } from './steps';

export { OWNERSHIP_SHEET };

/** Same words as the xlsx adapter writes in B1, so both leave the same list behind. */
const EXPLANATION = 'Blad som Intäktsmodell har skapat och skriver om vid varje körning (kolumn A).';

/**
 * Rewrites the list of sheets the add-in owns on the very hidden sheet `_intaktsmodell`
 * (column A from A1, explanation in B1; C to E what owned-sheets.ts describes), creating the
 * sheet when it is missing. The xlsx adapter reads and writes column A of the same list, so
 * either may replace what the other wrote.
 */
export function recordOwnedSheetsStep(state: WorkbookState, owned: readonly OwnedSheet[]): Step {
  const exists = state.sheets.some((s) => sameSheetName(s.name, OWNERSHIP_SHEET));
  const values = owned.map((r, i) => [r.name, i === 0 ? EXPLANATION : '', r.inputs, r.note, r.stale ? STALE_FLAG : '']);
  const list = rangeAddress(rangeOf(1, 1, Math.max(values.length, 1), 5));
  const rows = values.length > 0 ? values : [['', EXPLANATION, '', '', '']];
  const old = state.ownershipRange === null ? null : rangeAddress(parseSheetAddress(state.ownershipRange).range);
  return {
    size: OPERATION_OVERHEAD_BYTES * 5 + jsonBytes(rows) * 2,
    apply: (context) => {
      const sheets = context.workbook.worksheets;
      let sheet: Excel.Worksheet;
      if (exists) {
        sheet = sheets.getItem(OWNERSHIP_SHEET);
        if (old !== null) sheet.getRange(old).clear();
      } else {
        sheet = sheets.add(OWNERSHIP_SHEET);
        sheet.visibility = 'VeryHidden';
      }
      const range = sheet.getRange(list);
      range.numberFormat = rows.map((row) => row.map(() => '@'));
      range.values = rows;
    },
  };
}

/**
 * The owned sheets after a write: those still there (as `kept` updates them, e.g. now marked
 * stale) in their order, a rewritten one with its new record, then the ones new to the list.
 */
export function ownedAfterWrite(
  state: WorkbookState,
  written: readonly OwnedSheet[],
  removed: readonly string[],
  kept: (record: OwnedSheet) => OwnedSheet = (r) => r,
): OwnedSheet[] {
  const records: OwnedSheet[] = [];
  for (const record of state.records) {
    const stillThere = state.sheets.some((s) => sameSheetName(s.name, record.name)) && !removed.some((r) => sameSheetName(r, record.name));
    if (!stillThere || recordOf(records, record.name)) continue;
    records.push(recordOf(written, record.name) ?? kept(record));
  }
  for (const record of written) if (!recordOf(records, record.name)) records.push(record);
  return records;
}
