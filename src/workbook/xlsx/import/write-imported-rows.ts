import type JSZip from 'jszip';
import type { CellValue } from '../../../engine/cells';
import { msg } from '../../../engine/messages/catalog';
import { normalizeName, normalizeTableName } from '../../../engine/schema';
import { cellAddress, formatRange, parseRange, type CellRange } from '../cell-range';
import { loadPackage } from '../load-package';
import { guardPackage } from '../package-guard';
import { readSharedStrings } from '../read/shared-strings';
import { tablesOfSheet, type TableDefinition } from '../read/table-definitions';
import { readWorkbook, relationshipsOf, type WorkbookFacts } from '../read/workbook-sheets';
import { relationshipKind } from '../relationships';
import { relsPartOf } from '../package-paths';
import { cellXmlAttribute, textElement } from '../splice/cell-xml-text';
import { zipStream, type GzipStream } from '../splice/zip-stream';
import { copiedParts } from '../splice/copied-parts';
import { withMarkColumn } from '../../import-mark-column';
import { ImportWriteError } from './import-error';
import { cellText, movedCell, parseSheetData, type SheetCell, type SheetRow } from './sheet-rows';

export interface ImportedRows {
  /** The input table written into (Kostnader). */
  table: string;
  /** The column holding the mark of imported rows (Källa); added at the table's right when missing. */
  markColumn: string;
  isImported(mark: string): boolean;
  /** The new rows, each its cells by header. */
  rows: readonly Readonly<Record<string, CellValue>>[];
}

export interface ImportedRowsResult {
  chunks: AsyncIterable<Uint8Array>;
  written: number;
  replaced: number;
  kept: number;
}

/**
 * A copy of the workbook `data` with the import's rows in its table, every other part carried
 * over as its packed bytes: only the table's worksheet and table parts change (and the
 * calculation chain goes, which Excel rebuilds). The rows an earlier import wrote (their mark in
 * `markColumn`) and empty rows go; the user's rows stay where they are, except those below the
 * first row that goes, which move up (refused when one holds a formula: its references would
 * not move with it); the new rows follow. Cells beside the table stay on their rows. The table
 * grows or shrinks in place; a cell with a value where it grows is refused, not overwritten.
 */
