import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A package written by hand: one sheet "Data" with its tables, as a small writer might make it. */
export interface MiniPackage {
  /** The children of `<sheetData>`. */
  rows: string;
  /** Whatever follows `<sheetData>` before `<tableParts>` (mergeCells …). */
  after?: string;
  /** Each table part's attributes (besides id) and columns; tables are listed in this order. */
  tables: { attributes: string; columns: string[] }[];
  /** The children of `<sst>`; no shared-strings part when left out. */
  sharedStrings?: string;
  /** The styles part; no styles part when left out. */
  styles?: string;
  /** Attributes of `<workbookPr>`. */
  workbookPr?: string;
  /** Other parts, by name. */
  extra?: Record<string, string>;
}

export async function miniPackage(spec: MiniPackage): Promise<Uint8Array> {
  const zip = new JSZip();
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  zip.file('_rels/.rels', `<Relationships xmlns="${PACKAGE_REL}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${spec.workbookPr ?? ''}/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const workbookRels = [rel('rId1', 'worksheet', 'worksheets/sheet1.xml')];
  if (spec.sharedStrings !== undefined) {
    workbookRels.push(rel('rId2', 'sharedStrings', 'sharedStrings.xml'));
    zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${spec.sharedStrings}</sst>`);
  }
  if (spec.styles !== undefined) {
    workbookRels.push(rel('rId3', 'styles', 'styles.xml'));
    zip.file('xl/styles.xml', spec.styles);
  }
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PACKAGE_REL}">${workbookRels.join('')}</Relationships>`);
  const tableParts = spec.tables.map((_, i) => `<tablePart r:id="rT${i + 1}"/>`).join('');
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${spec.rows}</sheetData>${spec.after ?? ''}` +
      `<tableParts count="${spec.tables.length}">${tableParts}</tableParts></worksheet>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<Relationships xmlns="${PACKAGE_REL}">${spec.tables.map((_, i) => rel(`rT${i + 1}`, 'table', `../tables/table${i + 1}.xml`)).join('')}</Relationships>`,
  );
  spec.tables.forEach((table, i) => {
    const columns = table.columns.map((name, j) => `<tableColumn id="${j + 1}" name="${name}"/>`).join('');
    zip.file(`xl/tables/table${i + 1}.xml`, `<table xmlns="${MAIN}" id="${i + 1}" ${table.attributes}><tableColumns count="${table.columns.length}">${columns}</tableColumns></table>`);
  });
  for (const [name, text] of Object.entries(spec.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A styles part whose cell formats (after the default, s="0") have these number format ids. */
export function stylesWith(numFmtIds: number[], numFmts = ''): string {
  const xfs = [0, ...numFmtIds].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
  return `<styleSheet xmlns="${MAIN}">${numFmts ? `<numFmts>${numFmts}</numFmts>` : ''}` +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${numFmtIds.length + 1}">${xfs}</cellXfs></styleSheet>`;
}
