import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import { loadResults } from '../components/lazyViews';
import { nextPaint } from '../hooks/errorMessage';
import type { PaneWorkbook } from './host';

/**
 * A run on the page's own thread, for Excel: the tables come from and the outputs go to Excel
 * (office-js lives on the page), the engine's part the same one the browser's worker runs.
 */
export function localRun(readTables: () => Promise<RawTable[]>, writeOutputs: (outputs: OutputTable[]) => Promise<string[]>): PaneWorkbook['run'] {
  return async (onProgress) => {
    onProgress({ phase: 'reading', fraction: 0.05 });
    await nextPaint();
    // The engine comes in its own chunk (prefetched); it loads while the tables are read.
    const [tables, engine] = await Promise.all([readTables(), loadResults()]);
    onProgress({ phase: 'calculating', fraction: 0.3 });
    await nextPaint();
    const { result, data } = engine.calculateForPane(tables);
    onProgress({ phase: 'writing', fraction: 0.8 });
    await nextPaint();
    const notes = await writeOutputs(result.outputs);
    return {
      data,
      notes,
      details: result.calculation && {
        customer: async (customer) => engine.customerDetail(result, customer),
        statements: async (customers) => engine.statementsOf(result, customers),
      },
    };
  };
}
