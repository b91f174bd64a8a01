import type { RawTable } from '../../engine/cells';
import { runModel, type RunResult } from '../../engine';
import { paneSettings, type PaneSettings } from '../summary/settings';
import { summarize, type RunSummary } from '../summary/summarize';

export interface PaneRun {
  result: RunResult;
  /** null when the workbook had errors and nothing was calculated. */
  summary: RunSummary | null;
  settings: PaneSettings | null;
}

/** One calculation and what the pane shows of it. */
export function runForPane(tables: readonly RawTable[]): PaneRun {
  const result = runModel(tables);
  return {
    result,
    summary: result.ok ? summarize(result.outputs) : null,
    settings: result.calculation ? paneSettings(result.calculation.model, tables, result.outputs) : null,
  };
}
