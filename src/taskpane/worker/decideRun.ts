import type { RawTable } from '../../engine/cells';
import { decideVersion, runModel, type Decided } from '../../engine';
import type { Message } from '../../engine/messages/catalog';
import type { OutputTable } from '../../engine/output';
import type { Problem } from '../../engine/problems';

/**
 * "Spara som beslutad version" as the worker answers it: saved, with what to tell and (for Excel,
 * which writes it on the page) Beslutade versioner whole; or refused, with why and the
 * workbook's errors. Plain data: it crosses from the worker as it is.
 */
export type DecideAnswer =
  | { ok: true; messages: Message[]; table: OutputTable | null }
  | { ok: false; reason: Message; problems: Problem[] };

/** Prices the tables and makes the decided version (engine/versions/decide.ts); nothing is written here. */
export function decideTables(tables: readonly RawTable[], label: string, date: string, onProgress: (step: string, fraction: number) => void = () => {}): Decided | Extract<DecideAnswer, { ok: false }> {
  const decided = decideVersion(tables, runModel(tables, { onProgress }), label, date);
  if (!decided.ok) return { ok: false, reason: decided.reason, problems: decided.problems.filter((p) => p.level === 'error') };
  return decided;
}

/** The decided table as plain data (no class, no stream), for the page to write. */
export function plainDecided(table: OutputTable): OutputTable {
  return { name: table.name, columns: table.columns, rows: table.rows, protected: table.protected };
}
