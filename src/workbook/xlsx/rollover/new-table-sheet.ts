import type { CellValue, RawTable } from '../../../engine/cells';
import { cellText } from '../../../engine/cells';
import type { OutputTable, OutputValue } from '../../../engine/output';
import { scanOutput, type ScannedOutput } from '../splice/output-scan';

/**
 * A table next year's workbook has and this year's lacks (Fjolårsbelopp) as an output-like sheet
 * of its own: the table at A1 in the add-in's table style, money columns (numbers only) as
 * kronor. It is an input sheet: the user's from then on, not listed as the add-in's.
 */
export function scanNewTable(table: RawTable): ScannedOutput {
  const money = table.headers.map((_, j) => table.rows.some((r) => typeof r[j] === 'number') && table.rows.every((r) => r[j] === null || r[j] === undefined || typeof r[j] === 'number'));
  const output: OutputTable = {
    name: table.name,
    columns: table.headers.map((header, j) => ({ header, format: money[j] ? 'kr' : 'text' })),
    rows: table.rows.map((r) => table.headers.map((_, j) => outputValue(r[j] ?? null))),
  };
  return scanOutput(output);
}

function outputValue(value: CellValue): OutputValue {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  return cellText(value);
}
