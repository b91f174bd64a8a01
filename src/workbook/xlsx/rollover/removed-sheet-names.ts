import { OWNERSHIP_SHEET, sameSheetName } from '../ownership-sheet';

/**
 * Whether a sheet stays out of next year's workbook: one the add-in wrote (its list, `owned`),
 * which holds this year's figures and is written again by next year's first calculation, and the
 * list itself.
 */
export function removedSheetNames(sheet: string, owned: readonly string[]): boolean {
  return sameSheetName(sheet, OWNERSHIP_SHEET) || owned.some((name) => sameSheetName(name, sheet));
}
