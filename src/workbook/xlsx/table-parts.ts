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
 * exceljs reads `headerRowCount` as "present and 1", but the attribute defaults to 1 and Excel
 * leaves it out: every table saved by Excel would lose its header row (and be written back with
 * headerRowCount="0"). Making the default explicit lets exceljs read it right.
 */
export async function patchTableParts(zip: JSZip): Promise<TableFacts[]> {
  const facts: TableFacts[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    let xml = await zip.file(name)!.async('string');
    const start = /<table\b[^>]*>/.exec(xml);
    if (!start) continue;
    const attributes = attributesOf(start[0]);
    if (!attributes.has('headerRowCount')) {
      xml = xml.replace(start[0], withAttribute(start[0], 'headerRowCount', '1'));
      zip.file(name, xml);
    }
    const hiddenButtons = new Set<number>();
    for (const tag of xml.matchAll(/<filterColumn\b[^>]*>/g)) {
      const column = attributesOf(tag[0]);
      if (column.get('hiddenButton') === '1' || column.get('hiddenButton') === 'true' || column.get('showButton') === '0') {
        hiddenButtons.add(Number(column.get('colId')));
      }
    }
    facts.push({ name: attributes.get('name') ?? '', hasAutoFilter: /<autoFilter\b/.test(xml), hiddenButtons });
  }
  return facts;
}
