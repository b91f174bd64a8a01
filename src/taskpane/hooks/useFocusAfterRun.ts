import { useEffect, useRef } from 'react';
import type { CalculationState } from './useCalculation';

/**
 * Moves focus to the element given the returned ref when a run ends (done, failed or cancelled),
 * so that keyboard and screen-reader users land on the outcome rather than on a button that went
 * away (Avbryt) or stayed where it was (Beräkna). Focus is moved only after a run, never on the
 * pane's first render or when another workbook is opened.
 */
export function useFocusAfterRun<T extends HTMLElement>(phase: CalculationState['phase']) {
  const target = useRef<T>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (phase === 'running') {
      wasRunning.current = true;
      return;
    }
    if (!wasRunning.current) return;
    wasRunning.current = false;
    target.current?.focus();
  }, [phase]);
  return target;
}
