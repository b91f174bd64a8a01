import type ExcelJS from 'exceljs';
import { loadExceljs } from './exceljs-module';
import { statementSheetNames, type Statement } from '../../engine/statement';
import { statementPage, WIDTHS } from '../statement-layout';
import { addPrintSheet } from './print-sheet';
import { checkSheetName } from './sheet-names';
import { finishPackage } from './written-package';

/**
 * Kundbesked as printable Excel sheets: one sheet per customer laid out as an A4 portrait page
 * (title, period, what it pays per service, its deviations, the change against last year, how
 * the amounts are worked out), fitted to the page width, with Swedish number formats. Excel and
 * LibreOffice print it or save it as PDF as it stands.
 */

/** A new workbook holding one statement sheet per customer, as .xlsx bytes. */
export async function statementsXlsx(statements: readonly Statement[]): Promise<Uint8Array> {
  const ExcelJS = await loadExceljs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Intäktsmodell';
  workbook.title = statements.length === 1 ? `${statements[0]?.title}: ${statements[0]?.customer}` : 'Kundbesked';
  writeStatementSheets(workbook, statements);
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  const bytes = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer as ArrayBuffer);
  return finishPackage(workbook, bytes, 'all');
}

/** Adds a sheet per statement ("Kundbesked <kund>", shortened to Excel's 31 characters); returns the sheet names. */
export function writeStatementSheets(workbook: ExcelJS.Workbook, statements: readonly Statement[]): string[] {
  const names = statementSheetNames(statements.map((s) => s.customer));
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLocaleLowerCase('sv-SE')));
  return statements.map((statement) => {
    const name = names.get(statement.customer) as string;
    checkSheetName(name);
    if (taken.has(name.toLocaleLowerCase('sv-SE'))) throw new Error(`Bladet "${name}" finns redan i arbetsboken.`);
    taken.add(name.toLocaleLowerCase('sv-SE'));
    addStatementSheet(workbook, statement, name);
    return name;
  });
}

/** The shared page layout (../statement-layout.ts) written into an ExcelJS sheet. */
function addStatementSheet(workbook: ExcelJS.Workbook, s: Statement, name: string): ExcelJS.Worksheet {
  return addPrintSheet(workbook, statementPage(s), name, WIDTHS);
}
