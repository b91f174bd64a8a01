import type ExcelJS from 'exceljs';
import { dataValidationModel, tableModels } from './exceljs-internals';
import type { ValidationRanges } from './sheet-parts';
import type { TableFacts } from './table-parts';

/**
 * Repairs the table models exceljs 4.4 builds while loading, so that writing the workbook back
 * keeps the user's tables as they were:
 * - a table without `<tableStyleInfo>` (LibreOffice writes none) gets style null, on which
 *   exceljs crashes when writing ("Cannot read properties of null (reading 'theme')");
 * - filter buttons are read as hidden unless a `<filterColumn hiddenButton="0">` says otherwise,
 *   and exceljs then writes every button hidden; the XML's own facts decide instead.
 */
export function repairLoadedTables(workbook: ExcelJS.Workbook, facts: TableFacts[]): void {
  const byName = new Map(facts.map((f) => [f.name.toLowerCase(), f]));
  for (const sheet of workbook.worksheets) {
    for (const table of tableModels(sheet)) {
      if (!table.style) table.style = { theme: null };
      const fact = byName.get(table.name.toLowerCase());
      if (!fact) continue;
      table.columns.forEach((column, i) => {
        column.filterButton = fact.hasAutoFilter && !fact.hiddenButtons.has(i);
      });
    }
  }
}

/**
 * Gives each data validation back the ranges collapseDataValidations took away. exceljs keeps
 * a validation keyed by range as it is and writes it with that range.
 */
export function restoreDataValidations(
  workbook: ExcelJS.Workbook,
  sheetParts: Map<string, string>,
  validations: ValidationRanges,
): void {
  for (const sheet of workbook.worksheets) {
    const part = sheetParts.get(sheet.name);
    const ranges = part === undefined ? undefined : validations.get(part);
    if (!ranges) continue;
    const model = dataValidationModel(sheet);
    for (const [first, refs] of ranges) {
      const validation = model[first];
      if (!validation) continue;
      delete model[first];
      for (const ref of refs) model[ref] = validation;
    }
  }
}
