import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '../../engine';
import { loadResults } from '../components/lazyViews';
import type { PaneWorkbook } from '../hosts/host';
import { useStrings } from '../i18n';
import type { PaneSettings } from '../summary/settings';
import type { RunSummary } from '../summary/summarize';
import { errorMessage, nextPaint } from './errorMessage';

export type CalculationState =
  | { phase: 'idle' }
  | { phase: 'running'; step: string; fraction: number }
  | {
      phase: 'done';
      /** Counts the runs, so views can start afresh on each. */
      run: number;
      result: RunResult;
      /** null when the workbook had errors and nothing was calculated. */
      summary: RunSummary | null;
      settings: PaneSettings | null;
      /** What the host skipped while writing (a PivotTable, a chart). */
      notes: string[];
    }
  | { phase: 'failed'; message: string };

/**
 * Owns one run: read the tables, calculate, write the outputs (only Kontroller when the
 * workbook has errors, as the contract says). A host or engine failure becomes a message.
 */
export function useCalculation(workbook: PaneWorkbook | null) {
  const strings = useStrings();
  const [state, setState] = useState<CalculationState>({ phase: 'idle' });
  const running = useRef(false);
  const runs = useRef(0);

  // A different workbook makes the last result meaningless.
  useEffect(() => setState({ phase: 'idle' }), [workbook]);

  const calculate = useCallback(async () => {
    if (!workbook || running.current) return;
    running.current = true;
    try {
      setState({ phase: 'running', step: strings.phaseReading, fraction: 0.05 });
      await nextPaint();
      // The engine comes in its own chunk (prefetched); it loads while the tables are read.
      const [tables, { runForPane }] = await Promise.all([workbook.readTables(), loadResults()]);
      setState({ phase: 'running', step: strings.phaseCalculating, fraction: 0.3 });
      await nextPaint();
      const { result, summary, settings } = runForPane(tables);
      setState({ phase: 'running', step: strings.phaseWriting, fraction: 0.8 });
      await nextPaint();
      const notes = await workbook.writeOutputs(result.outputs);
      setState({
        phase: 'done',
        run: ++runs.current,
        result,
        summary,
        settings,
        notes,
      });
    } catch (error) {
      // Shown in the pane; logged as well so the stack reaches the developer tools.
      console.error(error);
      setState({ phase: 'failed', message: errorMessage(error) });
    } finally {
      running.current = false;
    }
  }, [workbook, strings]);

  return { state, calculate };
}
