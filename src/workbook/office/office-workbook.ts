/// <reference types="office-js" />
import type { RawTable } from '../../engine/cells';
import { excelTableName, normalizeTableName } from '../../engine/schema';
import type { OutputTable } from '../../engine/output';
import type { Statement } from '../../engine/statement';
import type { WorkbookPort } from '../port';
import { inSwedish } from './errors';
import type { OfficeHost } from './host';
import { readTables } from './read-tables';
import { recalculate, type Calculated, type RecalculationReport } from './recalculate';
import { Capabilities, ExcelTooOldError } from './requirements';
import { selectCell } from './select-cell';
import { writeImportedRows, type OfficeImportedRows, type OfficeImportReport } from './write-imported-rows';
import { writeInputTables } from './write-input-tables';
import { writeDecision, type Decision } from './write-decision';
import { writeOutputs, type WriteReport } from './write-outputs';
import { writeStatements, type StatementsReport } from './write-statements';

/**
 * The workbook port over office-js: the open workbook in Excel. One `Excel.run` per use case,
 * `load` only what is read, and a fixed number of `context.sync()` calls whatever the table
 * sizes (beyond that, one more per 4 MB written or read, see payload.ts):
 *
 * | use case          | syncs                                                               |
 * | ----------------- | ------------------------------------------------------------------- |
 * | readTables        | 3: table list; headers, addresses and a sample of rows; all values  |
 * |                   | (2 for readNamedTables: the named tables described with the list)   |
 * | recalculate       | 4: table list, input tables by name and inspection (+1 for an input |
 * |                   | table spelt otherwise); input values; calculate; stage; swap        |
 * | writeOutputs      | 3: inspect with the ownership list; stage every sheet, chart and    |
 * |                   | PivotTable; swap names and positions                                |
 * | writeInputTables  | 2: inspect; write                                                   |
 * | writeStatements   | 3: inspect with the ownership list; stage every Kundbesked sheet;    |
 * |                   | swap names and record ownership                                     |
 * | decide            | as recalculate (Beslutade versioner read with the inputs): 4 for   |
 * |                   | the example; nothing written when the decision is refused           |
 * | selectCell        | 1                                                                   |
 * | writeImportedRows | 3: the table; its cells and where it grows; write and resize        |
 *
 * Errors from Excel are rethrown as ExcelOperationError with a Swedish message; refusals found
 * before any change (SheetNotOwnedError, TableNameTakenError, SheetNameClashError,
 * SheetProtectedError, WorkbookProtectedError, ReadOnlyWorkbookError, SheetExistsError) are
 * thrown as they are.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly capabilities: Capabilities;

  constructor(private readonly host: OfficeHost) {
    this.capabilities = new Capabilities(host);
  }

  async readTables(): Promise<RawTable[]> {
    return this.run(async (context) => (await readTables(context)).tables);
  }

  /** These tables only, their names matched as the contract matches them (the import reads Kontering and its target). */
  async readNamedTables(names: readonly string[]): Promise<RawTable[]> {
    const wanted = new Set(names.map(normalizeTableName));
    return this.run(async (context) => (await readTables(context, { only: (name) => wanted.has(normalizeTableName(name)), expected: names.map(excelTableName) })).tables);
  }

  /** The import's rows into an input table (Kostnader): the one write into an input table, asked for in the pane. */
  async writeImportedRows(plan: OfficeImportedRows): Promise<OfficeImportReport> {
    return this.run((context) => writeImportedRows(context, this.capabilities, plan));
  }

  async writeOutputs(outputs: OutputTable[]): Promise<void> {
    await this.writeOutputsWithReport(outputs);
  }

  /**
   * writeOutputs, telling what was written and what was skipped (PivotTable, charts) and why.
   * `inputs` (the fingerprint recalculate reported) is recorded with each sheet: what the pane
   * writes on demand after a calculation belongs to that calculation, not a stale one.
   */
  async writeOutputsWithReport(outputs: readonly OutputTable[], inputs = ''): Promise<WriteReport> {
    return this.run((context) => writeOutputs(context, this.capabilities, outputs, { inputs }));
  }

  /**
   * Beräkna: reads the input tables, calculates with `calculate`, writes the outputs it chooses
   * and marks the add-in's other sheets stale or fresh, in one Excel.run (docs/arbetsbok.md,
   * "Written on demand, and stale sheets").
   */
  async recalculate<T>(calculate: (tables: RawTable[]) => Promise<Calculated<T>>): Promise<{ value: T; report: RecalculationReport }> {
    return this.run((context) => recalculate(context, this.capabilities, calculate));
  }

  /**
   * "Spara som beslutad version": reads what a calculation reads, lets `decide` make Beslutade
   * versioner's table and writes it on its protected sheet, in one Excel.run (write-decision.ts).
   */
  async decide<T>(decide: (tables: RawTable[]) => Promise<Decision<T>>): Promise<{ value: T; report: WriteReport | null }> {
    return this.run((context) => writeDecision(context, this.capabilities, decide));
  }

  /** "Skapa mall" / "Infoga exempel": input tables on new sheets of their own. */
  async writeInputTables(tables: readonly RawTable[]): Promise<void> {
    await this.run((context) => writeInputTables(context, this.capabilities, tables));
  }

  /** Kundbesked: one printable sheet per customer, owned by the add-in like the outputs. */
  async writeStatements(statements: readonly Statement[], inputs = ''): Promise<StatementsReport> {
    return this.run((context) => writeStatements(context, this.capabilities, statements, inputs));
  }

  /** "Gå till cellen": selects a cell such as `Volymer!C17`. */
  async selectCell(address: string): Promise<void> {
    return this.run((context) => selectCell(context, address));
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return inSwedish(async () => {
      if (!this.capabilities.has('core')) throw new ExcelTooOldError();
      return this.host.run(batch);
    });
  }
}
