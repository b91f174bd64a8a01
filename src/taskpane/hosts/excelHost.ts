import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { ExcelHost } from './host';
import { localRun } from './localRun';

/**
 * What the pane uses of the office-js adapter (src/workbook/office), as a shape: the pane
 * depends on this, not on office-js; index.tsx fits the adapter to it.
 */
export interface OfficePort {
  readTables(): Promise<RawTable[]>;
  /** Writes the outputs; `notes` says in Swedish what was skipped (PivotTable, charts). */
  writeOutputs(outputs: OutputTable[]): Promise<{ notes: string[] }>;
  writeInputTables(tables: RawTable[]): Promise<unknown>;
  selectCell(address: string): Promise<void>;
  writeStatements(statements: Statement[]): Promise<{ sheets: string[]; notes: string[] }>;
}

export function excelHost(office: OfficePort): ExcelHost {
  return {
    kind: 'excel',
    workbook: {
      run: localRun(
        () => office.readTables(),
        async (outputs) => (await office.writeOutputs(outputs)).notes,
      ),
      selectCell: (address) => office.selectCell(address),
    },
    writeInputTables: async (tables) => {
      await office.writeInputTables(tables);
    },
    writeStatements: async (statements) => {
      const { sheets, notes } = await office.writeStatements(statements);
      return { sheets, notes };
    },
  };
}
