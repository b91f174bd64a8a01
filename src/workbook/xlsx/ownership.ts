import type ExcelJS from 'exceljs';
import { setSheetOrder, sheetOrder } from './exceljs-internals';
import { OWNERSHIP_EXPLANATION, OWNERSHIP_SHEET, sameSheetName } from './ownership-sheet';

export { OWNERSHIP_SHEET, sameSheetName } from './ownership-sheet';

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
  sheet.getCell(1, 2).value = OWNERSHIP_EXPLANATION;
}
