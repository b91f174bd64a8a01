/// <reference types="office-js" />
import type { OutputTable, OutputValue } from '../../engine/output';
import { excelTableName } from '../../engine/schema';
import { checkCellText, checkColumnNames } from '../excel-limits';
import { SheetNotOwnedError } from '../port';
import { numberFormatFor } from '../xlsx/number-formats';
import { sameSheetName } from '../xlsx/ownership';
import { checkSheetName } from '../xlsx/sheet-names';
import { cellAddress } from './address';
import { toExcelRow } from './cell-values';
import { chartStep, planCharts, type ChartPlan } from './charts';
import { DEVIATION_PIVOT, DEVIATION_SHEET, DEVIATION_TABLE, deviationRows } from './deviation-rows';
import { findSheet, freeName, inspectWorkbook, isOwned, nameClashes, type WorkbookState } from './inspect';
import type { OwnedSheet } from './owned-sheets';
import { ownedAfterWrite, recordOwnedSheetsStep } from './ownership';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import { ReadOnlyWorkbookError, refuseTakenNames, SheetProtectedError, WorkbookProtectedError } from './refusals';
import type { Capabilities, OptionalFeature } from './requirements';
import { removeSheets } from './remove-sheets';
import { sheetTableSteps, type SheetRows, type SheetTableSpec } from './sheet-table';
import { planStaleMarks, staleNoteCell } from './stale-marks';
import { concatSteps, runSteps, type Step } from './steps';
import { renderWorkbookMessage, workbookMsg, type WorkbookMessage } from '../messages/catalog';

/** What a write did, and what it left out and why. */
export interface WriteReport {
  /** The sheets written, in order (the contract's outputs, then the Excel-only deviation sheet). */
  sheets: string[];
  /** The native PivotTable's name, when one was created. */
  pivotTable: string | null;
  /** The charts created, by name. */
  charts: string[];
  /** What was skipped, e.g. `{ pivotTable: 'skipped: ExcelApi 1.8 not supported' }`. */
  skipped: Partial<Record<OptionalFeature, string>>;
  /** The same, in Swedish, for a reader. */
  notes: string[];
  /** The notes as messages, for the pane to render in its language. */
  noteTexts: WorkbookMessage[];
  /** `context.sync()` calls made. */
  syncs: number;
  /** The add-in's sheets left stale after the write (docs/arbetsbok.md, "Written on demand, and stale sheets"). */
  stale: string[];
}

/** How a write stands to the calculation behind it. */
export interface WriteOptions {
  /** The fingerprint of the inputs the outputs were calculated from, recorded per sheet ('' = unknown). */
  inputs?: string;
  /**
   * A calculation (Beräkna) writes these outputs: every other sheet of the add-in is checked
   * against `inputs` and marked stale or fresh (stale-marks.ts). `others` are the run's outputs
   * not written now, whose widths place the note on a sheet whose record names no cell.
   */
  calculation?: { others: readonly OutputTable[] };
  /** The workbook as inspected earlier in the same Excel.run; without it the write inspects (1 sync). */
  state?: WorkbookState;
}

/** A sheet table to write, with its staging names. */
interface Planned {
  final: string;
  finalTable: string;
  spec: SheetTableSpec;
  /** Where its stale note would go. */
  note: string;
  /** A protected output (Beslutade versioner): its sheet is protected once written, the old one unprotected to go. */
  protect?: boolean;
}

/**
 * Writes the outputs in one Excel.run:
 * 1. inspect (1 sync, none when the caller inspected in the same Excel.run) and refuse before
 *    any change: a sheet of an output's name the add-in did not create (SheetNotOwnedError), a
 *    table name taken elsewhere, protection;
 * 2. stage: every output goes to a new sheet under a temporary name (values, formats, table,
 *    charts, PivotTable), in requests of at most 4 MB, usually one;
 * 3. swap (1 sync): delete the old owned sheets, give the new ones their names and the old
 *    positions, record ownership with the inputs each was written from, and (a calculation)
 *    mark or unmark the add-in's other sheets as stale (stale-marks.ts).
 * If staging fails, the temporary sheets are removed and the error rethrown: the old outputs
 * stay as they were. Input sheets are never addressed by a write.
 */
