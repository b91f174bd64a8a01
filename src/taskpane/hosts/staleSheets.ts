import type { StaleSheets } from './host';

/**
 * The add-in's stale sheets as the last write in Excel left them (Beräkna, a sheet written on
 * demand, Kundbesked), for the pane to show wherever it writes: a store the host updates and
 * the views subscribe to (useSyncExternalStore).
 */
export function staleSheetsStore(): StaleSheets & { set(sheets: string[]): void } {
  let sheets: string[] = [];
  const listeners = new Set<() => void>();
  return {
    current: () => sheets,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set: (next) => {
      sheets = next;
      for (const listener of listeners) listener();
    },
  };
}
