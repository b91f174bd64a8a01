import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { ExcelHost } from './host';
import { localRun, type ToWrite } from './localRun';
import { sameSheet } from './onDemand';
import { staleSheetsStore } from './staleSheets';

/**
 * What the pane uses of the office-js adapter (src/workbook/office), as a shape: the pane
 * depends on this, not on office-js; index.tsx fits the adapter to it.
 */
export interface OfficePort {
  /**
   * Beräkna in one Excel.run: the input tables read, `calculate` run on them, what it returns
   * written; `notes` says in Swedish what was skipped (PivotTable, charts), `stale` which of the
   * add-in's sheets are now stale, `inputs` the fingerprint of the inputs read.
   */
  recalculate<T>(calculate: (tables: RawTable[]) => Promise<ToWrite<T>>): Promise<{ value: T; notes: string[]; stale: string[]; inputs: string }>;
  /** Writes outputs of a run on demand, recorded as calculated from `inputs`. */
  writeOutputs(outputs: OutputTable[], inputs: string): Promise<{ notes: string[]; stale: string[] }>;
  writeInputTables(tables: RawTable[]): Promise<unknown>;
  selectCell(address: string): Promise<void>;
  writeStatements(statements: Statement[], inputs: string): Promise<{ sheets: string[]; notes: string[] }>;
}

export function excelHost(office: OfficePort): ExcelHost {
  // The inputs of the last run, recorded with the Kundbesked written from it.
  let inputs = '';
  const stale = staleSheetsStore();
  return {
    kind: 'excel',
    stale,
    workbook: {
      run: localRun(
        async (calculate) => {
          const done = await office.recalculate(calculate);
          inputs = done.inputs;
          stale.set(done.stale);
          return done;
        },
        async (outputs, from) => {
          const written = await office.writeOutputs(outputs, from);
          stale.set(written.stale);
          return written;
        },
      ),
      selectCell: (address) => office.selectCell(address),
    },
    writeInputTables: async (tables) => {
      await office.writeInputTables(tables);
    },
    writeStatements: async (statements) => {
      const { sheets, notes } = await office.writeStatements(statements, inputs);
      stale.set(stale.current().filter((sheet) => !sheets.some((s) => sameSheet(s, sheet))));
      return { sheets, notes };
    },
  };
}