export async function writeOutputs(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  outputs: readonly OutputTable[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  checkOutputs(outputs);
  const report: WriteReport = { sheets: [], pivotTable: null, charts: [], skipped: {}, notes: [], noteTexts: [], syncs: 0, stale: [] };
  const skip = (feature: OptionalFeature, reason: string, note: WorkbookMessage | null) => {
    report.skipped[feature] = reason;
    if (note === null) return;
    report.notes.push(renderWorkbookMessage(note, 'sv'));
    report.noteTexts.push(note);
  };
  if (!capabilities.has('calculationSuspension')) skip('calculationSuspension', capabilities.missing('calculationSuspension'), null);
  const freezeHeader = capabilities.has('frozenHeaders');
  if (!freezeHeader) {
    skip('frozenHeaders', capabilities.missing('frozenHeaders'), workbookMsg('headersNotFrozen', {}));
  }

  let state = options.state;
  if (!state) {
    const inspected = await inspectWorkbook(context, capabilities, { ownership: true });
    state = inspected.state;
    report.syncs += inspected.syncs;
  }
  if (state.readOnly) throw new ReadOnlyWorkbookError();

  const foreign = outputs.map((o) => findSheet(state, o.name)).filter((s) => s !== undefined && !isOwned(state, s.name));
  if (foreign.length > 0) throw new SheetNotOwnedError(foreign.map((s) => s!.name));
  if (state.workbookProtected) throw new WorkbookProtectedError();

  const planned: Planned[] = outputs.map((output) => ({
    final: output.name,
    finalTable: excelTableName(output.name),
    spec: outputSpec(output, freezeHeader),
    note: staleNoteCell(output.columns.length),
    protect: output.protected === true,
  }));
  const deviations = planDeviationSheet(outputs, state, capabilities, freezeHeader, skip);
  if (deviations) planned.push(deviations);

  const replaced = (sheet: string) => planned.some((p) => sameSheetName(p.final, sheet));
  // The add-in's own protected sheet (Beslutade versioner) is unprotected to be replaced; any other protected sheet is refused.
  const ownProtection = (sheet: string) => isOwned(state, sheet) && planned.some((p) => p.protect && sameSheetName(p.final, sheet));
  const protectedSheets = state.sheets.filter((s) => s.protected && replaced(s.name) && !ownProtection(s.name)).map((s) => s.name);
  if (protectedSheets.length > 0) throw new SheetProtectedError(protectedSheets);
  refuseTakenNames(state, planned.map((p) => p.finalTable), replaced);

  // Staging names: new sheets and tables are written under these, beside the old ones.
  const reserved = new Set<string>();
  for (const p of planned) {
    p.spec = { ...p.spec, sheet: freeName(state, '_ikm_ny_', reserved), table: freeName(state, '_ikm_ny_', reserved) };
  }

  // The sheet tables' steps are made as they are sent: a streamed output's rows a block at a time.
  const steps: Iterable<Step>[] = planned.map((p) => sheetTableSteps(p.spec).steps);
  const after: Step[] = [];
  if (deviations) {
    after.push(pivotStep(deviations.spec));
    report.pivotTable = DEVIATION_PIVOT;
  }
  if (capabilities.has('charts')) {
    const { plans, skipped } = planCharts(outputs);
    for (const plan of plans) {
      after.push(chartStep(stagingSheetOf(planned, plan), plan));
      report.charts.push(plan.name);
    }
    if (skipped.length > 0) skip('charts', `skipped: ${skipped.join('; ')}`, null);
  } else {
    skip('charts', capabilities.missing('charts'), workbookMsg('chartsNotMade', {}));
  }

  try {
    report.syncs += await runSteps(context, concatSteps([...steps, after]), capabilities);
  } catch (error) {
    await removeSheets(context, planned.map((p) => p.spec.sheet), error);
    throw error;
  }

  // The deviation sheet of an earlier run goes when Avvikelsepivot is rewritten without it.
  const previous = findSheet(state, DEVIATION_SHEET);
  const rewritesPivot = outputs.some((o) => o.name === 'Avvikelsepivot');
  const dropped = deviations === null && rewritesPivot && previous && isOwned(state, previous.name) ? [previous.name] : [];
  const inputs = options.inputs ?? '';
  const written: OwnedSheet[] = planned.map((p) => ({ name: p.final, inputs, note: p.note, stale: false }));
  const replacedSheets = [...planned.map((p) => p.final), ...dropped];
  let marks: Step | null = null;
  let kept = (record: OwnedSheet) => record;
  if (options.calculation) {
    const widths = new Map(options.calculation.others.map((o) => [o.name.toLocaleLowerCase('sv-SE'), o.columns.length]));
    const plan = planStaleMarks(state, replacedSheets, inputs, (sheet) => {
      const width = widths.get(sheet.toLocaleLowerCase('sv-SE'));
      return width === undefined ? null : staleNoteCell(width);
    });
    marks = plan.step;
    kept = plan.record;
    report.stale = plan.stale;
  } else {
    report.stale = state.records.filter((r) => r.stale && findSheet(state, r.name) && !replacedSheets.some((x) => sameSheetName(x, r.name))).map((r) => r.name);
  }
  const removed = [...planned.flatMap((p) => findSheet(state, p.final)?.name ?? []), ...dropped];
  const ownership = ownedAfterWrite(state, written, removed, kept);
  try {
    report.syncs += await runSteps(context, [swapStep(state, planned, dropped, ownership, marks)], capabilities);
  } catch (error) {
    throw await afterFailedSwap(context, state, planned, removed, error);
  }
  report.sheets = planned.map((p) => p.final);
  return report;
}

/**
 * A swap Excel refused: the staged sheets still there are removed, so that no `_ikm_ny_` sheet
 * is left behind. When every staged sheet was still there and every old one too, the swap had
 * changed nothing, so after the removal nothing has been written; if one of the old sheets the
 * swap had to lift its own protection from is still protected, that is why (the user protected
 * Beslutade versioner again, with a password the add-in does not have), and the user is told
 * so. Otherwise Excel's error goes on as it came.
 */
async function afterFailedSwap(context: Excel.RequestContext, state: WorkbookState, planned: readonly Planned[], removed: readonly string[], error: unknown): Promise<unknown> {
  const staged = planned.map((p) => p.spec.sheet);
  const protectedOld = removed.filter((name) => findSheet(state, name)?.protected === true);
  let untouched = false;
  let stillProtected: string[] = [];
  try {
    const stagedSheets = staged.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name'));
    const oldSheets = removed.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name, protection/protected'));
    await context.sync();
    untouched = stagedSheets.every((s) => !s.isNullObject) && oldSheets.every((s) => !s.isNullObject);
    stillProtected = protectedOld.filter((name) => oldSheets[removed.indexOf(name)]!.protection.protected);
  } catch {
    // Excel answers nothing now either: the removal below says so with the error.
  }
  await removeSheets(context, staged, error);
  if (untouched && stillProtected.length > 0 && !(error instanceof Error && 'cleanupError' in error)) return new SheetProtectedError(stillProtected);
  return error;
}

function checkOutputs(outputs: readonly OutputTable[]): void {
  outputs.forEach((output, i) => {
    checkSheetName(output.name);
    if (outputs.findIndex((o) => sameSheetName(o.name, output.name)) !== i) {
      throw new Error(`Utdatatabellen ${output.name} förekommer två gånger.`);
    }
    checkColumnNames(output.name, output.columns.map((c) => c.header));
    // A streamed table's rows are checked as they are made (excelRows), before they are sent.
    if (!output.stream) checkRows(output, output.rows, 0);
  });
}

/** Excel takes no row wider than the table, no NaN or infinity and no text past 32 767 characters. */
function checkRows(output: OutputTable, rows: readonly OutputValue[][], first: number): void {
  rows.forEach((row, i) => {
    const r = first + i;
    if (row.length > output.columns.length) throw new Error(`Utdatatabellen ${output.name} rad ${r + 1} har fler värden än kolumner.`);
    row.forEach((value, j) => {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new Error(`Utdatatabellen ${output.name} rad ${r + 1} kolumn ${output.columns[j]?.header ?? j + 1} är inget tal (${value}).`);
      }
      checkCellText(value, output.name, r + 1, output.columns[j]?.header);
    });
  });
}

