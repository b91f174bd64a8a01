import type JSZip from 'jszip';
import { quoteEscapes } from '../style-number-formats';
import { attribute, streamPart, type SheetNames } from './xml-stream';

/**
 * Excel's built-in number formats that a file names by id alone. Ids 27–36 and 50–58 are the
 * East Asian dates and times, shown here as `yyyy-mm-dd` and `h:mm:ss`.
 */
const BUILT_IN_FORMATS = new Map<number, string>([
  [1, '0'], [2, '0.00'], [3, '#,##0'], [4, '#,##0.00'], [9, '0%'], [10, '0.00%'], [11, '0.00E+00'],
  [12, '# ?/?'], [13, '# ??/??'], [14, 'mm-dd-yy'], [15, 'd-mmm-yy'], [16, 'd-mmm'], [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'], [19, 'h:mm:ss AM/PM'], [20, 'h:mm'], [21, 'h:mm:ss'], [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'], [38, '#,##0 ;[Red](#,##0)'], [39, '#,##0.00 ;(#,##0.00)'], [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'], [46, '[h]:mm:ss'], [47, 'mmss.0'], [48, '##0.0E+0'], [49, '@'],
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [id, 'yyyy-mm-dd'] as [number, string]),
  ...[32, 33, 34, 35].map((id) => [id, 'h:mm:ss'] as [number, string]),
]);

/**
 * The number format of each cell format (`<c s="3">` is `cellXfs`' fourth `<xf>`), undefined
 * for General. A format code's backslash escapes are read as the characters they escape
 * (`0\ \m²` shows `0 m²`, no month). Format 0, the default every unstyled cell has, counts as
 * General whatever it says.
 */
export async function readCellFormats(zip: JSZip, part: string | undefined, sheets: SheetNames): Promise<(string | undefined)[]> {
  if (part === undefined) return [];
  const codes = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await streamPart(zip, part, sheets, {
    open(tag) {
      if (tag.local === 'numFmt') {
        const code = attribute(tag, 'formatCode');
        if (code !== undefined) codes.set(parseInt(attribute(tag, 'numFmtId') ?? '', 10), quoteEscapes(code).replace(/\\(.)/g, '$1'));
      } else if (tag.local === 'cellXfs') {
        inCellXfs = true;
      } else if (tag.local === 'xf' && inCellXfs) {
        xfIds.push(parseInt(attribute(tag, 'numFmtId') ?? '', 10));
      }
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return xfIds.map((id, index) => (index === 0 || !id ? undefined : codes.get(id) ?? BUILT_IN_FORMATS.get(id)));
}
