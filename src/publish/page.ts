import { FONT } from './pdf';
import type { Content, DocDefinition } from './pdfmake-api';

/** Grey of the table header's fill and of the small text, as the printable sheets have it (#F2F2F2, #808080). */
export const HEADER_FILL = '#F2F2F2';
export const MUTED = '#595959';

const MARGIN = 42;

/** An A4 portrait page: the content, and in the footer the document's text on the left and "Sida n av m" on the right. */
export function a4Document(title: string, footer: string, content: Content[]): DocDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, 40, MARGIN, 48],
    info: { title, creator: 'Intäktsmodell' },
    defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 16, bold: true },
      subtitle: { fontSize: 12, bold: true, margin: [0, 2, 0, 0] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
      tableHeader: { bold: true },
      areaTitle: { fontSize: 12, bold: true },
      small: { fontSize: 7.5, color: MUTED },
      total: { bold: true },
    },
    footer: (page, pages) => ({
      columns: [
        { text: footer, alignment: 'left' },
        { text: `Sida ${page} av ${pages}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN, 16, MARGIN, 0],
    }),
    content,
  };
}

/**
 * A table with a grey header row repeated on every page and thin lines between the rows; with a
 * title (a Verksamhetsområde), the title is a header row above it, so it is repeated too and never
 * left alone at the foot of a page. Columns from rightFrom on are aligned right.
 */
export function table(widths: (number | string)[], header: Content[], body: Content[][], rightFrom: number, title?: string): Content {
  const align = (row: Content[]) => row.map((cell, i) => (i >= rightFrom ? { stack: [cell], alignment: 'right' } : cell));
  const titleRows: Content[][] = title === undefined ? [] : [[{ text: title, style: 'areaTitle', colSpan: widths.length }, ...widths.slice(1).map(() => '')]];
  const headerRows = titleRows.length + 1;
  return {
    table: {
      headerRows,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [...titleRows, align(header.map((h) => ({ text: h, style: 'tableHeader' }))), ...body.map(align)],
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i < headerRows || i === node.table.body.length ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#BFBFBF',
      paddingTop: (i: number) => (i === 0 && title !== undefined ? 12 : 2.5),
      paddingBottom: () => 2.5,
      paddingLeft: (i: number) => (i === 0 ? 0 : 4),
      fillColor: (row: number) => (row === headerRows - 1 ? HEADER_FILL : null),
    },
  };
}
