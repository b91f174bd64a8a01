import ExcelJS from 'exceljs';
import { runModel } from '../../../../src/engine';
import type { RawTable } from '../../../../src/engine/cells';
import { exampleTables } from '../../../../src/example';
import { createXlsx, openXlsx } from '../../../../src/workbook/xlsx';
import { finishPackage } from '../../../../src/workbook/xlsx/written-package';

export async function gather(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * This year's workbook as a user has it: the example's input tables, a sheet of the user's own
 * (a bold heading, a formula on a table's cell), a formatted note beside Tjänster, and the
 * add-in's outputs written by a calculation.
 */
export async function thisYearsWorkbook(tables: RawTable[] = exampleTables()): Promise<Uint8Array> {
  const inputs = createXlsx();
  await inputs.writeInputTables(tables);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await inputs.toBuffer()) as unknown as ArrayBuffer);
  const notes = book.addWorksheet('Anteckningar');
  notes.getCell('A1').value = 'Att göra inför nästa år';
  notes.getCell('A1').font = { bold: true };
  notes.getCell('B2').value = { formula: 'Tjänster!A2', result: 'Leverantörsreskontra' };
  // A formula on an output sheet the calculation below writes (Prislista's first Tjänst).
  notes.getCell('B3').value = { formula: 'Prislista!A2', result: 'Leverantörsreskontra' };
  const services = book.getWorksheet('Tjänster')!;
  const beside = services.getCell(2, 20);
  beside.value = 'min kommentar';
  beside.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  // exceljs writes notes after the tables (a schema error IN would carry): put right as the project's writer does.
  const withNotes = await finishPackage(book, new Uint8Array(await book.xlsx.writeBuffer()));
  const opened = await openXlsx(withNotes);
  await opened.writeOutputs(runModel(await opened.readTables()).outputs);
  return opened.toBuffer();
}
