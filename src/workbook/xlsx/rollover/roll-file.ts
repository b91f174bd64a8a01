import { runModel, type RunResult } from '../../../engine';
import { rolloverTables } from '../../../engine/rollover';
import { openXlsx } from '../open-xlsx';
import type { GzipStream } from '../splice/zip-stream';
import { writeRolledWorkbook, type RolledWorkbook } from './write-rolled-workbook';

export type RollPhase = 'reading' | 'calculating' | 'writing';

export type RollResult =
  | { ok: false; result: RunResult }
  | {
      ok: true;
      result: RunResult;
      /** Next year's Budgetår, when this year's is given. */
      year: number | null;
      /** The file is macro-enabled: next year's keeps the macros and is an .xlsm too. */
      macros: boolean;
      rolled: RolledWorkbook;
    };

/**
 * The roll to next year of a workbook file, for every host (the command line, the pane's worker):
 * read, calculate (a workbook with errors is not rolled), next year's tables (engine/rollover.ts)
 * written into a copy of the file (write-rolled-workbook.ts). The file's bytes are not changed.
 */
export async function rollWorkbookFile(
  bytes: Uint8Array,
  options: { gzip?: GzipStream; onProgress?: (phase: RollPhase, fraction: number, step?: string) => void } = {},
): Promise<RollResult> {
  const progress = options.onProgress ?? (() => {});
  progress('reading', 0);
  const workbook = await openXlsx(bytes, { onProgress: (f) => progress('reading', f * 0.3) });
  const before = await workbook.readTables();
  const macros = await workbook.hasMacros();
  // The engine's last step (its 'Klart') is not the roll's end: writing follows.
  const result = runModel(before, { onProgress: (step, f) => f < 1 && progress('calculating', 0.3 + f * 0.6, step) });
  if (!result.ok || result.calculation === null) return { ok: false, result };
  const next = rolloverTables(before, result.calculation);
  progress('writing', 0.9);
  const rolled = await writeRolledWorkbook(bytes, before, next, options.gzip);
  const year = result.calculation.model.settings.budgetYear;
  return { ok: true, result, year: year === null ? null : year + 1, macros, rolled };
}