function outputSpec(output: OutputTable, freezeHeader: boolean): SheetTableSpec {
  return {
    sheet: output.name,
    table: excelTableName(output.name),
    headers: output.columns.map((c) => c.header),
    rows: excelRows(output),
    displayFormat: (j, value) => {
      const format = output.columns[j]?.format ?? 'text';
      return format === 'text' || typeof value !== 'number' ? null : numberFormatFor(format, value);
    },
    textColumns: output.columns.map((c) => c.format === 'text'),
    freezeHeader,
  };
}

/** An output's rows as Excel values: a streamed output's made and checked a block at a time as they are written. */
function excelRows(output: OutputTable): SheetRows {
  const width = output.columns.length;
  const convert = (rows: readonly OutputValue[][]) => rows.map((row) => toExcelRow(row, width));
  const stream = output.stream;
  if (!stream) return convert(output.rows);
  return {
    count: stream.count,
    *blocks() {
      let first = 0;
      for (const block of stream.blocks()) {
        checkRows(output, block, first);
        first += block.length;
        yield convert(block);
      }
    },
  };
}

/** The Excel-only sheet of deviation rows behind the PivotTable, or null with the reason noted. */
function planDeviationSheet(
  outputs: readonly OutputTable[],
  state: WorkbookState,
  capabilities: Capabilities,
  freezeHeader: boolean,
  skip: (feature: OptionalFeature, reason: string, note: WorkbookMessage | null) => void,
): Planned | null {
  if (!capabilities.has('pivotTable')) {
    skip(
      'pivotTable',
      capabilities.missing('pivotTable'),
      workbookMsg('pivotNotSupported', {}),
    );
    return null;
  }
  const rows = deviationRows(outputs);
  if (rows === null) {
    skip('pivotTable', 'skipped: no deviation rows', null);
    return null;
  }
  const existing = findSheet(state, DEVIATION_SHEET);
  if (existing && !isOwned(state, existing.name)) {
    skip(
      'pivotTable',
      `skipped: sheet ${DEVIATION_SHEET} exists and was not created by the add-in`,
      workbookMsg('pivotSheetNotOwned', { sheet: existing.name }),
    );
    return null;
  }
  const [clash] = nameClashes(state, [DEVIATION_TABLE], (sheet) => existing !== undefined && sameSheetName(sheet, existing.name));
  if (clash !== undefined) {
    skip(
      'pivotTable',
      `skipped: the name ${DEVIATION_TABLE} is taken`,
      workbookMsg('pivotNameTaken', { name: clash.name, sheet: clash.sheet }),
    );
    return null;
  }
  // The PivotTable starts at E1: row labels, a column per deviation type, the grand total.
  const types = new Set(rows.rows.map((r) => r[1])).size;
  return {
    final: DEVIATION_SHEET,
    finalTable: DEVIATION_TABLE,
    note: staleNoteCell(5 + types + 1),
    spec: {
      sheet: DEVIATION_SHEET,
      table: DEVIATION_TABLE,
      headers: rows.headers,
      rows: rows.rows,
      displayFormat: (j, value) => (j === 2 && typeof value === 'number' ? numberFormatFor('kr', value) : null),
      textColumns: [true, true, false],
      freezeHeader,
    },
  };
}

