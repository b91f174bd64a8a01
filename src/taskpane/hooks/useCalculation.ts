import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { OnDemandOutputs, PaneWorkbook, Progress, RunDetails, RunOptions } from '../hosts/host';
import type { PaneRunData } from '../worker/protocol';
import { CancelledError } from '../worker/client';
import type { PaneSettings } from '../summary/settings';
import type { RunSummary } from '../summary/summarize';
import { shownError, type Shown } from '../i18n/shown';
import { nextPaint } from './errorMessage';
import type { WorkbookMessage } from '../../workbook/messages/catalog';

export type CalculationState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      progress: Progress;
      /** The last run's results, still shown while this one runs (and kept if it is cancelled). */
      previous: DoneState | null;
    }
  | DoneState
  | { phase: 'failed'; message: Shown };

export interface DoneState {
  phase: 'done';
  /** Counts the runs, so views can start afresh on each. */
  run: number;
  result: PaneRunData;
  /** null when the workbook had errors and nothing was calculated. */
  summary: RunSummary | null;
  settings: PaneSettings | null;
  /** What the host skipped while writing (a PivotTable, a chart). */
  notes: WorkbookMessage[];
  /** A customer's trace and statements, asked of the run where it is kept; null without a calculation. */
  details: RunDetails | null;
  /** Excel: the outputs the run kept for writing when asked; null when none. */
  onDemand: OnDemandOutputs | null;
}

/**
 * Owns one run: read the tables, calculate, write the outputs (only Kontroller when the
 * workbook has errors, as the contract says). A host or engine failure becomes a message;
 * a cancelled run puts back the state from before it, and says so (`cancelled`).
 */
export function useCalculation(workbook: PaneWorkbook | null) {
  const [state, setState] = useState<CalculationState>({ phase: 'idle' });
  const [cancelled, setCancelled] = useState(false);
  const running = useRef(false);
  const runs = useRef(0);
  const current = useRef(state);
  current.current = state;

  // A different workbook makes the last result meaningless.
  useEffect(() => {
    setState({ phase: 'idle' });
    setCancelled(false);
  }, [workbook]);

  const calculate = useCallback(async (options: RunOptions = {}) => {
    if (!workbook || running.current) return;
    running.current = true;
    setCancelled(false);
    const before = current.current;
    const previous = before.phase === 'done' ? before : null;
    setState({ phase: 'running', progress: { phase: 'reading', fraction: 0 }, previous });
    try {
      const run = await workbook.run((progress) => setState({ phase: 'running', progress, previous }), options);
      // A city's results take the page longer than 100 ms to render at once: as a transition
      // React renders them in slices, and the page answers in between.
      const done: CalculationState = {
        phase: 'done',
        run: ++runs.current,
        result: run.data,
        summary: run.data.summary,
        settings: run.data.settings,
        notes: run.notes,
        details: run.details,
        onDemand: run.onDemand ?? null,
      };
      if (previous) {
        // Taking the last results down and putting the new ones up in one commit kept the page
        // 150 ms on a city: the old ones go first, in a task of their own.
        setState({ phase: 'running', progress: { phase: 'writing', fraction: 1 }, previous: null });
        await nextPaint();
      }
      startTransition(() => setState(done));
    } catch (error) {
      if (error instanceof CancelledError) {
        setCancelled(true);
        setState(before);
      } else {
        // Shown in the pane; logged as well so the stack reaches the developer tools.
        console.error(error);
        setState({ phase: 'failed', message: shownError(error) });
      }
    } finally {
      running.current = false;
    }
  }, [workbook]);

  const cancel = workbook?.cancel;
  return { state, calculate, cancel, cancelled, setCancelled };
}