export async function writeImportedRows(data: Uint8Array, plan: ImportedRows, gzip?: GzipStream): Promise<ImportedRowsResult> {
  const zip = await loadPackage(data);
  await guardPackage(zip);
  const facts = await readWorkbook(zip);
  const found = await findTable(zip, facts, plan.table);
  if (!found) throw new ImportWriteError(msg('importTableMissing', { table: plan.table }));
  const { sheet, def, tablePart } = found;
  if (def.totalsRow) throw new ImportWriteError(msg('importTotalsRow', { table: plan.table }));
  if (!def.headerRow) throw new ImportWriteError(msg('importNoHeaderRow', { table: plan.table }));
  const sheetXml = await (zip.file(sheet.part) as JSZip.JSZipObject).async('string');
  const tableXml = await (zip.file(tablePart) as JSZip.JSZipObject).async('string');
  const shared = await readSharedStrings(zip, facts.sharedStringsPart, facts.sheets);
  const data0 = parseSheetData(sheetXml);
  const { top, left, bottom } = def.range;
  const { headers, markIndex, added: addMark } = withMarkColumn(def.columns, plan.markColumn);
  const right = left + headers.length - 1;
  const inTable = (c: SheetCell) => c.column >= left && c.column <= right;
  const rowAt = (r: number): SheetRow | undefined => data0.rows.get(r);
  const cellAt = (r: number, column: number) => rowAt(r)?.cells.find((c) => c.column === column);

  // Each body row: the import's (its mark), empty (no value in the table's columns) or the user's.
  const body: { row: number; kind: 'imported' | 'empty' | 'user' }[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const cells = (rowAt(r)?.cells ?? []).filter((c) => c.column >= left && c.column <= left + def.columns.length - 1);
    const kind = !addMark && plan.isImported(cellText(cellAt(r, left + markIndex), shared)) ? 'imported' : cells.some((c) => c.hasValue) ? 'user' : 'empty';
    body.push({ row: r, kind });
  }
  const firstGone = body.find((b) => b.kind !== 'user')?.row ?? bottom + 1;
  const moved = body.filter((b) => b.kind === 'user' && b.row > firstGone);
  for (const m of moved) {
    const formula = rowAt(m.row)?.cells.find((c) => inTable(c) && c.hasFormula);
    if (formula) throw new ImportWriteError(msg('importFormulaMoved', { table: plan.table, cell: `${sheet.name}!${cellAddress(m.row, formula.column)}` }));
  }
  const newBottom = Math.max(firstGone - 1 + moved.length + plan.rows.length, top + 1);
  const last = Math.max(bottom, newBottom);
  // Where the table grows (below it, and the new column at its right) nothing may be overwritten.
  for (let r = top; r <= last; r++) {
    for (const c of rowAt(r)?.cells ?? []) {
      const below = r > bottom && r <= newBottom && inTable(c);
      const beside = addMark && c.column === right;
      if (c.hasValue && (below || beside)) throw new ImportWriteError(msg('importCellInTheWay', { table: plan.table, cell: `${sheet.name}!${cellAddress(r, c.column)}` }));
    }
  }

  const p = data0.prefix;
  const styleOf = (column: number) => body.map((b) => cellAt(b.row, column)).find((c) => c?.style !== undefined)?.style;
  const styles = headers.map((_, j) => styleOf(left + j));
  const newCell = (r: number, j: number, value: CellValue): string => {
    const ref = cellAddress(r, left + j);
    const s = styles[j] === undefined ? '' : ` s="${styles[j]}"`;
    if (value === null || value === undefined) return styles[j] === undefined ? '' : `<${p}c r="${ref}"${s}/>`;
    if (typeof value === 'number') return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
    const text = textElement(String(value)).replace(/^<t/, `<${p}t`).replace(/<\/t>$/, `</${p}t>`);
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is>${text}</${p}is></${p}c>`;
  };
  const tableCells = new Map<number, string[]>();
  if (addMark) {
    // The new header looks like its neighbour (the header row's format), not like the body.
    const headerStyle = cellAt(top, right - 1)?.style;
    const cell = newCell(top, markIndex, plan.markColumn).replace(/ s="[^"]*"/, '');
    tableCells.set(top, [headerStyle === undefined ? cell : cell.replace(/^(<(?:[\w.-]+:)?c r="[^"]*")/, `$1 s="${headerStyle}"`)]);
  }
  moved.forEach((m, i) => {
    const to = firstGone + i;
    tableCells.set(to, (rowAt(m.row)?.cells ?? []).filter(inTable).map((c) => movedCell(c, to)));
  });
  plan.rows.forEach((row, i) => {
    const r = firstGone + moved.length + i;
    tableCells.set(r, headers.map((h, j) => newCell(r, j, row[h] ?? row[Object.keys(row).find((k) => normalizeName(k) === normalizeName(h)) ?? ''] ?? null)));
  });
  const rewritten = (r: number) => r >= firstGone && r <= last;
  const rowNumbers = [...new Set([...data0.rows.keys(), ...tableCells.keys()])].sort((a, b) => a - b);
  let rowsXml = '';
  for (const r of rowNumbers) {
    const original = rowAt(r);
    let cells: string[];
    if (r === top && addMark) {
      cells = [...(original?.cells ?? []).filter((c) => c.column !== right).map((c) => c.xml), ...(tableCells.get(r) ?? [])];
      cells = sortCells(cells);
    } else if (rewritten(r)) {
      const outside = (original?.cells ?? []).filter((c) => !inTable(c)).map((c) => c.xml);
      cells = sortCells([...outside, ...(tableCells.get(r) ?? [])]);
    } else {
      cells = (original?.cells ?? []).map((c) => c.xml);
    }
    if (cells.length === 0 && !original) continue;
    rowsXml += `<${p}row r="${r}"${original?.attributes ?? ''}>${cells.join('')}</${p}row>`;
  }
  const tableRange: CellRange = { top, left, bottom: newBottom, right };
  let newSheet = `${data0.before}<${p}sheetData>${rowsXml}</${p}sheetData>${data0.after}`;
  newSheet = newSheet.replace(/(<(?:[\w.-]+:)?dimension\b[^>]*\sref=")([^"]*)"/, (_, start: string, ref: string) => `${start}${formatRange(union(safeRange(ref), { top: 1, left: 1, bottom: last, right }))}"`);
  const newTable = tableWith(tableXml, tableRange, addMark ? plan.markColumn : null);

  const changed = new Map([[sheet.part, newSheet], [tablePart, newTable]]);
  const removed = await withoutCalcChain(zip, facts, changed);
  return {
    chunks: zipStream(copiedParts(zip, changed, removed), gzip),
    written: plan.rows.length,
    replaced: body.filter((b) => b.kind === 'imported').length,
    kept: body.filter((b) => b.kind === 'user').length,
  };
}

export async function findTable(zip: JSZip, facts: WorkbookFacts, name: string) {
  for (const sheet of facts.sheets) {
    if (sheet.kind !== 'worksheet') continue;
    const tables = await tablesOfSheet(zip, sheet, facts.sheets);
    const rels = await relationshipsOf(zip, sheet.part);
    for (const [id, def] of tables) {
      if (normalizeTableName(def.name) !== normalizeTableName(name)) continue;
      const rel = rels.find((r) => r.rel.id === id && relationshipKind(r.rel) === 'table');
      if (rel) return { sheet, def: def as TableDefinition, tablePart: rel.part };
    }
  }
  return null;
}

export function sortCells(cells: string[]): string[] {
  const column = (xml: string) => {
    const ref = /\sr="([A-Za-z]+)\d+"/.exec(xml)?.[1] ?? '';
    let n = 0;
    for (const ch of ref.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  };
  return cells.filter((c) => c !== '').sort((a, b) => column(a) - column(b));
}

export function safeRange(ref: string): CellRange {
  try {
    return parseRange(ref);
  } catch {
    return { top: 1, left: 1, bottom: 1, right: 1 };
  }
}

export function union(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** The table part with its new range (and its filter's), a sort it kept dropped (its range is gone), and the mark column added. */
export function tableWith(xml: string, range: CellRange, added: string | null): string {
  const ref = formatRange(range);
  let out = xml.replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`);
  out = out.replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`);
  out = out.replace(/<((?:[\w.-]+:)?)sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/\1sortState>)/, '');
  if (added !== null) {
    const ids = [...out.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
    const id = Math.max(0, ...ids) + 1;
    out = out.replace(/<((?:[\w.-]+:)?)tableColumns\b([^>]*?)\scount="(\d+)"([^>]*)>([\s\S]*?)<\/\1tableColumns>/, (_, p: string, a: string, count: string, b: string, inner: string) =>
      `<${p}tableColumns${a} count="${Number(count) + 1}"${b}>${inner}<${p}tableColumn id="${id}" name="${cellXmlAttribute(added)}"/></${p}tableColumns>`,
    );
  }
  return out;
}

/**
 * The calculation chain names the cells with formulas; cells moved or replaced would make it
 * stale, and Excel rebuilds it when it is missing. Its part, its relationship and its content
 * type override go.
 */
async function withoutCalcChain(zip: JSZip, facts: WorkbookFacts, changed: Map<string, string>): Promise<Set<string>> {
  const removed = new Set<string>();
  const rels = await relationshipsOf(zip, facts.workbookPart);
  const chain = rels.find((r) => relationshipKind(r.rel) === 'calcChain');
  if (!chain) return removed;
  removed.add(chain.part);
  const relsPart = relsPartOf(facts.workbookPart);
  const relsXml = await zip.file(relsPart)?.async('string');
  if (relsXml !== undefined) {
    changed.set(relsPart, relsXml.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*?\\sId="${chain.rel.id}"[^>]*?/>`), ''));
  }
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types !== undefined) {
    changed.set('[Content_Types].xml', types.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*?\\sPartName="/${chain.part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*?/>`), ''));
  }
  return removed;
}

