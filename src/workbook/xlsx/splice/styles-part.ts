import { decodeXmlEntities, encodeXmlAttribute } from '../xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Excel's built-in number formats among those the outputs use (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<string, number> = { General: 0, '#,##0': 3, '#,##0.00': 4, '0.00%': 10, '@': 49 };

/** The first id of a format a workbook defines itself. */
const FIRST_CUSTOM_ID = 164;

/** A styles part for a package that has none: one font, the two fills Excel requires, one border, the Normal style. */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

/**
 * styles.xml with a cell format (`<xf>`) for each number format code, appended to `cellXfs`
 * (and the code to `numFmts` unless Excel has it built in), everything else left as it was. A
 * format the part already has in exactly this form is used again, so a workbook written over
 * and over does not grow. Returns the index of each code's cell format.
 */
export function withNumberFormats(xml: string, codes: Iterable<string>): { xml: string; styleOf: Map<string, number> } {
  const prefix = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
  const styleOf = new Map<string, number>();
  const numFmtTags = [...xml.matchAll(new RegExp(`<${prefix}numFmt\\b[^>]*>`, 'g'))].map((m) => m[0]);
  const idOf = new Map<string, number>();
  let nextId = FIRST_CUSTOM_ID;
  for (const tag of numFmtTags) {
    const id = Number(/\snumFmtId="(\d+)"/.exec(tag)?.[1]);
    const code = /\sformatCode="([^"]*)"/.exec(tag)?.[1];
    if (!Number.isInteger(id)) continue;
    if (code !== undefined && !idOf.has(decodeXmlEntities(code))) idOf.set(decodeXmlEntities(code), id);
    nextId = Math.max(nextId, id + 1);
  }

  const newFormats: string[] = [];
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
  const existingXfs = xfs ? [...xfs[1]!.matchAll(new RegExp(`<${prefix}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}xf>)`, 'g'))].map((m) => m[0]) : [];
  const newXfs: string[] = [];
  for (const code of codes) {
    let id = BUILT_IN[code] ?? idOf.get(code);
    if (id === undefined) {
      id = nextId++;
      idOf.set(code, id);
      newFormats.push(`<${prefix}numFmt numFmtId="${id}" formatCode="${encodeXmlAttribute(code).replace(/>/g, '&gt;')}"/>`);
    }
    const xf = `<${prefix}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    let index = existingXfs.indexOf(xf);
    if (index < 0) index = existingXfs.length + newXfs.push(xf) - 1;
    styleOf.set(code, index);
  }

  let result = xml;
  if (newXfs.length > 0) {
    if (!xfs) throw new Error('styles.xml har ingen cellXfs-lista.');
    const count = existingXfs.length + newXfs.length;
    result = result.replace(xfs[0], (whole) => withCount(whole, count).replace(/(<\/(?:[\w.-]+:)?cellXfs>)$/, `${newXfs.join('')}$1`));
  }
  if (newFormats.length > 0) {
    const numFmts = /<(?:[\w.-]+:)?numFmts\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?numFmts>)/.exec(result);
    const count = numFmtTags.length + newFormats.length;
    if (numFmts) {
      const open = numFmts[0].endsWith('/>') ? numFmts[0].slice(0, -2) + '>' : numFmts[0].replace(/<\/(?:[\w.-]+:)?numFmts>$/, '');
      result = result.replace(numFmts[0], () => `${withCount(open, count)}${newFormats.join('')}</${prefix}numFmts>`);
    } else {
      result = result.replace(/<(?:[\w.-]+:)?styleSheet\b[^>]*>/, (root) => `${root}<${prefix}numFmts count="${count}">${newFormats.join('')}</${prefix}numFmts>`);
    }
  }
  return { xml: result, styleOf };
}

/** The first start tag of `element` with its count attribute set to `count`. */
function withCount(element: string, count: number): string {
  return element.replace(/^<[^>]*>/, (tag) => (/\scount="/.test(tag) ? tag.replace(/\scount="[^"]*"/, ` count="${count}"`) : tag.replace(/\s*(\/?>)$/, ` count="${count}"$1`)));
}
