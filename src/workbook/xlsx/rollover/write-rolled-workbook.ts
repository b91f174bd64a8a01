import type JSZip from 'jszip';
import type { RawTable } from '../../../engine/cells';
import { normalizeTableName } from '../../../engine/schema';
import { workbookMsg } from '../../messages/catalog';
import { WorkbookMessageError } from '../../messages/error';
import { findTable } from '../import/write-imported-rows';
import { loadPackage } from '../load-package';
import { sameSheetName } from '../ownership-sheet';
import { guardPackage } from '../package-guard';
import { partFolder, relativeTarget, relsPartOf } from '../package-paths';
import { readWorkbook } from '../read/workbook-sheets';
import { relationshipKind } from '../relationships';
import { withWorkbookType } from '../splice/macros';
import { outputSheetRelsXml, outputSheetXml, outputTableXml } from '../splice/output-sheet';
import { ownedSheetNames } from '../splice/owned-sheets';
import { CONTENT_TYPES_PART, packageFacts, type SheetEntry } from '../splice/package-facts';
import { partsLeftBehind } from '../splice/removed-parts';
import { EMPTY_STYLES, withNumberFormats } from '../splice/styles-part';
import { withContentTypes, withRelationships, withSheets, type NewRelationship } from '../splice/workbook-edits';
import { zipStream, type GzipStream, type ZipPart } from '../splice/zip-stream';
import { copiedParts } from '../splice/copied-parts';
import { scanNewTable } from './new-table-sheet';
import { removedSheetNames } from './removed-sheet-names';
import { withoutGoneReferences } from './gone-references';
import { withoutSheets } from './removed-sheets';
import { rewriteTable } from './rewrite-table';
import { planTable, type TablePlan } from './table-plan';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface RolledWorkbook {
  /** Next year's package, made as it is read. */
  chunks: AsyncIterable<Uint8Array>;
  /** The input tables in next year's workbook. */
  tables: number;
  /** The input tables whose cells changed, in the workbook's order. */
  changed: string[];
  /** Tables added on a sheet of their own (Fjolårsbelopp when this year had none). */
  added: string[];
  /** The add-in's sheets left out (this year's outputs) and its list of them. */
  removedSheets: string[];
  /** Cells whose formula pointed at a sheet left out: they hold its last value now (`Anteckningar!B2`). */
  formulasToValues: string[];
}

/**
 * Next year's workbook as a copy of this year's package (`data`, whose input tables read as
 * `before`) holding next year's tables (`next`, engine/rollover.ts): only the worksheets and
 * table parts of the tables that change are edited (rewrite-table.ts), a table this year lacks
 * comes on a new sheet, the add-in's own sheets (this year's outputs, ownership-sheet.ts) and
 * what only they used go with their defined names, the calculation chain goes (Excel rebuilds
 * it); every other part is carried over as its packed bytes. Every refusal comes before
 * anything is written (WorkbookMessageError, naming the table and cell).
 */