/**
 * The PivotTable over the deviation rows: customers down, deviation types across, from the
 * second column right of the table. It grows right and down over the staging sheet's empty
 * cells; Excel refuses a PivotTable that would grow over content (PivotTableRangeConflict).
 */
function pivotStep(spec: SheetTableSpec): Step {
  const corner = cellAddress(1, spec.headers.length + 2);
  return {
    size: OPERATION_OVERHEAD_BYTES * 10,
    apply: (context) => {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const pivot = sheet.pivotTables.add(DEVIATION_PIVOT, sheet.tables.getItem(spec.table), sheet.getRange(corner));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('Kund'));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem('Avvikelse'));
      const amount = pivot.dataHierarchies.add(pivot.hierarchies.getItem('Belopp'));
      amount.numberFormat = numberFormatFor('kr', 0);
    },
  };
}

function stagingSheetOf(planned: readonly Planned[], plan: ChartPlan): string {
  const p = planned.find((x) => x.final === plan.output);
  if (!p) throw new Error(`Diagrammet ${plan.name} hör till ${plan.output}, som inte skrivs.`);
  return p.spec.sheet;
}

/**
 * Replaces the old sheets with the staged ones in one request: deletes first (freeing the
 * names), renames, then moves each new sheet, in ascending order, to where its predecessor was.
 */
