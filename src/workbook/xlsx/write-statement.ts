import type ExcelJS from 'exceljs';
import { loadExceljs } from './exceljs-module';
import { statementSheetNames, type Statement } from '../../engine/statement';
import { LINE_COLOR, MARGINS, statementPage, WIDTHS, type PageStyle } from '../statement-layout';
import { checkPageTexts } from '../excel-limits';
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

const THIN_GREY = (color: string): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb: argb(color) } });

/** '#F2F2F2' as ExcelJS's opaque ARGB, 'FFF2F2F2'. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** The shared page layout (../statement-layout.ts) written into an ExcelJS sheet. */
function addStatementSheet(workbook: ExcelJS.Workbook, s: Statement, name: string): ExcelJS.Worksheet {
  const page = statementPage(s);
  checkPageTexts(name, page.values);
  const inches = (points: number) => Math.round((points / 72) * 1000) / 1000;
  const sheet = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: inches(MARGINS.left),
        right: inches(MARGINS.right),
        top: inches(MARGINS.top),
        bottom: inches(MARGINS.bottom),
        header: inches(MARGINS.header),
        footer: inches(MARGINS.footer),
      },
    },
    headerFooter: { oddFooter: `&L${page.footer.left}&C${page.footer.center}&R${page.footer.right}` },
  });
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  page.values.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value === '') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      const format = page.formats[r]?.[c];
      if (typeof value === 'number' && format) cell.numFmt = format;
    }),
  );
  for (const style of page.styles) {
    for (let r = style.range.top; r <= style.range.bottom; r++) {
      for (let c = style.range.left; c <= style.range.right; c++) applyStyle(sheet.getCell(r, c), style);
    }
  }
  for (const m of page.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const h of page.rowHeights) sheet.getRow(h.row).height = h.points;
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + WIDTHS.length)}${page.rows}`;
  return sheet;
}

function applyStyle(cell: ExcelJS.Cell, style: PageStyle): void {
  if (style.bold !== undefined || style.size !== undefined) {
    cell.font = { ...cell.font, ...(style.bold !== undefined ? { bold: style.bold } : {}), ...(style.size !== undefined ? { size: style.size } : {}) };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) cell.border = { ...cell.border, ...(style.border === 'EdgeTop' ? { top: THIN_GREY(LINE_COLOR) } : { bottom: THIN_GREY(LINE_COLOR) }) };
  const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
  if (style.horizontal) alignment.horizontal = style.horizontal === 'Left' ? 'left' : 'right';
  if (style.vertical) alignment.vertical = style.vertical === 'Top' ? 'top' : 'bottom';
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}
