import type ExcelJS from 'exceljs';
import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { WorkbookPort } from '../port';
import type { LostFeature } from './lost-on-write';
import { readTables } from './read-tables';
import { writeInputTables } from './write-input-tables';
import { writeOutputs } from './write-outputs';
import { finishPackage } from './written-package';

/** A workbook held in memory: the port over an .xlsx file for the command line and the browser. */
export class XlsxWorkbook implements WorkbookPort {
  /** Use openXlsx or createXlsx. */
  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly lost: readonly LostFeature[] = [],
    /** Formula cells saved without a computed value, by sheet name (see cell-texts.ts). */
    private readonly uncomputed: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  ) {}

  /**
   * What the opened file has that toBuffer() cannot write back (charts, pivot tables, macros …),
   * by kind and count, so that the user can be told; [] when nothing is lost. The file read is
   * never changed.
   */
  lostOnWrite(): LostFeature[] {
    return this.lost.map((feature) => ({ ...feature }));
  }

  async readTables(): Promise<RawTable[]> {
    return readTables(this.workbook, this.uncomputed);
  }

  async writeOutputs(outputs: OutputTable[]): Promise<void> {
    writeOutputs(this.workbook, outputs);
  }

  /** For the template and the example workbook: input tables on sheets of their own. */
  async writeInputTables(tables: RawTable[]): Promise<void> {
    writeInputTables(this.workbook, tables);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    const buffer: unknown = await this.workbook.xlsx.writeBuffer();
    const bytes = ArrayBuffer.isView(buffer)
      ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      : new Uint8Array(buffer as ArrayBuffer);
    return finishPackage(this.workbook, bytes);
  }
}
