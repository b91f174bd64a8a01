/// <reference types="office-js" />
/**
 * A strict in-memory Excel for testing office-js code without Excel: the subset of the Excel
 * namespace the adapter uses, faithful where mistakes hide.
 * - Proxies: reading a property before `load` + `sync` throws PropertyNotLoaded; methods and
 *   property sets are queued and applied, in order, only at `context.sync()`; a failed request
 *   applies the operations before the failing one (Excel's requests are not transactions) and
 *   none of its loads.
 * - Every request is measured (JSON of the queued operations, UTF-8) and refused over 5 MB
 *   (RequestPayloadSizeLimitExceeded), as is a response over 5 MB.
 * - Excel's naming rules for sheets and tables, null objects, a string starting with = + - @
 *   becoming a formula unless its cell is formatted as text, requirement sets that can be
 *   lowered, cell-edit mode, protection and failing requests on demand.
 * - Refusals as Excel's (each names Excel's error code where it is made): text over 32 767
 *   characters, invalid column names and number formats, a table over merged cells or another
 *   table, a PivotTable growing over content, a table name taken by a name of any scope, more
 *   cells in one range than Excel reads or changes at once, and any change to a workbook open
 *   for viewing only.
 * - Formatting for printable pages (fonts, fills, borders, alignment, merges, row heights,
 *   gridlines, page layout and footers), checked against Excel's enumerations and limits.
 */
import type { OfficeFileHost } from '../../../../src/workbook/office';
import { FakeDocumentFiles } from './document-files';
import { FakeExcelError, MESSAGES } from './errors';
import { type Cell, type CellStyle, type SheetModel, WorkbookModel } from './model';
import { Application, type AnyProxy, type ContextLike, type Execution, type Operation, selections, Workbook } from './proxies';
import { compareVersions, formatAddress, parseRect } from './rules';

export interface RequestRecord {
  /** UTF-8 bytes of the queued operations' JSON. */
  bytes: number;
  /** UTF-8 bytes of the loaded values sent back. */
  responseBytes: number;
  operations: number;
  /** The most cells of one range read (values, types, formats) or written in the request. */
  largestRangeCells: number;
  calculationSuspended: boolean;
  /** The error code when the request failed. */
  failed?: string;
}

export interface FakeStats {
  /** `context.sync()` calls, including syncs with nothing queued (which send no request). */
  syncCalls: number;
  /** Requests sent to Excel: syncs with queued operations, Excel.run's final one included. */
  requests: RequestRecord[];
  runs: number;
  /**
   * The fake's own work in milliseconds: making each queued operation's wire form, and measuring
   * and applying the requests at sync. The benchmark leaves it out of the task pane's time.
   */
  handlingMs: number;
}

interface InjectedFailure {
  /** 1-based index of the request, counted from when the failure was injected. */
  request: number;
  code: string;
  /** Operations applied before the failure (a failure mid-request); default 0. */
  afterOperations: number;
}

export const PAYLOAD_LIMIT_BYTES = 5_000_000;

class FakeContext implements ContextLike {
  readonly model: WorkbookModel;
  readonly workbook: Workbook;
  readonly application: Application;
  touched = new Set<AnyProxy>();
  queue: Operation[] = [];

