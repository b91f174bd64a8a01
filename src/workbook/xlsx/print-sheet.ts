import type ExcelJS from 'exceljs';
import { checkPageTexts } from '../excel-limits';
import { LINE_COLOR, MARGINS, type PageStyle, type StatementPage } from '../statement-layout';

/**
 * A laid-out page (statement-layout.ts, price-list-layout.ts) as an ExcelJS sheet: A4 portrait,
 * fitted to one page wide and as many tall as it needs, no gridlines, the page's footer, its
 * column widths in characters.
 */
export function addPrintSheet(workbook: ExcelJS.Workbook, page: StatementPage, name: string, widths: readonly number[]): ExcelJS.Worksheet {
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
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
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
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + widths.length)}${page.rows}`;
  return sheet;
}

const THIN_GREY = (color: string): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb: argb(color) } });

/** '#F2F2F2' as ExcelJS's opaque ARGB, 'FFF2F2F2'. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
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
