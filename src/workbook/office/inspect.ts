/// <reference types="office-js" />
import { OWNERSHIP_SHEET, sameSheetName } from '../xlsx/ownership';
import { parseSheetAddress } from './address';
import { parseOwnedRows, type OwnedSheet } from './owned-sheets';
import type { Capabilities } from './requirements';

/** What the write use cases need to know about the workbook before changing anything. */
export interface WorkbookState {
  /** Every sheet in order, hidden ones included. */
  sheets: { name: string; position: number; visibility: string; protected: boolean }[];
  activeSheet: string;
  /** Every table with the sheet it sits on. */
  tables: { name: string; sheet: string }[];
  /** Workbook-scope defined names. */
  names: string[];
  /** Names scoped to a sheet: a table may not take one's name either, and they go with their sheet. */
  sheetNames: { name: string; sheet: string }[];
  workbookProtected: boolean;
  /** Open for viewing only (Workbook.readOnly, ExcelApi 1.8; false where it cannot be asked). */
  readOnly: boolean;
  /** The sheets the add-in created, from the ownership sheet (empty when there is none). */
  owned: string[];
  /** The same, with what the list records of each: the inputs it was written from, its stale note. */
  records: OwnedSheet[];
  /** The ownership sheet's used range, to clear before rewriting it; null when absent or empty. */
  ownershipRange: string | null;
}

/**
 * Reads the workbook's sheets, tables and names (of the workbook and of each sheet: collections
 * loaded with navigation paths, `items/worksheet/name`, `items/names/items/name`) and the
 * ownership list in one sync: the list's sheet is asked for with `getItemOrNullObject`, whose used
 * range is a null object too when the sheet is missing. Returns the state and the number of syncs
 * made (1).
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  options: { ownership: boolean },
): Promise<{ state: WorkbookState; syncs: number }> {
  const finish = queueInspection(context, capabilities, options);
  await context.sync();
  return { state: finish(), syncs: 1 };
}

/**
 * inspectWorkbook's loads, queued for a sync the caller makes (so that a use case may read other
 * things in the same request); the returned function makes the state after that sync.
 */
export function queueInspection(context: Excel.RequestContext, capabilities: Capabilities, options: { ownership: boolean }): () => WorkbookState {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name, items/position, items/visibility, items/protection/protected, items/names/items/name');
  const tables = workbook.tables.load('items/name, items/worksheet/name');
  const names = workbook.names.load('items/name');
  const active = workbook.worksheets.getActiveWorksheet().load('name');
  const protection = capabilities.has('workbookProtection') ? workbook.protection.load('protected') : null;
  const readOnly = capabilities.has('readOnly') ? workbook.load('readOnly') : null;
  const used = options.ownership
    ? workbook.worksheets.getItemOrNullObject(OWNERSHIP_SHEET).getUsedRangeOrNullObject(true).load('address, values')
    : null;
  return () => {
    const state: WorkbookState = {
      sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: String(s.visibility), protected: s.protection.protected })),
      activeSheet: active.name,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      names: names.items.map((n) => n.name),
      sheetNames: sheets.items.flatMap((s) => s.names.items.map((n) => ({ name: n.name, sheet: s.name }))),
      workbookProtected: protection?.protected ?? false,
      readOnly: readOnly?.readOnly ?? false,
      owned: [],
      records: [],
      ownershipRange: null,
    };
    if (used && !used.isNullObject) {
      state.ownershipRange = used.address;
      // Column A lists the sheets, one a row from A1 (the xlsx adapter's convention).
      if (parseSheetAddress(used.address).range.left === 1) {
        state.records = parseOwnedRows(used.values);
        state.owned = state.records.map((r) => r.name);
      }
    }
    return state;
  };
}

export function findSheet(state: WorkbookState, name: string) {
  return state.sheets.find((s) => sameSheetName(s.name, name));
}

export function isOwned(state: WorkbookState, name: string): boolean {
  return state.owned.some((o) => sameSheetName(o, name));
}

/** A name not used by any sheet, table or defined name (compared as Excel does, ignoring case). */
export function freeName(state: WorkbookState, base: string, taken: Set<string>): string {
  const used = new Set([
    ...state.sheets.map((s) => s.name.toLocaleLowerCase('sv-SE')),
    ...state.tables.map((t) => t.name.toLocaleLowerCase('sv-SE')),
    ...state.names.map((n) => n.toLocaleLowerCase('sv-SE')),
    ...state.sheetNames.map((n) => n.name.toLocaleLowerCase('sv-SE')),
    ...taken,
  ]);
  for (let i = 1; ; i++) {
    const name = `${base}${i}`;
    if (!used.has(name.toLocaleLowerCase('sv-SE'))) {
      taken.add(name.toLocaleLowerCase('sv-SE'));
      return name;
    }
  }
}

/**
 * Names a table of these names would clash with, outside the sheets `replaced` (which go, and
 * their sheet-scoped names with them): tables, workbook names and names scoped to a sheet.
 * Excel keeps table names unique among all of them and answers a clash with InvalidArgument.
 */
export function nameClashes(state: WorkbookState, tableNames: readonly string[], replaced: (sheet: string) => boolean): { name: string; sheet: string | null }[] {
  const wanted = new Set(tableNames.map((n) => n.toLocaleLowerCase('sv-SE')));
  const clash = (name: string) => wanted.has(name.toLocaleLowerCase('sv-SE'));
  return [
    ...state.tables.filter((t) => !replaced(t.sheet) && clash(t.name)).map((t) => ({ name: t.name, sheet: null })),
    ...state.names.filter(clash).map((name) => ({ name, sheet: null })),
    ...state.sheetNames.filter((n) => !replaced(n.sheet) && clash(n.name)),
  ];
}
