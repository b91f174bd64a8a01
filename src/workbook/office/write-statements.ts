/// <reference types="office-js" />
import { statementSheetNames, type Statement } from '../../engine/statement';
import { checkPageTexts } from '../excel-limits';
import { SheetNotOwnedError } from '../port';
import { sameSheetName } from '../xlsx/ownership';
import { checkSheetName } from '../xlsx/sheet-names';
import { rangeAddress, rangeOf } from './address';
import { findSheet, freeName, inspectWorkbook, isOwned, type WorkbookState } from './inspect';
import { ownedAfterWrite, recordOwnedSheetsStep } from './ownership';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import { ReadOnlyWorkbookError, SheetProtectedError, WorkbookProtectedError } from './refusals';
import { removeSheets } from './remove-sheets';
import type { Capabilities } from './requirements';
import { charsToPoints, LINE_COLOR, MARGINS, statementPage, WIDTHS, type PageStyle, type StatementPage } from '../statement-layout';
import { staleNoteCell } from './stale-marks';
import { runSteps, type Step } from './steps';
import { renderWorkbookMessage, workbookMsg, type WorkbookMessage } from '../messages/catalog';

export interface StatementsReport {
  /** The sheets written, one per statement, in the order given. */
  sheets: string[];
  /** What was left out for lack of a requirement set, in Swedish, for a reader. */
  notes: string[];
  /** The notes as messages, for the pane to render in its language. */
  noteTexts: WorkbookMessage[];
  /** `context.sync()` calls made. */
  syncs: number;
}

/**
 * Kundbesked in the open workbook: one printable sheet per statement, named "Kundbesked
 * <kund>" (statementSheetNames), in one Excel.run and a fixed number of syncs however many
 * customers (inspect with the ownership list; stage every sheet, in requests of
 * at most 4 MB, one for some 150 customers; swap), as writeOutputs does:
 * - refuses before any change a sheet of such a name that the add-in did not create, a
 *   protected workbook, or a protected sheet of its own it would replace;
 * - writes every sheet under a staging name, then deletes the old sheets of those names,
 *   renames the new ones (keeping a replaced sheet's position; new ones go last), activates
 *   the first and records them in the ownership list `_intaktsmodell`, so a later run of the
 *   add-in knows them as its own. If staging fails the staging sheets are removed and nothing
 *   else has changed.
 * Page setup (A4 portrait, one page wide, footer, print area) needs ExcelApi 1.9 and hiding
 * the gridlines 1.8; without them the sheets are written all the same and a note says so.
 */
export async function writeStatements(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  statements: readonly Statement[],
  inputs = '',
): Promise<StatementsReport> {
  if (statements.length === 0) throw new Error('Inga kunder valda för kundbesked.');
  const names = statementSheetNames(statements.map((s) => s.customer));
  const finals = statements.map((s) => names.get(s.customer) as string);
  finals.forEach((name, i) => {
    checkSheetName(name);
    if (finals.findIndex((n) => sameSheetName(n, name)) !== i) throw new Error(`Kundbeskedet för ${statements[i]!.customer} förekommer två gånger.`);
  });

  const pages = statements.map((s, i) => {
    const page = statementPage(s);
    checkPageTexts(finals[i]!, page.values);
    return page;
  });

  const noteTexts: WorkbookMessage[] = [];
  const layout = capabilities.has('pageLayout');
  const gridlines = capabilities.has('gridlines');
  if (!layout) noteTexts.push(workbookMsg('pageLayoutNotSet', {}));
  if (!gridlines) noteTexts.push(workbookMsg('gridlinesShown', {}));
  const notes = noteTexts.map((note) => renderWorkbookMessage(note, 'sv'));

  const { state, syncs: inspected } = await inspectWorkbook(context, capabilities, { ownership: true });
  let syncs = inspected;
  if (state.readOnly) throw new ReadOnlyWorkbookError();
  const foreign = finals.map((n) => findSheet(state, n)).filter((s) => s !== undefined && !isOwned(state, s.name));
  if (foreign.length > 0) throw new SheetNotOwnedError(foreign.map((s) => s!.name));
  if (state.workbookProtected) throw new WorkbookProtectedError();
  const protectedSheets = finals.map((n) => findSheet(state, n)).filter((s) => s?.protected === true);
  if (protectedSheets.length > 0) throw new SheetProtectedError(protectedSheets.map((s) => s!.name));

  const reserved = new Set<string>();
  const staging = finals.map(() => freeName(state, '_ikm_ny_', reserved));
  const steps = pages.flatMap((page, i) => sheetSteps(staging[i]!, page, { layout, gridlines }));
  try {
    syncs += await runSteps(context, steps, capabilities);
  } catch (error) {
    await removeSheets(context, staging, error);
    throw error;
  }
  syncs += await runSteps(context, [swapStep(state, staging, finals, inputs)], capabilities);
  return { sheets: finals, notes, noteTexts, syncs };
}

