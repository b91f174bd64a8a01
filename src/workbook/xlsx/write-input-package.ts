import type ExcelJS from 'exceljs';
import { loadExceljs } from './exceljs-module';
import type { RawTable } from '../../engine/cells';
import { writeInputTables } from './write-input-tables';
import { finishPackage } from './written-package';

/**
 * The template's and the example's input sheets (notes on the headers, drop-down lists, whole
 * numbers with separators) written by exceljs into `model` (a new workbook when left out), and
 * the package it makes. Loaded only by XlsxWorkbook.writeInputTables, so that reading and
 * writing results never load exceljs.
 */
export async function inputTablesPackage(tables: readonly RawTable[], model?: ExcelJS.Workbook): Promise<{ model: ExcelJS.Workbook; bytes: Uint8Array }> {
  const workbook = model ?? (await newWorkbook());
  writeInputTables(workbook, tables);
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  const bytes = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer as ArrayBuffer);
  return { model: workbook, bytes: await finishPackage(workbook, bytes) };
}

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const ExcelJSModule = await loadExceljs();
  const workbook = new ExcelJSModule.Workbook();
  workbook.creator = 'Intäktsmodell';
  return workbook;
}
