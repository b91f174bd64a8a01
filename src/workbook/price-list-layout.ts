import type { PublishedPriceList } from '../engine/publish/priceList';
import { shortenText } from '../engine/textLimits';
import type { CellRange } from './xlsx/cell-range';
import { PageGrid, cells } from './page-grid';
import { FOOTER_MAX, GREY_FILL, PAGE_FORMATS, type PageStyle, type StatementPage } from './statement-layout';

/**
 * The published price list as a printable page, laid out as the Kundbesked sheets are
 * (statement-layout.ts): the title, period and label, then per Verksamhetsområde a header and a
 * row per service (Tjänst, Enhet, Pris / avgift, Fjolårspris, Förändring) with its description
 * and the fee's detail on the row under it, and how to read the list. Fjolårspris and Förändring
 * are numbers with Swedish formats; the rest is text.
 */
export const PRICE_LIST_WIDTHS = [40, 12, 38, 12, 11] as const;
const LAST = PRICE_LIST_WIDTHS.length;
const LINE_POINTS = 13;
/** Characters a merged A–E row holds per line. */
const CHARS_PER_LINE = 120;

export function priceListPage(list: PublishedPriceList): StatementPage {
  const grid = new PageGrid(LAST);
  const { merges, rowHeights } = grid;
  const next = () => grid.next();
  // An empty text leaves its cell empty here (a service without Enhet or description).
  const put = (r: number, column: number, value: string | number | null, format?: string) => (value === '' ? undefined : grid.put(r, column, value, format));
  const style = (range: CellRange, s: Omit<PageStyle, 'range'>) => grid.style(range, s);
  const lines = (text: string, width: number) => Math.max(1, Math.ceil(text.length / (width - 2)));

  style(cells(next(), 1), { bold: true, size: 16 });
  put(grid.row, 1, list.title);
  put(next(), 1, list.period);
  if (list.label !== '') {
    put(next(), 1, list.label);
    style(cells(grid.row, 1), { size: 9 });
  }
  for (const area of list.areas) {
    next();
    put(next(), 1, area.area);
    style(cells(grid.row, 1), { bold: true, size: 12 });
    const h = next();
    ['Tjänst', 'Enhet', 'Pris / avgift', 'Fjolårspris', 'Förändring'].forEach((label, i) => put(h, i + 1, label));
    style(cells(h, 1, LAST), { bold: true, fill: GREY_FILL, border: 'EdgeBottom', vertical: 'Bottom' });
    style(cells(h, 4, LAST), { horizontal: 'Right' });
    for (const s of area.services) {
      const r = next();
      put(r, 1, s.service);
      put(r, 2, s.unit ?? '–');
      put(r, 3, s.fee);
      put(r, 4, s.lastPrice ?? '–', PAGE_FORMATS.price);
      put(r, 5, s.change ?? '–', PAGE_FORMATS.changePercent);
      style(cells(r, 1, LAST), { vertical: 'Top', border: 'EdgeTop' });
      style(cells(r, 1), { bold: true });
      style(cells(r, 1, 3), { wrap: true });
      style(cells(r, 4, LAST), { horizontal: 'Right' });
      const height = Math.max(lines(s.service, PRICE_LIST_WIDTHS[0]), lines(s.fee, PRICE_LIST_WIDTHS[2]));
      if (height > 1) rowHeights.push({ row: r, points: LINE_POINTS * height });
      const about = [s.description, [s.kind, s.sla === null ? null : `SLA: ${s.sla}`].filter((t) => t !== null).join(' · ')].filter((t) => t !== null && t !== '').join('\n');
      const d = next();
      put(d, 1, about);
      put(d, 3, s.feeDetail);
      style(cells(d, 1, 3), { size: 8, wrap: true, vertical: 'Top' });
      const detailLines = Math.max(
        about.split('\n').reduce((n, part) => n + lines(part, PRICE_LIST_WIDTHS[0] * 1.15), 0),
        s.feeDetail === null ? 1 : lines(s.feeDetail, PRICE_LIST_WIDTHS[2] * 1.15),
      );
      rowHeights.push({ row: d, points: 11 * detailLines + 2 });
    }
  }
  next();
  put(next(), 1, 'Så läses prislistan');
  style(cells(grid.row, 1), { bold: true, size: 12 });
  for (const note of list.notes) {
    const r = next();
    put(r, 1, note);
    merges.push(cells(r, 1, LAST));
    style(cells(r, 1), { size: 9, wrap: true, vertical: 'Top' });
    rowHeights.push({ row: r, points: 12 * Math.max(1, Math.ceil(note.length / CHARS_PER_LINE)) });
  }
  return grid.page(footerOf(list.footer));
}

/** The footer: the title and label on the left, "Sida n av m" on the right, within Excel's 255 characters. */
function footerOf(text: string): StatementPage['footer'] {
  const right = '&8Sida &P av &N';
  const room = FOOTER_MAX - `&L&8&C&R${right}`.length;
  let shown = text;
  for (let max = room; shown.replace(/&/g, '&&').length > room; max--) shown = shortenText(text, max);
  return { left: `&8${shown.replace(/&/g, '&&')}`, center: '', right };
}
