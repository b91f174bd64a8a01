import type ExcelJS from 'exceljs';
import { setSheetOrder, sheetOrder } from './exceljs-internals';

/**
 * The add-in remembers in the workbook itself which sheets it created: a very hidden sheet of
 * this name whose column A lists them, one name a row from A1. The office-js adapter keeps the
 * same list, so either may replace what the other wrote.
 */
export const OWNERSHIP_SHEET = '_intaktsmodell';

const EXPLANATION = 'Blad som Intäktsmodell har skapat och skriver om vid varje körning (kolumn A).';

export function sameSheetName(a: string, b: string): boolean {
  // Excel compares sheet names without regard to case.
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sameSheetName(sheet.name, name));
}

export function ownedSheetNames(workbook: ExcelJS.Workbook): string[] {
  const sheet = findSheet(workbook, OWNERSHIP_SHEET);
  if (!sheet) return [];
  const names: string[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const value = sheet.findCell(row, 1)?.value;
    if (typeof value === 'string' && value.trim() !== '') names.push(value.trim());
  }
  return names;
}

/** Rewrites the list of owned sheets (keeping the list sheet where it was). */
export function recordOwnedSheets(workbook: ExcelJS.Workbook, names: readonly string[]): void {
  const old = findSheet(workbook, OWNERSHIP_SHEET);
  const order = old ? sheetOrder(old) : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(OWNERSHIP_SHEET, { state: 'veryHidden' });
  if (order !== undefined) setSheetOrder(sheet, order);
  names.forEach((name, i) => {
    sheet.getCell(i + 1, 1).value = name;
  });
  sheet.getCell(1, 2).value = EXPLANATION;
}
