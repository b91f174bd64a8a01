import { EXCEL_COLUMNS, EXCEL_ROWS } from './cell-range';

/** Excel's grid: rows 1 to 1 048 576, columns A to XFD (16 384). */
export { EXCEL_COLUMNS, EXCEL_ROWS };

/** The longest start tag the scanner waits for across chunks; Excel's row and cell tags are under 200 bytes. */
export const LONGEST_TAG = 1 << 20;

/** Where a worksheet part leaves Excel's grid, as its XML says it. */
export type GridViolation =
  | { kind: 'row'; row: number }
  | { kind: 'cell'; cell: string }
  | { kind: 'dimension'; ref: string }
  | { kind: 'tag' };

/** Thrown by the scanner at the first place a sheet leaves the grid, to stop the inflating. */
export class OffGridError extends Error {
  constructor(readonly violation: GridViolation) {
    super(`worksheet leaves Excel's grid: ${JSON.stringify(violation)}`);
    this.name = 'OffGridError';
  }
}

/** The root's prefix, when the part spells its elements with one (`<x:worksheet>`). */
const ROOT = /<([A-Za-z_][\w.-]*:)?worksheet(?=[\s/>])/;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension(?=[\s/>])([^>]*)>/;
/**
 * An `r` attribute that could put a cell off the grid: four or more letters, three from XAA
 * on, or a row of seven digits or more. Only these are looked at closely, so the scan does
 * nothing for most cells; other attributes ending in r (`operator="equal"`) are no address.
 */
const SUSPECT_R = /r=["'](\$?(?:[A-Za-z]{4,}|[X-Zx-z][A-Za-z]{2})\$?\d*|\$?[A-Za-z]{1,3}\$?\d{7,})["']/g;
const R_ATTRIBUTE = /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const REF_ATTRIBUTE = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;

/**
 * Reads a worksheet part's row numbers as it is inflated, a chunk at a time, without building
 * anything: `<dimension ref>`, each `<row>` (its `r`, or one more than the row before, as the
 * format allows `r` to be left out) and each `<c r>`. It throws OffGridError at the first row
 * past 1 048 576, cell past column XFD or dimension past either, so that a sheet of millions of
 * rows is refused after the first 1 048 577 rather than loaded.
 */
export class SheetGridScanner {
  private pending = '';
  private row = 0;
  /** `<row>` start tags, with the root's prefix once it is known; attributes in group 1. */
  private rowTag: RegExp | null = null;

  /** The next piece of the part's text, a byte to a character (the names it looks for are ASCII). */
  push(chunk: string): void {
    const text = this.pending + chunk;
    const open = text.lastIndexOf('<');
    // A tag cut by the chunk's end waits for the next chunk.
    const end = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
    this.pending = text.slice(end);
    if (this.pending.length > LONGEST_TAG) throw new OffGridError({ kind: 'tag' });
    this.scan(end === text.length ? text : text.slice(0, end));
  }

  private scan(text: string): void {
    if (this.rowTag === null) {
      const root = ROOT.exec(text);
      if (root === null) return;
      this.rowTag = new RegExp(`<${(root[1] ?? '').replace(/[.]/g, '\\.')}row(?=[\\s/>])([^>]*)>`, 'g');
      text = text.slice(root.index);
    }
    if (this.row === 0) {
      // <dimension> comes before the rows.
      const dimension = DIMENSION.exec(text);
      const ref = dimension ? attributeValue(REF_ATTRIBUTE, dimension[1]!) : undefined;
      if (ref !== undefined && !ref.split(':').every(onGrid)) throw new OffGridError({ kind: 'dimension', ref });
    }
    for (const match of text.matchAll(this.rowTag)) {
      const r = attributeValue(R_ATTRIBUTE, match[1]!);
      this.row = r !== undefined && /^\d+$/.test(r) ? Number(r) : this.row + 1;
      if (this.row > EXCEL_ROWS) throw new OffGridError({ kind: 'row', row: this.row });
    }
    for (const match of text.matchAll(SUSPECT_R)) {
      if (!onGrid(match[1]!)) throw new OffGridError({ kind: 'cell', cell: match[1]! });
    }
  }
}

function attributeValue(pattern: RegExp, attributes: string): string | undefined {
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A cell address within A1:XFD1048576; text that is not an address is left to the reader. */
function onGrid(address: string): boolean {
  const match = CELL.exec(address.trim());
  if (!match) return true;
  return columnNumber(match[1]!) <= EXCEL_COLUMNS && Number(match[2]) <= EXCEL_ROWS;
}

function columnNumber(letters: string): number {
  if (letters.length > 3) return Infinity;
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}
