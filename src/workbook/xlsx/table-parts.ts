import type JSZip from 'jszip';
import { attributesOf, withAttribute } from './xml-text';

/** What exceljs 4.4 reads wrongly from a table part, taken from the XML itself. */
export interface TableFacts {
  name: string;
  /** The table has an `<autoFilter>`, i.e. filter buttons in its header row. */
  hasAutoFilter: boolean;
  /** Columns (0-based) whose filter button is hidden. */
  hiddenButtons: Set<number>;
}

/**
 * Prepares table parts for exceljs 4.4 and returns what it would otherwise read wrongly:
 * - exceljs reads `headerRowCount` as "present and 1", but the attribute defaults to 1 and
 *   Excel leaves it out: every table saved by Excel would lose its header row (and be written
 *   back with headerRowCount="0"). The default is made explicit.
 * - exceljs throws ("Unexpected xml node in parseOpen") on filter criteria it does not know
 *   (a table filtered by "this month", top 10, colour or icon) and writes no criteria back
 *   anyway, so the criteria are removed; which buttons are hidden is kept in the facts.
 * - a `<tableColumn>` with child elements (a calculated column's formula, a custom totals
 *   formula: common in Excel) ends exceljs's column list there, and the table is written back
 *   without its remaining columns. The children go; the cells keep their formulas. A custom
 *   totals function without its formula would be invalid, so it becomes none.
 */
export async function patchTableParts(zip: JSZip): Promise<TableFacts[]> {
  const facts: TableFacts[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    let xml = await zip.file(name)!.async('string');
    const start = /<table\b[^>]*>/.exec(xml);
    if (!start) continue;
    const original = xml;
    const attributes = attributesOf(start[0]);
    if (!attributes.has('headerRowCount')) xml = xml.replace(start[0], withAttribute(start[0], 'headerRowCount', '1'));
    const hiddenButtons = new Set<number>();
    for (const tag of xml.matchAll(/<filterColumn\b[^>]*>/g)) {
      const column = attributesOf(tag[0]);
      if (column.get('hiddenButton') === '1' || column.get('hiddenButton') === 'true' || column.get('showButton') === '0') {
        hiddenButtons.add(Number(column.get('colId')));
      }
    }
    xml = xml.replace(/<filterColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/filterColumn>)/g, '');
    xml = xml.replace(/<tableColumn\b((?:[^>/]|\/(?!>))*)>[\s\S]*?<\/tableColumn>/g, (_, attributes: string) => {
      return `<tableColumn${attributes.replace(/\stotalsRowFunction="custom"/, '')}/>`;
    });
    if (xml !== original) zip.file(name, xml);
    facts.push({ name: attributes.get('name') ?? '', hasAutoFilter: /<autoFilter\b/.test(xml), hiddenButtons });
  }
  return facts;
}
