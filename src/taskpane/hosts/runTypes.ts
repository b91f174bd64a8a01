import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { WorkbookMessage } from '../../workbook/messages/catalog';

/** What a calculation hands the adapter to write: now, and the rest of the run's outputs. */
export interface ToWrite<T> {
  write: OutputTable[];
  others: OutputTable[];
  value: T;
}

/**
 * The Excel adapter's Beräkna as the pane uses it: reads the input tables, lets `calculate` run
 * and writes what it returns, in one run of the adapter; tells the notes, the sheets left stale and the
 * inputs' fingerprint (recorded with what is written on demand later).
 */
export type Recalculate = <T>(calculate: (tables: RawTable[]) => Promise<ToWrite<T>>) => Promise<{ value: T; notes: WorkbookMessage[]; stale: string[]; inputs: string }>;

/** Writes outputs of a run on demand, recorded as calculated from `inputs`. */
export type WriteOnDemand = (outputs: OutputTable[], inputs: string) => Promise<{ notes: WorkbookMessage[]; stale: string[] }>;