export async function writeRolledWorkbook(data: Uint8Array, before: readonly RawTable[], next: readonly RawTable[], gzip?: GzipStream): Promise<RolledWorkbook> {
  const zip = await loadPackage(data);
  await guardPackage(zip);
  const facts = await readWorkbook(zip);
  const pkg = await packageFacts(zip);
  const text = new Map<string, string>();
  const read = async (part: string) => text.get(part) ?? (await zip.file(part)!.async('string'));

  // This year's outputs and the add-in's list of them go: they hold this year's figures, and
  // next year's first calculation writes them again. Their tables are no input of next year's.
  const owned = await ownedSheetNames(zip, pkg);
  const gone = pkg.sheets.filter((s) => removedSheetNames(s.name, owned));
  const onGoneSheet = (sheet: string) => gone.some((s) => sameSheetName(s.name, sheet));

  // The input tables that change, edited where they are.
  const changedTables: string[] = [];
  const newTables: RawTable[] = [];
  let kept = 0;
  for (const table of next) {
    const old = before.find((t) => normalizeTableName(t.name) === normalizeTableName(table.name));
    if (!old) {
      newTables.push(table);
      continue;
    }
    if (onGoneSheet(old.sheet)) continue;
    const found = await findTable(zip, facts, old.name);
    if (!found) throw new WorkbookMessageError(workbookMsg('rolloverTableMissing', { table: old.name }));
    kept++;
    const plan = planTable(old, table);
    if (unchanged(plan)) continue;
    const rewritten = rewriteTable({ sheet: found.sheet.name, sheetXml: await read(found.sheet.part), tableXml: await read(found.tablePart), def: found.def, date1904: facts.date1904 }, plan);
    text.set(found.sheet.part, rewritten.sheetXml);
    text.set(found.tablePart, rewritten.tableXml);
    changedTables.push(old.name);
  }

  for (const table of newTables) {
    const taken = pkg.sheets.find((s) => sameSheetName(s.name, table.sheet) && !gone.includes(s));
    if (taken) throw new WorkbookMessageError(workbookMsg('rolloverSheetTaken', { sheet: taken.name, table: table.name }));
  }

  // Formulas of the user's that point at an output left out keep their last value instead.
  const formulasToValues: string[] = [];
  const goneNames = gone.map((s) => s.name);
  for (const sheet of pkg.sheets) {
    if (gone.includes(sheet) || sheet.part === '' || !/worksheet/i.test(sheet.part)) continue;
    const rewritten = withoutGoneReferences(await read(sheet.part), goneNames, sheet.name);
    if (rewritten.cells.length === 0) continue;
    text.set(sheet.part, rewritten.xml);
    formulasToValues.push(...rewritten.cells);
  }

  const { workbookPart } = pkg;
  const calcChain = pkg.workbookLink('calcChain');
  const dropped = [...gone.map((s) => s.part).filter((p) => p !== ''), ...(calcChain ? [calcChain] : [])];
  const removed = partsLeftBehind(pkg.links, dropped, dropped.map((target) => ({ source: workbookPart, target })), pkg.entries);
  const cutRels = new Set([
    ...gone.map((s) => s.relId),
    ...pkg.workbookRels.filter((rel) => !rel.external && relationshipKind(rel) === 'calcChain').map((rel) => rel.id),
  ]);

  // The new tables' sheets, after the existing ones.
  const taken = new Set(pkg.entries.filter((e) => !removed.has(e)).map((e) => e.toLowerCase()));
  const fresh = (make: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const part = make(n);
      if (!taken.has(part.toLowerCase())) {
        taken.add(part.toLowerCase());
        return part;
      }
    }
  };
  const relIds = new Set(pkg.workbookRels.map((rel) => rel.id));
  const freshRelId = () => {
    let n = 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  const folder = partFolder(workbookPart);
  const newRels: NewRelationship[] = [];
  const overrides: { part: string; type: string }[] = [];
  const added: ZipPart[] = [];
  const now = new Date();
  if (newTables.length > 0) {
    const scanned = newTables.map(scanNewTable);
    const stylesPart = pkg.workbookLink('styles');
    const stylesXml = stylesPart ? await read(stylesPart) : EMPTY_STYLES;
    const styles = withNumberFormats(stylesXml, scanned.flatMap((s) => [...s.formats]));
    if (stylesPart) {
      if (styles.xml !== stylesXml) text.set(stylesPart, styles.xml);
    } else {
      const part = fresh((n) => `${folder}styles${n === 1 ? '' : n}.xml`);
      added.push({ name: part, date: now, content: [styles.xml] });
      newRels.push({ id: freshRelId(), type: `${R}/styles`, target: relativeTarget(workbookPart, part) });
      overrides.push({ part, type: `${TYPE}.styles+xml` });
    }
    let tableId = Math.max(0, ...pkg.tables.filter((t) => !removed.has(t.part)).map((t) => t.id));
    let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
    const sheets = scanned.map((s, i) => {
      const sheetPart = fresh((n) => `${folder}worksheets/sheet${n}.xml`);
      const tablePart = fresh((n) => `${folder}tables/table${n}.xml`);
      const relId = freshRelId();
      newRels.push({ id: relId, type: `${R}/worksheet`, target: relativeTarget(workbookPart, sheetPart) });
      overrides.push({ part: sheetPart, type: `${TYPE}.worksheet+xml` }, { part: tablePart, type: `${TYPE}.table+xml` });
      added.push(
        { name: sheetPart, date: now, content: outputSheetXml(s, styles.styleOf) },
        { name: relsPartOf(sheetPart), date: now, content: [outputSheetRelsXml(relativeTarget(sheetPart, tablePart))] },
        { name: tablePart, date: now, content: [outputTableXml(s, ++tableId)] },
      );
      return { name: newTables[i]!.sheet, sheetId: ++sheetId, relId };
    });
    text.set(workbookPart, withSheets(withoutSheets(pkg.workbookXml, pkg.sheets, gone), sheets));
  } else {
    text.set(workbookPart, withoutSheets(pkg.workbookXml, pkg.sheets, gone));
  }
  text.set(relsPartOf(workbookPart), withRelationships(pkg.workbookRelsXml, new Map(), newRels, cutRels));
  text.set(CONTENT_TYPES_PART, withWorkbookType(withContentTypes(pkg.contentTypesXml, removed, overrides), workbookPart, true));

  return {
    chunks: zipStream(parts(zip, text, removed, added), gzip),
    tables: kept + newTables.length,
    changed: changedTables,
    added: newTables.map((t) => t.name),
    removedSheets: gone.map((s: SheetEntry) => s.name),
    formulasToValues,
  };
}

/** Nothing of the table changes: no cell written, no column added, every row where it was. */
function unchanged(plan: TablePlan): boolean {
  return plan.added.length === 0 && plan.rows.length === plan.beforeCount && plan.rows.every((r, k) => r.from === k && r.writes.size === 0);
}

async function* parts(zip: JSZip, changed: ReadonlyMap<string, string>, removed: ReadonlySet<string>, added: readonly ZipPart[]): AsyncGenerator<ZipPart> {
  yield* copiedParts(zip, changed, removed);
  yield* added;
}