/** The operations that lay out one statement page on a new sheet. */
function sheetSteps(sheetName: string, page: StatementPage, can: { layout: boolean; gridlines: boolean }): Step[] {
  const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(sheetName);
  const block = rangeAddress(rangeOf(1, 1, page.rows, WIDTHS.length));
  const op = (data: unknown, count: number, apply: (c: Excel.RequestContext) => void): Step => ({
    size: OPERATION_OVERHEAD_BYTES * count + jsonBytes(data),
    apply,
  });
  const steps: Step[] = [];
  steps.push(op(sheetName, 1, (c) => void c.workbook.worksheets.add(sheetName)));
  // Formats before values: a text cell must be text before its value arrives, or Excel reads
  // "=…", "+…" and "-…" as formulas (see sheet-table.ts).
  steps.push(op(page.formats, 1, (c) => void (sheet(c).getRange(block).numberFormat = page.formats)));
  steps.push(op(page.values, 1, (c) => void (sheet(c).getRange(block).values = page.values)));
  steps.push(
    op(WIDTHS, WIDTHS.length, (c) => {
      const ws = sheet(c);
      WIDTHS.forEach((chars, i) => {
        ws.getRange(rangeAddress(rangeOf(1, i + 1, 1, 1))).format.columnWidth = charsToPoints(chars);
      });
    }),
  );
  for (const merge of page.merges) steps.push(op(rangeAddress(merge), 1, (c) => sheet(c).getRange(rangeAddress(merge)).merge(false)));
  for (const s of page.styles) steps.push(styleStep(sheet, s, can.layout));
  for (const h of page.rowHeights) {
    const address = rangeAddress(rangeOf(h.row, 1, 1, 1));
    steps.push(op(address, 1, (c) => void (sheet(c).getRange(address).format.rowHeight = h.points)));
  }
  if (can.gridlines) steps.push(op(null, 1, (c) => void (sheet(c).showGridlines = false)));
  if (can.layout) {
    steps.push(
      op(page.footer, 14, (c) => {
        const layout = sheet(c).pageLayout;
        layout.paperSize = 'A4';
        layout.orientation = 'Portrait';
        layout.zoom = { horizontalFitToPages: 1 };
        layout.centerHorizontally = true;
        layout.leftMargin = MARGINS.left;
        layout.rightMargin = MARGINS.right;
        layout.topMargin = MARGINS.top;
        layout.bottomMargin = MARGINS.bottom;
        layout.headerMargin = MARGINS.header;
        layout.footerMargin = MARGINS.footer;
        const footer = layout.headersFooters.defaultForAllPages;
        footer.leftFooter = page.footer.left;
        footer.centerFooter = page.footer.center;
        footer.rightFooter = page.footer.right;
        layout.setPrintArea(block);
      }),
    );
  }
  return steps;
}

function styleStep(sheet: (c: Excel.RequestContext) => Excel.Worksheet, s: PageStyle, indent: boolean): Step {
  const address = rangeAddress(s.range);
  const count = Object.keys(s).length - 1;
  return {
    size: OPERATION_OVERHEAD_BYTES * Math.max(1, count) + jsonBytes(s),
    apply: (c) => {
      const format = sheet(c).getRange(address).format;
      if (s.bold !== undefined) format.font.bold = s.bold;
      if (s.size !== undefined) format.font.size = s.size;
      if (s.fill !== undefined) format.fill.color = s.fill;
      if (s.border !== undefined) {
        const border = format.borders.getItem(s.border);
        border.style = 'Continuous';
        border.color = LINE_COLOR;
      }
      if (s.horizontal !== undefined) format.horizontalAlignment = s.horizontal;
      if (s.vertical !== undefined) format.verticalAlignment = s.vertical;
      if (s.wrap !== undefined) format.wrapText = s.wrap;
      if (s.indent !== undefined && indent) format.indentLevel = s.indent;
    },
  };
}

/**
 * Deletes the old sheets of the statements' names, renames the staged ones, puts a replaced
 * sheet where its predecessor was, activates the first, and records ownership; one request.
 */
function swapStep(state: WorkbookState, staging: readonly string[], finals: readonly string[], inputs: string): Step {
  const old = finals.map((name) => findSheet(state, name));
  const removed = old.filter((s) => s !== undefined).map((s) => s!.name);
  const moves = old
    .map((s, i) => (s === undefined ? null : { sheet: finals[i]!, position: s.position }))
    .filter((m): m is { sheet: string; position: number } => m !== null)
    .sort((a, b) => a.position - b.position);
  const written = finals.map((name) => ({ name, inputs, note: staleNoteCell(WIDTHS.length), stale: false }));
  const ownership = recordOwnedSheetsStep(state, ownedAfterWrite(state, written, removed));
  return {
    size: OPERATION_OVERHEAD_BYTES * (removed.length + finals.length + moves.length + 1) + jsonBytes(finals) + ownership.size,
    apply: (context) => {
      const sheets = context.workbook.worksheets;
      for (const name of removed) sheets.getItem(name).delete();
      staging.forEach((name, i) => {
        sheets.getItem(name).name = finals[i]!;
      });
      for (const move of moves) sheets.getItem(move.sheet).position = move.position;
      sheets.getItem(finals[0]!).activate();
      ownership.apply(context);
    },
  };
}

