import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { RawTable } from '../../engine/cells';
import type { OutputTable } from '../../engine/output';
import type { WorkbookPort } from '../port';
import { loadPackage } from './load-package';
import { readPackageTables } from './read/read-package';
import { planOutputs, splicedPackage, type GzipStream, type OutputPlan } from './splice';
import { hasMacros } from './splice/macros';
import { gatherBytes } from './bytes';

/** The package a workbook writes from: its bytes, and the zip over them once loaded. */
interface PackageSource {
  bytes: Uint8Array;
  zip?: JSZip;
}

/** What toChunks writes. */
export interface WriteOptions {
  /**
   * Leave out the macros (the VBA project) of a macro-enabled workbook, for a copy saved as
   * .xlsx: Excel refuses to open a macro-enabled package under that name.
   */
  dropMacros?: boolean;
  /** Told how far the writing has come, 0 to 1, by the output rows written. */
  onProgress?: (fraction: number) => void;
  /**
   * The compressor of the new parts: by default the platform's `CompressionStream('gzip')`, at
   * zlib's level 6. The command line passes Node's zlib at level 3, which deflates the output
   * sheets about twice as fast for a file about 14 % larger (measured on a region's outputs:
   * 1 953 → 1 011 ms, 27,0 → 30,7 MB); deflating, not making the rows, was what writing waited on.
   */
  gzip?: GzipStream;
}

/**
 * A workbook held in memory: the port over an .xlsx file for the command line and the browser.
 * The file read stays as it is; what is written is its package with the output sheets spliced
 * in (src/workbook/xlsx/splice): every other part carried over byte for byte.
 */
export class XlsxWorkbook implements WorkbookPort {
  private source: PackageSource;
  /** The tables as read at open, until something is written. */
  private tables: RawTable[] | undefined;
  private plan: OutputPlan | undefined;
  /** The template's and the example's input sheets, made by exceljs (notes, drop-down lists). */
  private model: ExcelJS.Workbook | undefined;

  /** Use openXlsx (`opened`: the guarded package and its tables) or createXlsx. */
  constructor(bytes: Uint8Array, private readonly opened?: { zip: JSZip; tables: RawTable[] }) {
    this.source = { bytes, zip: opened?.zip };
    this.tables = opened?.tables;
  }

  /** Whether the package is a macro-enabled workbook (an .xlsm with its VBA project). */
  async hasMacros(): Promise<boolean> {
    return hasMacros(await this.zip());
  }

  /**
   * The tables as read at open; once something has been written into the workbook, as a copy
   * of it written now would read.
   */
  async readTables(): Promise<RawTable[]> {
    if (this.tables !== undefined) return this.tables;
    return readPackageTables(await loadPackage(await this.toBuffer()));
  }

  /** Every check runs here, before anything is written; a refusal leaves the workbook as it was. */
  async writeOutputs(outputs: OutputTable[]): Promise<void> {
    this.plan = await planOutputs(await this.zip(), outputs, this.plan);
    this.tables = undefined;
  }

  /**
   * For the template and the example workbook: input tables on sheets of their own, with notes
   * and drop-down lists (written by exceljs). Only on a workbook from createXlsx, before any
   * output is written.
   */
  async writeInputTables(tables: RawTable[]): Promise<void> {
    if (this.plan !== undefined || this.opened !== undefined) {
      throw new Error('Indatatabeller skrivs bara i en ny arbetsbok, innan något resultat har skrivits.');
    }
    const { inputTablesPackage } = await import(/* webpackChunkName: "template" */ './write-input-package');
    const made = await inputTablesPackage(tables, this.model);
    this.model = made.model;
    this.source = { bytes: made.bytes };
    this.tables = undefined;
  }

  /** The workbook as .xlsx bytes, made as they are written. */
  async *toChunks(options: WriteOptions = {}): AsyncGenerator<Uint8Array> {
    const zip = await this.zip();
    if (this.plan === undefined && !options.dropMacros) {
      yield this.source.bytes;
      return;
    }
    const plan = options.dropMacros ? await planOutputs(zip, [], this.plan, { dropMacros: true }) : this.plan!;
    yield* splicedPackage(zip, plan, options.onProgress, options.gzip);
    options.onProgress?.(1);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(options: WriteOptions = {}): Promise<Uint8Array> {
    return gatherBytes(this.toChunks(options));
  }

  private async zip(): Promise<JSZip> {
    this.source.zip ??= await loadPackage(this.source.bytes);
    return this.source.zip;
  }
}
