/// <reference types="office-js" />
import type { RawTable } from '../../engine/cells';
import { excelTableName, normalizeName, normalizeTableName, TABLES, type TableSpec } from '../../engine/schema';
import { NUMBER_FORMATS } from '../xlsx/number-formats';
import { sameSheetName } from '../xlsx/ownership';
import { checkSheetName } from '../xlsx/sheet-names';
import { toExcelRow } from './cell-values';
import { findSheet, inspectWorkbook } from './inspect';
import { ReadOnlyWorkbookError, refuseTakenNames, SheetExistsError, WorkbookProtectedError } from './refusals';
import { removeSheets } from './remove-sheets';
import type { Capabilities } from './requirements';
import { sheetTableSteps } from './sheet-table';
import { concatSteps, runSteps } from './steps';

export interface InputTablesReport {
  sheets: string[];
  syncs: number;
}

/**
 * "Skapa mall" and "Infoga exempel": each table on a new sheet of its own (the table's sheet
 * name), as an Excel table named as the contract spells it (`Sammansatta_nycklar`). Refuses,
 * writing nothing, when a sheet or a table name is already taken. Text is stored as text;
 * whole numbers get thousands separators, as the xlsx adapter writes them.
 */
export async function writeInputTables(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  tables: readonly RawTable[],
): Promise<InputTablesReport> {
  tables.forEach((table, i) => {
    checkSheetName(table.sheet);
    if (tables.findIndex((t) => sameSheetName(t.sheet, table.sheet)) !== i) {
      throw new Error(`Två tabeller ska skrivas på bladet ${table.sheet}.`);
    }
  });
  const { state, syncs } = await inspectWorkbook(context, capabilities, { ownership: false });
  if (state.readOnly) throw new ReadOnlyWorkbookError();
  const existing = tables.map((t) => findSheet(state, t.sheet)?.name).filter((n): n is string => n !== undefined);
  if (existing.length > 0) throw new SheetExistsError(existing);
  refuseTakenNames(state, tables.map((t) => excelTableName(t.name)), () => false);
  if (state.workbookProtected) throw new WorkbookProtectedError();

  const freezeHeader = capabilities.has('frozenHeaders');
  const steps = tables.map((table) => {
    const spec = TABLES[Object.keys(TABLES).find((k) => normalizeTableName(k) === normalizeTableName(table.name)) as keyof typeof TABLES] as
      | TableSpec
      | undefined;
    const textColumn = table.headers.map((header) => {
      const column = spec?.columns.find((c) => normalizeName(c.header) === normalizeName(header));
      return column !== undefined && column.type !== 'number';
    });
    const width = table.headers.length;
    return sheetTableSteps({
      sheet: table.sheet,
      table: excelTableName(table.name),
      headers: table.headers,
      rows: table.rows.map((row) => toExcelRow(row, width)),
      displayFormat: (_, value) => (typeof value === 'number' && Number.isInteger(value) ? NUMBER_FORMATS.integer : null),
      textColumns: textColumn,
      freezeHeader,
    }).steps;
  });
  try {
    return { sheets: tables.map((t) => t.sheet), syncs: syncs + (await runSteps(context, concatSteps(steps), capabilities)) };
  } catch (error) {
    await removeSheets(context, tables.map((t) => t.sheet), error);
    throw error;
  }
}
