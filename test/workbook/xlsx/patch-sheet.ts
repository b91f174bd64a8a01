import JSZip from 'jszip';
import { createXlsx } from '../../../src/workbook/xlsx';
import { miniWorkbook } from '../../engine/helpers';

/**
 * The mini workbook (test/engine/helpers) as the project's writer makes it, its sheet XML patched
 * the way other programs write cells: for the adapter's tests and the bad-input catalogue.
 */

/** The mini workbook as the project's writer makes it, with one sheet's XML (and the styles) changed. */
export async function patched(sheet: string, change: (xml: string, styles: Styles) => string): Promise<Uint8Array> {
  const workbook = createXlsx();
  await workbook.writeInputTables(miniWorkbook());
  const zip = await JSZip.loadAsync(await workbook.toBuffer());
  const part = await sheetPart(zip, sheet);
  const styles = new Styles(await zip.file('xl/styles.xml')!.async('string'));
  zip.file(part, change(await zip.file(part)!.async('string'), styles));
  zip.file('xl/styles.xml', styles.xml);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The worksheet part of the sheet named `name`, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`catalogue set-up: no sheet ${name}`);
  return `xl/${target}`;
}

/** xl/styles.xml with cell formats added: each call gives the new format's index (the `s` of a cell). */
export class Styles {
  constructor(public xml: string) {}

  /** A cell format showing numbers with built-in format `id`, or with `code` defined as `id`. */
  add(id: number, code?: string): number {
    if (code !== undefined) {
      const numFmt = `<numFmt numFmtId="${id}" formatCode="${code}"/>`;
      this.xml = /<numFmts\b/.test(this.xml)
        ? this.xml.replace('</numFmts>', `${numFmt}</numFmts>`)
        : this.xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="1">${numFmt}</numFmts>`);
    }
    const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(this.xml);
    if (!xfs) throw new Error('catalogue set-up: no cellXfs');
    const index = (xfs[2]!.match(/<xf\b/g) ?? []).length;
    const xf = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    this.xml = this.xml.replace(xfs[0], `<cellXfs count="${index + 1}">${xfs[2]}${xf}</cellXfs>`);
    return index;
  }
}

/** Replaces the cell at `address` (which must be there) with `cell`. */
export function withCell(xml: string, address: string, cell: string): string {
  const pattern = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`catalogue set-up: no cell ${address}`);
  return xml.replace(pattern, cell);
}

/** Merges `range` on the sheet, as LibreOffice and openpyxl can inside a table (Excel cannot). */
export function withMerge(xml: string, range: string): string {
  return xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`);
}

