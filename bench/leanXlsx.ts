import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { CellValue, RawTable } from '../src/engine/cells';
import { excelTableName } from '../src/engine/schema';
import { cellAddress } from '../src/workbook/xlsx/cell-range';
import { concatBytes } from '../src/workbook/xlsx/bytes';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Sheet XML is handed to the compressor in pieces of about this many characters. */
const PIECE = 1 << 20;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The bench's IN workbook for a size too large for the project's writer (exceljs holds every cell
 * as an object: BENCHMARKS.md has the measurement): each table on its own sheet as an Excel
 * table, texts in shared strings, numbers as numbers, the sheet XML made a piece at a time and
 * deflated as it is made. The bare minimum a valid package needs, and no more: no notes, drop-down
 * lists or number formats, which the engine's reading of the tables does not look at.
 */
export function leanXlsx(tables: readonly RawTable[]): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const put = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const strings = new Map<string, number>();
  let stringRefs = 0;
  const sharedIndex = (text: string): number => {
    stringRefs++;
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const cell = (ref: string, value: CellValue): string => {
    if (value === null || value === '') return '';
    if (typeof value === 'string') return `<c r="${ref}" t="s"><v>${sharedIndex(value)}</v></c>`;
    if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
    throw new Error(`leanXlsx writes texts and numbers only: ${JSON.stringify(value)} in ${ref}`);
  };

  tables.forEach((table, t) => {
    const n = t + 1;
    const width = table.headers.length;
    const last = cellAddress(1 + Math.max(table.rows.length, 1), width);
    const file = new ZipDeflate(`xl/worksheets/sheet${n}.xml`, { level: 6 });
    zip.add(file);
    let piece = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/><sheetData>`;
    const rows: CellValue[][] = [table.headers, ...table.rows];
    rows.forEach((row, r) => {
      piece += `<row r="${r + 1}">`;
      for (let c = 0; c < width; c++) piece += cell(cellAddress(r + 1, c + 1), row[c] ?? null);
      piece += '</row>';
      if (piece.length >= PIECE) {
        file.push(strToU8(piece));
        piece = '';
      }
    });
    file.push(strToU8(`${piece}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`), true);
    put(`xl/worksheets/_rels/sheet${n}.xml.rels`, `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${n}.xml"/></Relationships>`);
    const name = escape(excelTableName(table.name));
    const columns = table.headers.map((h, c) => `<tableColumn id="${c + 1}" name="${escape(h)}"/>`).join('');
    put(
      `xl/tables/table${n}.xml`,
      `${DECL}<table xmlns="${MAIN}" id="${n}" name="${name}" displayName="${name}" ref="A1:${last}" totalsRowShown="0"><autoFilter ref="A1:${last}"/>` +
        `<tableColumns count="${width}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
  });

  const sheets = tables.map((table, t) => `<sheet name="${escape(table.name)}" sheetId="${t + 1}" r:id="rId${t + 1}"/>`).join('');
  put('xl/workbook.xml', `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`);
  const sheetRels = tables.map((_, t) => `<Relationship Id="rId${t + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${t + 1}.xml"/>`).join('');
  const k = tables.length;
  put(
    'xl/_rels/workbook.xml.rels',
    `${DECL}<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${k + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${k + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  put(
    'xl/styles.xml',
    `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  let shared = `${DECL}<sst xmlns="${MAIN}" count="${stringRefs}" uniqueCount="${strings.size}">`;
  for (const text of strings.keys()) shared += `<si><t xml:space="preserve">${escape(text)}</t></si>`;
  put('xl/sharedStrings.xml', `${shared}</sst>`);
  const overrides = tables
    .map((_, t) => `<Override PartName="/xl/worksheets/sheet${t + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/tables/table${t + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`)
    .join('');
  put(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides}</Types>`,
  );
  put('_rels/.rels', `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.end();
  return concatBytes(out);
}