  constructor(private readonly excel: FakeExcel) {
    this.model = excel.model;
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  enqueue(op: Operation, handlingMs: number): void {
    this.queue.push(op);
    this.excel.stats.handlingMs += handlingMs;
  }

  noteRange(cells: number): void {
    const record = this.excel.stats.requests[this.excel.stats.requests.length - 1];
    if (record && cells > record.largestRangeCells) record.largestRangeCells = cells;
  }

  requireApi(version: string, what: string): void {
    if (compareVersions(this.excel.apiVersion, version) < 0) {
      throw new FakeExcelError('ApiNotFound', MESSAGES.apiNotFound, `${what} (ExcelApi ${version})`);
    }
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.excel.stats.syncCalls++;
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    const start = performance.now();
    try {
      this.excel.execute(this, ops);
    } finally {
      this.excel.stats.handlingMs += performance.now() - start;
    }
  }
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  /** The highest ExcelApi version the host supports. */
  apiVersion = '1.17';
  /** The File and CompressedFile requirement sets (Document.getFileAsync). */
  fileApis = true;
  /** The open document's file and new workbooks (document-files.ts). */
  readonly documents: FakeDocumentFiles = new FakeDocumentFiles(this);
  /** Excel is editing a cell: every request fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** Office.context.diagnostics.platform: 'PC', 'Mac', 'OfficeOnline' … */
  platform: string | null = 'PC';
  /** The .xlsx files Excel.createWorkbook opened as new workbooks, in order (the open workbook is untouched). */
  readonly newWorkbooks: Uint8Array[] = [];
  stats: FakeStats = { syncCalls: 0, requests: [], runs: 0, handlingMs: 0 };
  private failures: InjectedFailure[] = [];

  /** Excel.run: a new context per batch, and a final sync of what is still queued. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.stats.runs++;
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) await context.sync();
    return result;
  }

  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, minVersion = '1.1'): boolean {
    return name === 'ExcelApi' && compareVersions(this.apiVersion, minVersion) >= 0;
  }

  /** The fake as the adapter's OfficeHost. */
  host(): { run: FakeExcel['run']; isSetSupported: FakeExcel['isSetSupported'] } {
    return { run: (batch) => this.run(batch), isSetSupported: (n, v) => this.isSetSupported(n, v) };
  }

  /**
   * Excel.createWorkbook(base64): ExcelApi 1.8 (ApiNotFound below it); refuses with InvalidArgument
   * what is not Base64 of a zip package, as Excel cannot open it as a workbook.
   */
  async createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    if (compareVersions(this.apiVersion, '1.8') < 0) throw new FakeExcelError('ApiNotFound', MESSAGES.apiNotFound, 'Excel.createWorkbook (ExcelApi 1.8)');
    if (base64 === undefined) {
      this.newWorkbooks.push(new Uint8Array());
      return;
    }
    if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new FakeExcelError('InvalidArgument', MESSAGES.invalidArgument, 'Excel.createWorkbook');
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) throw new FakeExcelError('InvalidArgument', MESSAGES.invalidArgument, 'Excel.createWorkbook');
    this.newWorkbooks.push(bytes);
  }

  /** The fake as the adapter's OfficeFileHost (src/workbook/office/document-file.ts). */
  fileHost(): OfficeFileHost {
    return this.documents.host();
  }

  resetStats(): void {
    this.stats = { syncCalls: 0, requests: [], runs: 0, handlingMs: 0 };
  }

  /** Makes a later request fail (the 1st, 2nd … from now), optionally after some of its operations. */
  failRequest(request: number, code = 'GeneralException', afterOperations = 0): void {
    this.failures.push({ request: this.stats.requests.length + request, code, afterOperations });
  }

  execute(context: FakeContext, ops: Operation[]): void {
    const wire = ops.map((op) => op.wire);
    const record: RequestRecord = {
      bytes: Buffer.byteLength(JSON.stringify(wire), 'utf8'),
      responseBytes: 0,
      operations: ops.length,
      largestRangeCells: 0,
      calculationSuspended: false,
    };
    this.stats.requests.push(record);
    const index = this.stats.requests.length;
    const refuse = (code: string, message: string): never => {
      record.failed = code;
      throw new FakeExcelError(code, message);
    };
    if (this.cellEditMode) refuse('InvalidOperationInCellEditMode', MESSAGES.cellEditMode);
    if (record.bytes > PAYLOAD_LIMIT_BYTES) refuse('RequestPayloadSizeLimitExceeded', MESSAGES.requestTooLarge);
    const failure = this.failures.find((f) => f.request === index);

    const run: Execution = { after: [], response: [], calculationSuspended: false };
    context.touched = new Set();
    try {
      ops.forEach((op, i) => {
        if (failure && i === failure.afterOperations) refuse(failure.code, `Injected failure of request ${index}.`);
        if (this.model.readOnly && changes(op.wire)) throw new FakeExcelError('AccessDenied', MESSAGES.readOnly, describe(op.wire));
        op.exec(run);
      });
      if (failure && failure.afterOperations >= ops.length) refuse(failure.code, `Injected failure of request ${index}.`);
    } catch (error) {
      record.failed = error instanceof FakeExcelError ? error.code : 'Unknown';
      throw error;
    }
    record.calculationSuspended = run.calculationSuspended;
    record.responseBytes = Buffer.byteLength(JSON.stringify(run.response), 'utf8');
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) refuse('ResponsePayloadSizeLimitExceeded', MESSAGES.responseTooLarge);
    for (const apply of run.after) apply();
    for (const proxy of context.touched) proxy._isNull = proxy._target === null;
  }

  // ---- seeding and inspection (test-side, not office-js) ------------------------------------

  protectSheet(name: string, on = true): void {
    this.model.sheet(name).protected = on;
  }

  protectWorkbook(on = true): void {
    this.model.protected = on;
  }

  /** A defined name, scoped to the workbook or, given a sheet, to that sheet. */
  addName(name: string, formula = '=1', sheet?: string): void {
    (sheet === undefined ? this.model.names : this.model.sheet(sheet).names).push({ name, formula });
  }

  /** Opens the workbook for viewing only (Excel on the web's view mode): every change is refused. */
  viewOnly(on = true): void {
    this.model.readOnly = on;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    return this.model.sheet(name);
  }

  /** One cell as stored: its kind, value or formula, number format. */
  cell(sheet: string, address: string): { kind: string; value: unknown; numberFormat: string } {
    const rect = parseRect(address);
    const cell: Cell | undefined = this.model.sheet(sheet).cell(rect.top, rect.left);
    const content = cell?.content ?? null;
    return {
      kind: content?.kind ?? 'empty',
      value: content === null ? null : content.kind === 'formula' ? content.formula : valueOf(content),
      numberFormat: cell?.numberFormat ?? 'General',
    };
  }

  /** One cell's formatting beyond its number format (font, fill, borders, alignment). */
  cellStyle(sheet: string, address: string): CellStyle {
    const rect = parseRect(address);
    return this.model.sheet(sheet).styles.get(`${rect.top}:${rect.left}`) ?? {};
  }

  tableNames(): string[] {
    return this.model.tables.map((t) => t.name);
  }

  /** A table as stored: its sheet, address, headers and body values. */
  table(name: string): { name: string; sheet: string; address: string; headers: string[]; rows: unknown[][]; style: string } {
    const table = this.model.table(name);
    const rows: unknown[][] = [];
    for (let r = table.rect.top + 1; r <= table.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = table.rect.left; c <= table.rect.right; c++) {
        const content = table.sheet.cell(r, c)?.content ?? null;
        row.push(content === null ? null : content.kind === 'formula' ? { formula: content.formula } : valueOf(content));
      }
      rows.push(row);
    }
    return {
      name: table.name,
      sheet: table.sheet.name,
      address: formatAddress(table.sheet.name, table.rect),
      headers: this.model.headers(table),
      rows,
      style: table.style,
    };
  }

  /** The last cell selected through Range.select. */
  selection(): string | undefined {
    return selections.get(this.model);
  }

  /**
   * The whole workbook as JSON: sheets in order with every cell, tables, names, charts,
   * PivotTables, protection. Equal snapshots mean equal workbooks.
   */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.model.sheets.map((s) => sheetSnapshot(s)),
      tables: this.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect, style: t.style })),
      names: this.model.names,
      active: this.model.active?.name ?? null,
      protected: this.model.protected,
    });
  }

  /** One sheet as JSON (cells, formats, tables' layout, charts, PivotTables). */
  sheetSnapshot(name: string): string {
    return JSON.stringify(sheetSnapshot(this.model.sheet(name)));
  }
}

