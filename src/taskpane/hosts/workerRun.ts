import type { OutputTable } from '../../engine/output';
import { nextPaint } from '../hooks/errorMessage';
import { CancelledError, type WorkerClient } from '../worker/client';
import type { PaneOutput } from '../worker/protocol';
import type { PaneRun, PaneWorkbook, Progress } from './host';
import type { Recalculate, WriteOnDemand } from './runTypes';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';

/** Where each phase of an Excel run starts and ends in its progress (reading is Excel's, the rest the worker's and Excel's). */
const CALCULATING = { from: 0.3, to: 0.8 };

/**
 * A run for Excel with the engine in the pane's worker, as in the browser: the input tables are
 * read through the workbook port on the page and sent there, the core outputs come back and are
 * written through the port, all in one recalculation of the adapter. Fakturaunderlag and Spårning stay in the worker (no
 * view needs their rows) and come over only to be written: with `writeAll`, or when asked
 * (onDemand.ts). Customer details are made in the worker too. `cancel` while the tables are read
 * or calculated stops the run (at once in the worker) before anything is written; once Excel is
 * writing, the write goes through whole (the adapter's staging and swap).
 */
export function workerRun(client: WorkerClient, recalculate: Recalculate, writeOnDemand: WriteOnDemand): Pick<PaneWorkbook, 'run' | 'cancel'> {
  let runs = 0;
  let cancelledRun = -1;
  return {
    cancel: () => {
      cancelledRun = runs;
      client.cancel();
    },
    run: async (onProgress, options = {}) => {
      const thisRun = ++runs;
      onProgress({ phase: 'reading', fraction: 0.05 });
      await nextPaint();
      const { value: data, notes, stale, inputs } = await recalculate(async (tables) => {
        if (cancelledRun === thisRun) throw new CancelledError();
        const data = await client.calculateTables(tables, (p) => onProgress(calculating(p)));
        onProgress({ phase: 'writing', fraction: CALCULATING.to });
        // The kept tables (onDemand.ts) come over only to be written; else their columns place the stale note of an older copy.
        const kept = data.outputs.filter((o) => o.kept);
        const write = options.writeAll
          ? await Promise.all(data.outputs.map((o) => (o.kept ? client.keptRows(o.name) : plainTable(o))))
          : data.outputs.filter((o) => !o.kept).map(plainTable);
        return { write, others: options.writeAll ? [] : kept.map(plainTable), value: data };
      });
      const later = options.writeAll ? [] : data.outputs.filter((o) => o.kept).map((o) => o.name);
      const run: PaneRun = {
        data,
        notes,
        stale,
        onDemand:
          later.length === 0
            ? null
            : {
                names: later,
                write: async (name) => {
                  if (!later.includes(name)) throw new TextError(paneMsg('noOutputTable', { table: name }));
                  return writeOnDemand([await client.keptRows(name)], inputs);
                },
              },
        details: data.calculated
          ? {
              customer: (customer) => client.customer(customer),
              statements: (customers) => client.statements(customers),
              publish: {
                priceList: (format, label) => client.priceListFile(format, label),
                statementsPdf: (customers) => client.statementsPdf(customers),
                invoiceCsv: (settlement) => client.invoiceCsv(settlement),
              },
            }
          : null,
      };
      return run;
    },
  };
}

/** The worker's progress within the calculation, as a fraction of the whole run. */
function calculating(p: Progress): Progress {
  const fraction = CALCULATING.from + (CALCULATING.to - CALCULATING.from) * p.fraction;
  return p.step === undefined ? { phase: 'calculating', fraction } : { phase: 'calculating', fraction, step: p.step };
}

/** An output as the adapter writes it: name, columns and rows. */
function plainTable(output: PaneOutput | OutputTable): OutputTable {
  return { name: output.name, columns: output.columns, rows: output.rows };
}

