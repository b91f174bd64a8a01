import { columnNumber } from '../cell-range';
import { elementText } from '../splice/cell-xml-text';
import { decodeXmlEntities } from '../xml-text';

/** One `<c>` of a sheet, as written. */
export interface SheetCell {
  column: number;
  xml: string;
  /** Its `s` attribute (cell format), if any. */
  style: string | undefined;
  hasValue: boolean;
  hasFormula: boolean;
  type: string | undefined;
  inner: string;
}

/** One `<row>` of a sheet: its start tag's attributes (without r and spans) and its cells. */
export interface SheetRow {
  row: number;
  attributes: string;
  cells: SheetCell[];
}

/** The `<sheetData>` of a worksheet part: where it is in the text, its namespace prefix and its rows. */
export interface SheetData {
  before: string;
  after: string;
  prefix: string;
  rows: Map<number, SheetRow>;
}

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1sheetData>)/;
const ROW = /<((?:[\w.-]+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;

/** One compiled pattern per attribute name: a sheet has hundreds of thousands of cells. */
const ATTRIBUTES = new Map<string, RegExp>();

function attr(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = pattern.exec(attributes);
  return m ? m[1] : undefined;
}

/** Splits a worksheet's text around its rows. Rows and cells without `r` follow the one before, as Excel reads them. */
export function parseSheetData(xml: string): SheetData {
  const m = SHEET_DATA.exec(xml);
  if (!m) throw new Error('the worksheet part has no sheetData');
  const prefix = m[1] as string;
  const rows = new Map<number, SheetRow>();
  let lastRow = 0;
  for (const r of (m[2] ?? '').matchAll(ROW)) {
    const attributes = r[2] as string;
    const row = Number(attr(attributes, 'r') ?? lastRow + 1);
    lastRow = row;
    const cells: SheetCell[] = [];
    let lastColumn = 0;
    for (const c of (r[3] ?? '').matchAll(CELL)) {
      const cellAttributes = c[2] as string;
      const ref = attr(cellAttributes, 'r');
      const column = ref ? columnNumber((/^[A-Za-z]+/.exec(ref) as RegExpExecArray)[0]) : lastColumn + 1;
      lastColumn = column;
      const inner = c[3] ?? '';
      cells.push({
        column,
        xml: c[0],
        style: attr(cellAttributes, 's'),
        hasValue: /<(?:[\w.-]+:)?(?:v|is|f)\b/.test(inner),
        hasFormula: /<(?:[\w.-]+:)?f\b/.test(inner),
        type: attr(cellAttributes, 't'),
        inner,
      });
    }
    rows.set(row, { row, attributes: attributes.replace(/\s(?:r|spans)="[^"]*"/g, ''), cells });
  }
  return { before: xml.slice(0, m.index), after: xml.slice(m.index + m[0].length), prefix, rows };
}

/** The text a cell shows, as far as the import needs it (the mark in Källa): shared, inline and formula strings, numbers as written. */
export function cellText(cell: SheetCell | undefined, sharedStrings: readonly string[]): string {
  if (!cell || !cell.hasValue) return '';
  const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(cell.inner)?.[1];
  if (cell.type === 's') return sharedStrings[Number(v)] ?? '';
  if (cell.type === 'inlineStr') return elementText(cell.inner);
  return v === undefined ? '' : decodeXmlEntities(v);
}

/** A cell moved to another row: its `r` rewritten. */
export function movedCell(cell: SheetCell, toRow: number): string {
  return cell.xml.replace(/(<(?:[\w.-]+:)?c\b[^>]*?\sr=")([A-Za-z]+)\d+"/, (_, start: string, letters: string) => `${start}${letters}${toRow}"`);
}
