import type { Statement } from '../engine/statement';
import { shortenText } from '../engine/textLimits';
import { NUMBER_FORMATS } from './xlsx/number-formats';
import type { CellRange } from './xlsx/cell-range';
import { PageGrid, cells } from './page-grid';

/**
 * A Kundbesked as a printable page, as plain data, laid out once for both adapters: the office
 * writer turns it into a few range operations per sheet (office/write-statements.ts), the xlsx
 * writer into ExcelJS cells (xlsx/write-statement.ts), so a statement written in Excel and one
 * downloaded from the browser or the command line look the same.
 */
export interface StatementPage {
  /** Rows 1..rows, columns A..H (WIDTHS.length). */
  rows: number;
  /** Values row by row ('' for an empty cell). */
  values: (string | number)[][];
  /** Number formats row by row: '@' for text, a display format for numbers, null for empty cells. */
  formats: (string | null)[][];
  styles: PageStyle[];
  /** Ranges merged across A..H for a sentence that wraps. */
  merges: CellRange[];
  /** Rows taller than the default, in points. */
  rowHeights: { row: number; points: number }[];
  footer: { left: string; center: string; right: string };
}

/** Formatting applied to a range of the page. */
export interface PageStyle {
  range: CellRange;
  bold?: boolean;
  size?: number;
  fill?: string;
  /** A thin grey line on this edge of the range. */
  border?: 'EdgeTop' | 'EdgeBottom';
  horizontal?: 'Left' | 'Right';
  vertical?: 'Top' | 'Bottom';
  wrap?: boolean;
  /** Indent level (ExcelApi 1.9; left out where the host lacks it). */
  indent?: number;
}

/** Column widths A–H in characters, as the xlsx sheet has them. */
export const WIDTHS = [30, 22, 14, 10, 9, 12, 12, 12] as const;
const LAST_COLUMN = WIDTHS.length;
/** Characters a merged A–H row holds per line, for the height of wrapped sentences. */
const CHARS_PER_LINE = 105;
const LINE_POINTS = 15;

export const PAGE_FORMATS = {
  kr: NUMBER_FORMATS.kr,
  price: NUMBER_FORMATS.price,
  percent: NUMBER_FORMATS.percent,
  changePercent: '+0.0%;-0.0%;0.0%',
  /** A Blandad service's price change, where its amount is not compared. */
  priceChange: '+0.0%" pris";-0.0%" pris";0.0%" pris"',
} as const;

export const GREY_FILL = '#F2F2F2';
export const LINE_COLOR = '#808080';

/** A4 portrait margins in points (the xlsx sheet's inches × 72). */
export const MARGINS = { left: 36, right: 36, top: 43.2, bottom: 50.4, header: 21.6, footer: 21.6 } as const;

