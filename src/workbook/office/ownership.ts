/// <reference types="office-js" />
import { OWNERSHIP_SHEET, sameSheetName } from '../xlsx/ownership';
import { parseSheetAddress, rangeAddress, rangeOf } from './address';
import type { WorkbookState } from './inspect';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import type { Step } from './steps';

export { OWNERSHIP_SHEET };

/** Same words as the xlsx adapter writes in B1, so both leave the same list behind. */
const EXPLANATION = 'Blad som Intäktsmodell har skapat och skriver om vid varje körning (kolumn A).';

/**
 * Rewrites the list of sheets the add-in owns on the very hidden sheet `_intaktsmodell`
 * (column A from A1, explanation in B1), creating the sheet when it is missing. The xlsx
 * adapter reads and writes the same list, so either may replace what the other wrote.
 */
export function recordOwnedSheetsStep(state: WorkbookState, owned: readonly string[]): Step {
  const exists = state.sheets.some((s) => sameSheetName(s.name, OWNERSHIP_SHEET));
  const values = owned.map((name, i) => [name, i === 0 ? EXPLANATION : '']);
  const list = rangeAddress(rangeOf(1, 1, Math.max(values.length, 1), 2));
  const rows = values.length > 0 ? values : [['', EXPLANATION]];
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

/** The owned sheets after a write: those still there, then the ones written now. */
export function ownedAfterWrite(state: WorkbookState, written: readonly string[], removed: readonly string[]): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.some((n) => sameSheetName(n, name))) names.push(name);
  };
  for (const name of state.owned) {
    const stillThere = state.sheets.some((s) => sameSheetName(s.name, name)) && !removed.some((r) => sameSheetName(r, name));
    if (stillThere) add(name);
  }
  written.forEach(add);
  return names;
}
