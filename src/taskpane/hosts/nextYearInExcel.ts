import type { WorkerClient } from '../worker/client';
import type { NextYearOutcome, Progress } from './host';
import type { OfficePort } from './excelHost';

/**
 * Next year's workbook inside Excel: the open workbook's file read through the port (as Excel
 * has it now), rolled in the pane's worker as the browser's file is, and opened as a new
 * workbook in Excel; the open workbook is not changed. An Excel without the requirement sets
 * gets `unsupported` before anything is read.
 */
export async function nextYearInExcel(port: OfficePort, client: WorkerClient, onProgress: (progress: Progress) => void): Promise<NextYearOutcome> {
  const files = port.files;
  if (!files?.canOpenNewWorkbook()) return { kind: 'unsupported' };
  onProgress({ phase: 'reading', fraction: 0 });
  const bytes = await files.readOpenFile();
  const made = await client.rollover(bytes, onProgress);
  if (!made.ok) return { kind: 'errors', errors: made.errors };
  onProgress({ phase: 'writing', fraction: 0.95 });
  await files.openNewWorkbook(new Uint8Array(await made.file.arrayBuffer()));
  return { kind: 'created', year: made.year, tables: made.tables, changed: made.changed, leftOut: made.leftOut, formulasToValues: made.formulasToValues, fileName: null };
}
