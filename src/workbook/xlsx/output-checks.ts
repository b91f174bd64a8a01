import type { OutputTable, OutputValue } from '../../engine/output';
import { excelTableName } from '../../engine/schema';
import { checkCellText, checkColumnNames } from '../excel-limits';
import { sameSheetName } from './ownership-sheet';
import { checkSheetName } from './sheet-names';

/**
 * The checks every xlsx writer of outputs runs before it changes anything: what can be told from
 * the outputs alone, without the workbook they go into.
 */

/** Output `i`'s sheet name, its uniqueness among `outputs` (as sheet and as table) and its column names. */
export function checkOutputHead(outputs: readonly OutputTable[], i: number): void {
  const output = outputs[i]!;
  checkSheetName(output.name);
  const tableName = excelTableName(output.name).toLowerCase();
  if (outputs.findIndex((o) => excelTableName(o.name).toLowerCase() === tableName || sameSheetName(o.name, output.name)) !== i) {
    throw new Error(`Utdatatabellen ${output.name} förekommer två gånger.`);
  }
  checkColumnNames(output.name, output.columns.map((c) => c.header));
}

/** One data row (`index` 0 = the first): no more values than columns, numbers Excel can store, texts a cell holds. */
export function checkOutputRow(output: OutputTable, row: readonly OutputValue[], index: number): void {
  if (row.length > output.columns.length) throw new Error(`Tabellen ${output.name} rad ${index + 1} har fler värden än kolumner.`);
  row.forEach((value, j) => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      // Excel cannot store NaN or infinity; a file holding one does not open.
      throw new Error(`Utdatatabellen ${output.name} rad ${index + 1} kolumn ${output.columns[j]?.header ?? j + 1} är inget tal (${value}).`);
    }
    checkCellText(value, output.name, index + 1, output.columns[j]?.header);
  });
}