/**
 * Whether an operation changes the workbook. Reading, selecting, activating a sheet and
 * suspending calculation are what a viewer may do; everything else is refused in view mode.
 */
function changes(wire: unknown): boolean {
  const op = wire as { set?: string; call?: string };
  if (op.set !== undefined) return true;
  return op.call !== undefined && !['select', 'activate', 'suspendApiCalculationUntilNextSync'].includes(op.call);
}

function describe(wire: unknown): string {
  const op = wire as { object?: string; set?: string; call?: string };
  return `${op.object ?? '?'}.${op.set ?? op.call ?? '?'}`;
}

function valueOf(content: NonNullable<Cell['content']>): unknown {
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
      return content.number;
    case 'boolean':
      return content.boolean;
    case 'error':
      return { error: content.error };
    case 'formula':
      return { formula: content.formula };
  }
}

function sheetSnapshot(s: SheetModel): unknown {
  const cells = [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).filter(([, c]) => c.content !== null || c.numberFormat !== 'General');
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    frozenRows: s.frozenRows,
    cells,
    columnWidths: [...s.columnWidths.entries()],
    autofit: [...s.autofitColumns],
    charts: s.charts,
    pivots: s.pivots.map((p) => ({ ...p, source: p.source.name })),
    styles: [...s.styles.entries()].sort(([a], [b]) => a.localeCompare(b)),
    merges: s.merges,
    rowHeights: [...s.rowHeights.entries()],
    showGridlines: s.showGridlines,
    pageLayout: s.pageLayout,
  };
}

/** Requests sent to Excel so far: the sync count the benchmark reports. */
export function syncCount(excel: FakeExcel): number {
  return excel.stats.requests.length;
}

/** The largest request sent so far, in bytes. */
export function largestRequestBytes(excel: FakeExcel): number {
  return Math.max(0, ...excel.stats.requests.map((r) => r.bytes));
}

/** The largest response so far, in bytes. */
export function largestResponseBytes(excel: FakeExcel): number {
  return Math.max(0, ...excel.stats.requests.map((r) => r.responseBytes));
}
