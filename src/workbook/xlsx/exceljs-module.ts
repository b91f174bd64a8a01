import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use. Reading a workbook never needs it (src/workbook/xlsx/read), so
 * `calculate --json`, `invoice` and `trace` do not pay for loading it; writing, the template and
 * the statements do. In the browser it is a chunk of its own.
 */
export async function loadExceljs(): Promise<typeof ExcelJS> {
  const module = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as { default?: typeof ExcelJS };
  return module.default ?? (module as unknown as typeof ExcelJS);
}
