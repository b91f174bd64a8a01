import { runModel, type RunResult } from '../../../engine';
import type { RawTable } from '../../../engine/cells';
import { rolloverTables } from '../../../engine/rollover';
import { openXlsx } from '../open-xlsx';
import type { GzipStream } from '../splice/zip-stream';
import { writeRolledWorkbook, type RolledWorkbook } from './write-rolled-workbook';

export type RollPhase = 'reading' | 'calculating' | 'writing';

export type RollResult =
  | { ok: false; result: RunResult }
  | {
      ok: true;
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
  const { before, macros } = await readFile(bytes, (f) => progress('reading', f * 0.3));
  const planned = nextYearTables(before, (step, f) => progress('calculating', 0.3 + f * 0.6, step));
  if (!planned.ok) return planned;
  progress('writing', 0.9);
  const rolled = await writeRolledWorkbook(bytes, before, planned.next, options.gzip);
  return { ok: true, year: planned.year, macros, rolled };
}

/** The input tables and whether the file has macros; the opened package is let go after. */
async function readFile(bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<{ before: RawTable[]; macros: boolean }> {
  const workbook = await openXlsx(bytes, { onProgress });
  return { before: await workbook.readTables(), macros: await workbook.hasMacros() };
}

/**
 * This year's calculation and next year's tables from it; the calculation and its outputs are
 * let go before the package is written (a region's are some hundred MB).
 */
function nextYearTables(before: RawTable[], onProgress: (step: string, fraction: number) => void): { ok: false; result: RunResult } | { ok: true; next: RawTable[]; year: number | null } {
  // The engine's last step (its 'Klart') is not the roll's end: writing follows.
  const result = runModel(before, { onProgress: (step, f) => f < 1 && onProgress(step, f) });
  if (!result.ok || result.calculation === null) return { ok: false, result };
  const year = result.calculation.model.settings.budgetYear;
  return { ok: true, next: rolloverTables(before, result.calculation), year: year === null ? null : year + 1 };
}
