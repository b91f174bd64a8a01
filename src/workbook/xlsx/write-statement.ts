import ExcelJS from 'exceljs';
import { statementSheetNames, type Statement } from '../../engine/statement';
import { NUMBER_FORMATS } from './number-formats';
import { checkSheetName } from './sheet-names';

/**
 * Kundbesked as printable Excel sheets: one sheet per customer laid out as an A4 portrait page
 * (title, period, what it pays per service, its deviations, the change against last year, how
 * the amounts are worked out), fitted to the page width, with Swedish number formats. Excel and
 * LibreOffice print it or save it as PDF as it stands.
 */

/** A new workbook holding one statement sheet per customer, as .xlsx bytes. */
export async function statementsXlsx(statements: readonly Statement[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Intäktsmodell';
  workbook.title = statements.length === 1 ? `${statements[0]?.title}: ${statements[0]?.customer}` : 'Kundbesked';
  writeStatementSheets(workbook, statements);
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  return ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer as ArrayBuffer);
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

// Columns A–H: wide enough for the text, narrow enough to print at ~80 % on A4 portrait.
const WIDTHS = [30, 22, 14, 10, 9, 12, 12, 12];
const LAST_COLUMN = WIDTHS.length;
/** Characters a merged A–H row holds per line, for the height of wrapped sentences. */
const CHARS_PER_LINE = 105;

const FORMAT = {
  kr: NUMBER_FORMATS.kr,
  price: NUMBER_FORMATS.price,
  percent: NUMBER_FORMATS.percent,
  change: '+#,##0;-#,##0;0',
  changePercent: '+0.0%;-0.0%;0.0%',
  /** A Blandad service's price change, where its amount is not compared. */
  priceChange: '+0.0%" pris";-0.0%" pris";0.0%" pris"',
} as const;

const GREY = 'FFF2F2F2';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

function addStatementSheet(workbook: ExcelJS.Workbook, s: Statement, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L&8Intäktsmodell&C&8${escapeFooter(s.customer)}&R&8Sida &P av &N` },
  });
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let row = 0;
  const next = () => ++row;
  const text = (value: string, font: Partial<ExcelJS.Font> = {}) => {
    const r = next();
    const cell = sheet.getCell(r, 1);
    cell.value = value;
    cell.font = font;
    return r;
  };
  const sentence = (value: string, font: Partial<ExcelJS.Font> = {}) => {
    const r = text(value, font);
    sheet.mergeCells(r, 1, r, LAST_COLUMN);
    sheet.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(r).height = 15 * Math.max(1, Math.ceil(value.length / CHARS_PER_LINE));
  };
  const heading = (value: string) => {
    next();
    text(value, { bold: true, size: 12 });
  };
  const header = (labels: (string | null)[]) => {
    const r = next();
    labels.forEach((label, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = label;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
      cell.border = { bottom: thin };
      cell.alignment = { horizontal: i === 0 || i === 1 ? 'left' : 'right', vertical: 'bottom', wrapText: true };
    });
    return r;
  };
  const put = (r: number, column: number, value: ExcelJS.CellValue, format?: string, font?: Partial<ExcelJS.Font>) => {
    if (value === null || value === undefined) return;
    const cell = sheet.getCell(r, column);
    cell.value = value;
    if (format) cell.numFmt = format;
    if (font) cell.font = font;
  };
  const totalRow = (label: string, cells: [number, number | null, string][]) => {
    const r = next();
    put(r, 1, label, undefined, { bold: true });
    for (const [column, value, format] of cells) put(r, column, value, format, { bold: true });
    for (let c = 1; c <= LAST_COLUMN; c++) sheet.getCell(r, c).border = { top: thin };
    return r;
  };

  // Title block
  text(s.title, { bold: true, size: 16 });
  text(s.customer, { bold: true, size: 13 });
  if (s.customerType) text(`Kundtyp: ${s.customerType}`);
  text(s.period);
  next();
  sentence(s.texts.summary, { bold: true });

  // What the customer pays, per area and service, and against last year
  heading('Vad ni betalar per tjänst');
  header(['Tjänst', 'Grund', 'Underlag', 'Pris, kr', 'Andel', 'Belopp, kr', 'I fjol, kr', 'Förändring']);
  const compared = new Map(s.comparison.lines.map((l) => [l.service, l]));
  for (const area of s.areas) {
    const r = next();
    put(r, 1, area.area, undefined, { bold: true });
    put(r, 6, area.amount, FORMAT.kr, { bold: true });
    for (const line of s.lines.filter((l) => l.area === area.area)) {
      const lr = next();
      put(lr, 1, line.service);
      sheet.getCell(lr, 1).alignment = { indent: 1, wrapText: true, vertical: 'top' };
      put(lr, 2, line.basis);
      sheet.getCell(lr, 2).alignment = { wrapText: true, vertical: 'top' };
      put(lr, 3, line.quantity, quantityFormat(line.quantity, line.unit));
      put(lr, 4, line.price, FORMAT.price);
      put(lr, 5, line.share, FORMAT.percent);
      put(lr, 6, line.amount, FORMAT.kr);
      const last = compared.get(line.service);
      if (last) {
        put(lr, 7, last.lastAmount, FORMAT.kr);
        put(lr, 8, last.lastAmount === null ? last.priceChange : last.changeShare, last.lastAmount === null ? FORMAT.priceChange : FORMAT.changePercent);
      }
      for (let c = 3; c <= LAST_COLUMN; c++) sheet.getCell(lr, c).alignment = { vertical: 'top' };
      const longest = Math.max(line.service.length / (WIDTHS[0]! - 3), line.basis.length / WIDTHS[1]!);
      if (longest > 1) sheet.getRow(lr).height = 15 * Math.ceil(longest);
    }
  }
  totalRow('Totalt', [[6, s.total, FORMAT.kr]]);
  if (s.surchargeTotal !== 0) {
    const r = next();
    put(r, 1, 'varav extra hantering (avvikelser)');
    put(r, 6, s.surchargeTotal, FORMAT.kr);
  }
  const c = s.comparison;
  if (c.compared > 0) {
    const r = next();
    put(r, 1, `Tjänster som jämförs med i fjol (${c.compared} st)`);
    put(r, 6, c.amount, FORMAT.kr);
    put(r, 7, c.lastAmount, FORMAT.kr);
    put(r, 8, c.changeShare, FORMAT.changePercent);
  }
  next();
  sentence(s.texts.comparison);

  // Deviations
  heading('Er extra hantering (avvikelser)');
  sentence(s.texts.deviations);
  if (s.deviations.length > 0) {
    header(['Tjänst', 'Avvikelse', 'Antal', 'Kr per st', null, 'Belopp, kr']);
    for (const d of s.deviations) {
      const r = next();
      put(r, 1, d.service);
      put(r, 2, d.type ?? 'Nyckelviktning');
      put(r, 3, d.count, quantityFormat(d.count, null));
      put(r, 4, d.unitCost, FORMAT.price);
      put(r, 6, d.amount, FORMAT.kr);
      for (let col = 1; col <= LAST_COLUMN; col++) sheet.getCell(r, col).alignment = { vertical: 'top', wrapText: col === 2 };
      if ((d.type ?? '').length > WIDTHS[1]!) sheet.getRow(r).height = 15 * Math.ceil((d.type ?? '').length / WIDTHS[1]!);
    }
    totalRow('Totalt', [[6, s.surchargeTotal, FORMAT.kr]]);
  }

  // How it is worked out
  heading('Så räknas beloppen');
  for (const m of s.texts.method) sentence(m, { size: 10 });

  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + LAST_COLUMN)}${row}`;
  return sheet;
}

/** Underlag with its unit, "89 300 faktura"; decimals only when the number has them. */
function quantityFormat(value: number | null, unit: string | null): string {
  const base = value !== null && !Number.isInteger(value) ? (Math.abs(value) < 1 ? '0.0000' : '#,##0.##') : '#,##0';
  return unit ? `${base} "${unit.replace(/"/g, "'")}"` : base;
}

/** & starts a code in Excel's header and footer; && is a literal ampersand. */
function escapeFooter(text: string): string {
  return text.replace(/&/g, '&&');
}
