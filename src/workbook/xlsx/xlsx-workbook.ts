import type ExcelJS from 'exceljs';
import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { WorkbookPort } from '../port';
import { loadPackage } from './load-package';
import type { LostFeature } from './lost-on-write';
import { readPackageTables } from './read/read-package';
import { writeInputTables } from './write-input-tables';
import { writeOutputs } from './write-outputs';
import { finishPackage } from './written-package';

/** What a workbook is made from: its exceljs model, or how to build it, and what was read at open. */
export interface XlsxWorkbookSource {
  /** The model, or what builds it on the first write (openXlsx: only writing needs exceljs). */
  model: ExcelJS.Workbook | (() => Promise<ExcelJS.Workbook>);
  /** The tables as opened; left out for a workbook made in memory. */
  tables?: RawTable[];
  lost?: readonly LostFeature[];
}

/** A workbook held in memory: the port over an .xlsx file for the command line and the browser. */
export class XlsxWorkbook implements WorkbookPort {
  private readonly build: () => Promise<ExcelJS.Workbook>;
  private built: Promise<ExcelJS.Workbook> | undefined;
  /** The tables read at open, until something is written. */
  private tables: RawTable[] | undefined;
  private readonly lost: readonly LostFeature[];

  /** Use openXlsx or createXlsx. */
  constructor(source: XlsxWorkbookSource) {
    const { model } = source;
    this.build = typeof model === 'function' ? model : async () => model;
    this.tables = source.tables;
    this.lost = source.lost ?? [];
  }

  /**
   * What the opened file has that toBuffer() cannot write back (charts, pivot tables, macros …),
   * by kind and count, so that the user can be told; [] when nothing is lost. The file read is
   * never changed.
   */
  lostOnWrite(): LostFeature[] {
    return this.lost.map((feature) => ({ ...feature }));
  }

  /**
   * The tables as read at open; once something has been written into the workbook, as a copy
   * of it written now would read.
   */
  async readTables(): Promise<RawTable[]> {
    if (this.tables !== undefined) return this.tables;
    return readPackageTables(await loadPackage(await this.toBuffer()));
  }

  async writeOutputs(outputs: OutputTable[]): Promise<void> {
    const workbook = await this.workbook();
    this.tables = undefined;
    writeOutputs(workbook, outputs);
  }

  /** For the template and the example workbook: input tables on sheets of their own. */
  async writeInputTables(tables: RawTable[]): Promise<void> {
    const workbook = await this.workbook();
    this.tables = undefined;
    writeInputTables(workbook, tables);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    const workbook = await this.workbook();
    const buffer: unknown = await workbook.xlsx.writeBuffer();
    const bytes = ArrayBuffer.isView(buffer)
      ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      : new Uint8Array(buffer as ArrayBuffer);
    return finishPackage(workbook, bytes);
  }

  /** The exceljs model, built on first use (a build that failed fails again the same way). */
  private workbook(): Promise<ExcelJS.Workbook> {
    this.built ??= this.build();
    return this.built;
  }
}