export function statementPage(s: Statement): StatementPage {
  const grid = new PageGrid(LAST_COLUMN);
  const { merges, rowHeights } = grid;
  const next = () => grid.next();
  const put = (r: number, column: number, value: string | number | null, format?: string) => grid.put(r, column, value, format);
  const style = (range: CellRange, s: Omit<PageStyle, 'range'>) => grid.style(range, s);
  const height = (r: number, lines: number) => {
    if (lines > 1) rowHeights.push({ row: r, points: LINE_POINTS * lines });
  };
  const text = (value: string, font: { bold?: boolean; size?: number } = {}) => {
    const r = next();
    put(r, 1, value);
    if (font.bold || font.size) style(cells(r, 1), font);
    return r;
  };
  const sentence = (value: string, font: { bold?: boolean; size?: number } = {}) => {
    const r = text(value, font);
    merges.push(cells(r, 1, LAST_COLUMN));
    style(cells(r, 1), { wrap: true, vertical: 'Top' });
    const lines = Math.max(1, Math.ceil(value.length / CHARS_PER_LINE));
    // A merged row never grows to fit its text, so even one line gets its height set.
    rowHeights.push({ row: r, points: LINE_POINTS * lines });
  };
  const heading = (value: string) => {
    next();
    text(value, { bold: true, size: 12 });
  };
  const header = (labels: (string | null)[]) => {
    const r = next();
    labels.forEach((label, i) => put(r, i + 1, label));
    style(cells(r, 1, labels.length), { bold: true, fill: GREY_FILL, border: 'EdgeBottom', vertical: 'Bottom', wrap: true });
    style(cells(r, 1, 2), { horizontal: 'Left' });
    style(cells(r, 3, labels.length), { horizontal: 'Right' });
    return r;
  };
  const totalRow = (label: string, amounts: [number, number | null, string][]) => {
    const r = next();
    put(r, 1, label);
    for (const [column, value, format] of amounts) put(r, column, value, format);
    style(cells(r, 1, LAST_COLUMN), { bold: true, border: 'EdgeTop' });
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
    put(r, 1, area.area);
    put(r, 6, area.amount, PAGE_FORMATS.kr);
    style(cells(r, 1, LAST_COLUMN), { bold: true });
    for (const line of s.lines.filter((l) => l.area === area.area)) {
      const lr = next();
      put(lr, 1, line.service);
      put(lr, 2, line.basis);
      put(lr, 3, line.quantity, quantityFormat(line.quantity, line.unit));
      put(lr, 4, line.price, PAGE_FORMATS.price);
      put(lr, 5, line.share, PAGE_FORMATS.percent);
      put(lr, 6, line.amount, PAGE_FORMATS.kr);
      const last = compared.get(line.service);
      if (last) {
        const byPrice = last.lastAmount === null;
        put(lr, 7, last.lastAmount, PAGE_FORMATS.kr);
        put(lr, 8, byPrice ? last.priceChange : last.changeShare, byPrice ? PAGE_FORMATS.priceChange : PAGE_FORMATS.changePercent);
      }
      style(cells(lr, 1, LAST_COLUMN), { vertical: 'Top' });
      style(cells(lr, 1, 2), { wrap: true });
      style(cells(lr, 1), { indent: 1 });
      height(lr, Math.ceil(Math.max(1, line.service.length / (WIDTHS[0] - 3), line.basis.length / WIDTHS[1])));
    }
  }
  totalRow('Totalt', [[6, s.total, PAGE_FORMATS.kr]]);
  if (s.surchargeTotal !== 0) {
    const r = next();
    put(r, 1, 'varav extra hantering (avvikelser)');
    put(r, 6, s.surchargeTotal, PAGE_FORMATS.kr);
  }
  const c = s.comparison;
  if (c.compared > 0) {
    const r = next();
    put(r, 1, `Tjänster som jämförs med i fjol (${c.compared} st)`);
    put(r, 6, c.amount, PAGE_FORMATS.kr);
    put(r, 7, c.lastAmount, PAGE_FORMATS.kr);
    put(r, 8, c.changeShare, PAGE_FORMATS.changePercent);
  }
  next();
  sentence(s.texts.comparison);

  // Deviations
  heading('Er extra hantering (avvikelser)');
  sentence(s.texts.deviations);
  if (s.deviations.length > 0) {
    header(['Tjänst', 'Avvikelse', 'Antal', 'Kr per st', null, 'Belopp, kr']);
    const first = grid.row + 1;
    for (const d of s.deviations) {
      const r = next();
      const type = d.type ?? 'Nyckelviktning';
      put(r, 1, d.service);
      put(r, 2, type);
      put(r, 3, d.count, quantityFormat(d.count, null));
      put(r, 4, d.unitCost, PAGE_FORMATS.price);
      put(r, 6, d.amount, PAGE_FORMATS.kr);
      height(r, Math.ceil(Math.max(1, type.length / WIDTHS[1])));
    }
    style({ top: first, left: 1, bottom: grid.row, right: LAST_COLUMN }, { vertical: 'Top' });
    style({ top: first, left: 2, bottom: grid.row, right: 2 }, { wrap: true });
    totalRow('Totalt', [[6, s.surchargeTotal, PAGE_FORMATS.kr]]);
  }

  // How it is worked out
  heading('Så räknas beloppen');
  for (const m of s.texts.method) sentence(m, { size: 10 });

  return grid.page(footerOf(s.customer));
}

/** Excel takes at most 255 characters in a header or footer, its three parts and their codes together. */
export const FOOTER_MAX = 255;

/** The page footer: the customer's name in the middle, shortened with "…" to keep the footer within FOOTER_MAX. */
function footerOf(customer: string): StatementPage['footer'] {
  const left = '&8Intäktsmodell';
  const right = '&8Sida &P av &N';
  const room = FOOTER_MAX - `&L${left}&C&8&R${right}`.length;
  let name = customer;
  for (let max = room; escapeFooter(name).length > room; max--) name = shortenText(customer, max);
  return { left, center: `&8${escapeFooter(name)}`, right };
}

/** Underlag with its unit, "89 300 faktura"; decimals only when the number has them. */
export function quantityFormat(value: number | null, unit: string | null): string {
  const base = value !== null && !Number.isInteger(value) ? (Math.abs(value) < 1 ? '0.0000' : '#,##0.##') : '#,##0';
  return unit ? `${base} "${unit.replace(/"/g, "'")}"` : base;
}

/** & starts a code in Excel's header and footer; && is a literal ampersand. */
function escapeFooter(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Excel's column width in points for a width in characters of the default font (7 px + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}
