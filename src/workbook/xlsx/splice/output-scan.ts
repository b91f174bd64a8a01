import { rowBlocks, type OutputTable } from '../../../engine/output';
import { excelTableName } from '../../../engine/schema';
import { displayLength, fittedWidth } from '../column-widths';
import { numberFormatFor } from '../number-formats';
import { checkOutputRow } from '../output-checks';

/** An output as it will be written: its table name, row count, column widths and the number formats its cells use. */
export interface ScannedOutput {
  output: OutputTable;
  tableName: string;
  /** Data rows; an output without any is written with one empty body row. */
  rowCount: number;
  widths: number[];
  formats: Set<string>;
}

/**
 * One pass over an output's rows, a block at a time (a streamed table's rows are made and let
 * go): every row checked (checkOutputRow) and measured, before anything is written.
 */
export function scanOutput(output: OutputTable): ScannedOutput {
  const columns = output.columns;
  const widest = columns.map(() => 0);
  const formats = new Set<string>();
  const fractional = columns.map(() => false);
  let rowCount = 0;
  for (const block of rowBlocks(output)) {
    for (const row of block) {
      checkOutputRow(output, row, rowCount);
      for (let j = 0; j < row.length; j++) {
        const value = row[j] ?? null;
        if (value === null) continue;
        const length = displayLength(value);
        if (length > widest[j]!) widest[j] = length;
        if (typeof value === 'number' && !Number.isInteger(value)) fractional[j] = true;
      }
      rowCount++;
    }
  }
  columns.forEach((column, j) => {
    formats.add(numberFormatFor(column.format, null));
    if (fractional[j]) formats.add(numberFormatFor(column.format, 0.5));
  });
  return {
    output,
    tableName: excelTableName(output.name),
    rowCount,
    widths: columns.map((column, j) => fittedWidth(column.header, widest[j]!)),
    formats,
  };
}