function swapStep(state: WorkbookState, planned: readonly Planned[], dropped: readonly string[], owned: readonly OwnedSheet[], marks: Step | null): Step {
  const old = planned.map((p) => findSheet(state, p.final)?.name ?? null);
  const removed = [...old.filter((n): n is string => n !== null), ...dropped];
  // The final order: the old sheets with the replaced ones in place, dropped ones gone, new ones last.
  const order: string[] = [];
  for (const sheet of state.sheets) {
    const i = planned.findIndex((p) => sameSheetName(p.final, sheet.name));
    if (i >= 0) order.push(planned[i]!.final);
    else if (!dropped.some((s) => sameSheetName(s, sheet.name))) order.push(sheet.name);
  }
  planned.forEach((p, i) => {
    if (old[i] === null) order.push(p.final);
  });
  const moves = planned
    .map((p) => ({ sheet: p.final, position: order.indexOf(p.final) }))
    .sort((a, b) => a.position - b.position);
  const activeReplaced = planned.find((p) => sameSheetName(p.final, state.activeSheet));
  const ownership = recordOwnedSheetsStep(state, owned);
  const unprotect = removed.filter((name) => state.sheets.some((s) => s.protected && sameSheetName(s.name, name)));
  return {
    size: OPERATION_OVERHEAD_BYTES * (removed.length + planned.length * 3) + jsonBytes(order) + ownership.size + (marks?.size ?? 0),
    apply: (context) => {
      const sheets = context.workbook.worksheets;
      for (const name of unprotect) sheets.getItem(name).protection.unprotect();
      for (const name of removed) sheets.getItem(name).delete();
      for (const p of planned) {
        const sheet = sheets.getItem(p.spec.sheet);
        sheet.tables.getItem(p.spec.table).name = p.finalTable;
        sheet.name = p.final;
        // ExcelApi 1.2 (below core): read, select and filter; no password, it guards against mistakes.
        if (p.protect) sheet.protection.protect({ allowAutoFilter: true });
      }
      for (const move of moves) sheets.getItem(move.sheet).position = move.position;
      if (activeReplaced) sheets.getItem(activeReplaced.final).activate();
      marks?.apply(context);
      ownership.apply(context);
    },
  };
}
