import type ExcelJS from 'exceljs';
import type { OutputTable } from '../../engine/output';
import { excelTableName } from '../../engine/schema';
import { SheetNotOwnedError } from '../port';
import { TableNameTakenError } from './errors';
import { definedNames, setSheetOrder, sheetOrder, tableModels } from './exceljs-internals';
import { numberFormatFor } from './number-formats';
import { findSheet, ownedSheetNames, recordOwnedSheets, sameSheetName } from './ownership';
import { checkOutputHead, checkOutputRow } from './output-checks';
import { addSheetTable } from './sheet-table';

/**
 * Writes each output on its own sheet as an Excel table of the same name, replacing the sheets
 * the add-in created before. Every check runs before the first change, so a refusal leaves the
 * workbook as it was.
 */
export function writeOutputs(workbook: ExcelJS.Workbook, outputs: readonly OutputTable[]): void {
  outputs.forEach((output, i) => {
    checkOutputHead(outputs, i);
    output.rows.forEach((row, r) => checkOutputRow(output, row, r));
  });

  const owned = ownedSheetNames(workbook);
  const isOwned = (name: string) => owned.some((o) => sameSheetName(o, name));
  const foreign = outputs
    .map((output) => findSheet(workbook, output.name))
    .filter((sheet): sheet is ExcelJS.Worksheet => sheet !== undefined && !isOwned(sheet.name))
    .map((sheet) => sheet.name);
  if (foreign.length > 0) throw new SheetNotOwnedError(foreign);

  const replaced = (sheet: ExcelJS.Worksheet) => outputs.some((o) => sameSheetName(o.name, sheet.name));
  const wanted = outputs.map((o) => excelTableName(o.name).toLowerCase());
  const taken = [
    ...workbook.worksheets.filter((sheet) => !replaced(sheet)).flatMap((sheet) => tableModels(sheet).map((t) => t.name)),
    ...definedNames(workbook),
  ].filter((name) => wanted.includes(name.toLowerCase()));
  if (taken.length > 0) throw new TableNameTakenError(taken);

  for (const output of outputs) {
    const old = findSheet(workbook, output.name);
    const order = old ? sheetOrder(old) : undefined;
    if (old) workbook.removeWorksheet(old.id);
    const sheet = addSheetTable(workbook, {
      sheetName: output.name,
      tableName: excelTableName(output.name),
      headers: output.columns.map((c) => c.header),
      rows: output.rows,
      numberFormat: (j, value) => numberFormatFor(output.columns[j]!.format, value),
    });
    if (order !== undefined) setSheetOrder(sheet, order);
  }

  const stillThere = owned.filter((name) => findSheet(workbook, name) !== undefined);
  const added = outputs.map((o) => o.name).filter((name) => !stillThere.some((o) => sameSheetName(o, name)));
  recordOwnedSheets(workbook, [...stillThere, ...added]);
}
