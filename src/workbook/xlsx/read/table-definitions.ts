import type JSZip from 'jszip';
import { parseRange, type CellRange } from '../cell-range';
import { UnreadableWorkbookError } from '../errors';
import { packageReason } from '../../messages/catalog';
import { relationshipKind } from '../relationships';
import { relationshipsOf, type WorkbookSheet } from './workbook-sheets';
import { attribute, streamPart, type SheetNames } from './xml-stream';

/** A table as its part defines it. */
export interface TableDefinition {
  name: string;
  /** The table's whole range: header row, body and totals row. */
  range: CellRange;
  headerRow: boolean;
  totalsRow: boolean;
  /** The columns' names, in order. */
  columns: string[];
}

/**
 * The tables a worksheet's relationships point to, by relationship id. `headerRowCount` left
 * out means 1 (Excel leaves it out); a table without a range is refused by the caller.
 */
export async function tablesOfSheet(zip: JSZip, sheet: WorkbookSheet, sheets: SheetNames): Promise<Map<string, TableDefinition>> {
  const tables = new Map<string, TableDefinition>();
  for (const { rel, part } of await relationshipsOf(zip, sheet.part)) {
    if (relationshipKind(rel) !== 'table' || zip.file(part) === null) continue;
    const table = await readTablePart(zip, part, sheets);
    if (table !== null) tables.set(rel.id, table);
  }
  return tables;
}

async function readTablePart(zip: JSZip, part: string, sheets: SheetNames): Promise<TableDefinition | null> {
  let table: TableDefinition | null = null;
  let ref: string | undefined;
  await streamPart(zip, part, sheets, {
    open(tag) {
      if (tag.local === 'table' && table === null) {
        const name = attribute(tag, 'name') ?? '';
        ref = attribute(tag, 'ref');
        const headerRowCount = attribute(tag, 'headerRowCount');
        table = {
          name,
          range: { top: 0, left: 0, bottom: 0, right: 0 },
          headerRow: headerRowCount === undefined || headerRowCount === '1',
          totalsRow: attribute(tag, 'totalsRowCount') === '1',
          columns: [],
        };
      } else if (tag.local === 'tableColumn' && table !== null) {
        table.columns.push(attribute(tag, 'name') ?? '');
      }
    },
  });
  if (table === null) return null;
  const found: TableDefinition = table;
  const refused = (ref: string | null) => new UnreadableWorkbookError(packageReason('tableWithoutRange', { table: found.name, part, ref }));
  if (ref === undefined) throw refused(null);
  try {
    found.range = parseRange(ref);
  } catch {
    throw refused(ref);
  }
  return found;
}
