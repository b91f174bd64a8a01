/**
 * The add-in remembers in the workbook itself which sheets it created: a very hidden sheet of
 * this name whose column A lists them, one name a row from A1. The office-js adapter keeps the
 * same list, so either may replace what the other wrote.
 */
export const OWNERSHIP_SHEET = '_intaktsmodell';

/** B1 of the ownership sheet, for whoever unhides it. */
export const OWNERSHIP_EXPLANATION = 'Blad som Intäktsmodell har skapat och skriver om vid varje körning (kolumn A).';

export function sameSheetName(a: string, b: string): boolean {
  // Excel compares sheet names without regard to case.
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}
