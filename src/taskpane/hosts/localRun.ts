import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { loadResults } from '../components/lazyViews';
import { nextPaint } from '../hooks/errorMessage';
import type { PaneRun, PaneWorkbook } from './host';
import { splitOutputs } from './onDemand';

/** What a calculation hands the adapter to write: now, and the rest of the run's outputs. */
export interface ToWrite<T> {
  write: OutputTable[];
  others: OutputTable[];
  value: T;
}

/**
 * The office adapter's Beräkna as the pane uses it: reads the input tables, lets `calculate` run
 * and writes what it returns, in one Excel.run; tells the notes, the sheets left stale and the
 * inputs' fingerprint (recorded with what is written on demand later).
 */
export type Recalculate = <T>(calculate: (tables: RawTable[]) => Promise<ToWrite<T>>) => Promise<{ value: T; notes: string[]; stale: string[]; inputs: string }>;

/** Writes outputs of a run on demand, recorded as calculated from `inputs`. */
export type WriteOnDemand = (outputs: OutputTable[], inputs: string) => Promise<{ notes: string[]; stale: string[] }>;

/**
 * A run on the page's own thread, for Excel: the tables come from and the outputs go to Excel
 * (office-js lives on the page), the engine's part the same one the browser's worker runs.
 * Beräkna writes the core outputs; Fakturaunderlag and Spårning (onDemand.ts) only with
 * `writeAll`, else they are kept for `onDemand.write`.
 */
export function localRun(recalculate: Recalculate, writeOnDemand: WriteOnDemand): PaneWorkbook['run'] {
  return async (onProgress, options = {}) => {
    onProgress({ phase: 'reading', fraction: 0.05 });
    await nextPaint();
    // The engine comes in its own chunk (prefetched); it loads while the tables are read.
    const loading = loadResults();
    const { value, notes, stale, inputs } = await recalculate(async (tables) => {
      const engine = await loading;
      onProgress({ phase: 'calculating', fraction: 0.3 });
      await nextPaint();
      const calculated = engine.calculateForPane(tables);
      onProgress({ phase: 'writing', fraction: 0.8 });
      await nextPaint();
      const { write, later } = splitOutputs(calculated.result.outputs, options.writeAll === true);
      return { write, others: later, value: { ...calculated, engine, later } };
    });
    const { result, data, engine, later } = value;
    const run: PaneRun = {
      data,
      notes,
      stale,
      onDemand:
        later.length === 0
          ? null
          : {
              names: later.map((o) => o.name),
              write: async (name) => {
                const output = later.find((o) => o.name === name);
                if (!output) throw new Error(`Körningen har ingen utdatatabell ${name}.`);
                return writeOnDemand([output], inputs);
              },
            },
      details: result.calculation && {
        customer: async (customer) => engine.customerDetail(result, customer),
        statements: async (customers) => engine.statementsOf(result, customers),
      },
    };
    return run;
  };
}
