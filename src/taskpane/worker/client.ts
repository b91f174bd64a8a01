import type { RawTable } from '../../engine/cells';
import type { OutputValue } from '../../engine/output';
import type { Answers, PaneRunData, Phase, RequestBody, Response } from './protocol';
import { TextError } from '../messages/errorText';
import { paneMsg } from '../messages/pane';
import type { ImportWritePlan, LedgerRequest } from '../hosts/ledgerPort';

/** What the client needs of a Worker: a fake one runs the handlers in the same thread (tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface Progress {
  phase: Phase;
  /** Of the request's whole work, 0–1. */
  fraction: number;
  /** The engine's name of its step, in Swedish, while calculating. */
  step?: string;
}

/** The request was stopped by cancel(): nothing it would have made exists. */
export class CancelledError extends Error {
  constructor() {
    super('Avbrutet');
    this.name = 'CancelledError';
  }
}

interface Pending {
  resolve: (answer: never) => void;
  reject: (error: Error) => void;
  onProgress: (progress: Progress) => void;
  /** Rows sent ahead of the answer, by table (see the `rows` message). */
  rows: Map<string, OutputValue[][]>;
}

/** What a fresh worker must be given again to stand where the stopped one stood. */
interface Setup {
  file: Blob | null;
  /** Tables given to calculate instead of a file's (Excel's): a fresh worker is given them again. */
  tables: RawTable[] | null;
  calculated: boolean;
}

/**
 * The page's side of the worker. cancel() terminates the worker at once, whatever it is doing,
 * and the next request starts a fresh one; the client re-opens the file (from the Blob, which
 * costs the page nothing) and recalculates there first when the request needs the last run, so
 * a stopped run leaves the pane with the results it had before.
 */
export class WorkerClient {
  private worker: WorkerLike | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  /** What the pane has: the opened file and whether it has a run. */
  private wanted: Setup = { file: null, tables: null, calculated: false };
  /** What the current worker has. */
  private has: Setup = { file: null, tables: null, calculated: false };
  /** Counts cancel()s: work begun before one must not go on after it. */
  private generation = 0;

  constructor(private readonly create: () => WorkerLike) {}

  /** Opens the file in the worker, replacing any opened before; the tables are read there. */
  async open(file: Blob, onProgress: (p: Progress) => void = () => {}): Promise<Answers['open']> {
    const before = this.wanted;
    const since = this.generation;
    this.wanted = { file, tables: null, calculated: false };
    try {
      return await this.openIn(file, onProgress, since);
    } catch (error) {
      // A cancelled or failed opening leaves the file opened before, if any.
      if (error instanceof CancelledError) this.wanted = before;
      throw error;
    }
  }

  /** Calculates the opened file and writes the outputs into it (there, for a download). */
  async calculate(onProgress: (p: Progress) => void = () => {}): Promise<Answers['calculate']> {
    const since = this.generation;
    await this.ensureFile(since, onProgress);
    this.has.calculated = false;
    const answer = await this.send<'calculate'>(since, { kind: 'calculate' }, onProgress);
    this.wanted.calculated = answer.calculated;
    this.has.calculated = answer.calculated;
    return answer;
  }

  /**
   * Calculates tables read elsewhere (Excel's), with no file: what the pane shows comes back, the
   * calculation stays in the worker for details and for the tables kept there (keptRows).
   */
  async calculateTables(tables: RawTable[], onProgress: (p: Progress) => void = () => {}): Promise<Answers['calculate']> {
    const since = this.generation;
    const before = this.wanted;
    this.wanted = { file: null, tables, calculated: false };
    this.has = { ...this.has, calculated: false };
    try {
      const answer = await this.send<'calculate'>(since, { kind: 'calculate', tables }, onProgress);
      this.wanted.calculated = answer.calculated;
      this.has = { file: null, tables, calculated: answer.calculated };
      return answer;
    } catch (error) {
      // A stopped run leaves the run before it, which a fresh worker calculates again when asked.
      if (error instanceof CancelledError) this.wanted = before;
      throw error;
    }
  }

  /** A table the last run kept in the worker (Fakturaunderlag, Spårning), with its rows. */
  async keptRows(table: string): Promise<Answers['keptRows']> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'keptRows'>(since, { kind: 'keptRows', table });
  }

  /** The opened file with the last run's outputs, as an .xlsx Blob. */
  async download(onProgress: (p: Progress) => void = () => {}): Promise<Blob> {
    const since = this.generation;
    await this.ensureRun(since, onProgress);
    return this.send<'download'>(since, { kind: 'download' }, onProgress);
  }

  /**
   * Next year's workbook (docs "The roll to next year"): from `bytes` (Excel's open file, handed
   * over to the worker) or, without them, from the opened file.
   */
  async rollover(bytes?: Uint8Array, onProgress: (p: Progress) => void = () => {}): Promise<Answers['rollover']> {
    const since = this.generation;
    if (!bytes) {
      await this.ensureFile(since, onProgress);
      return this.send<'rollover'>(since, { kind: 'rollover' }, onProgress);
    }
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    return this.send<'rollover'>(since, { kind: 'rollover', bytes: buffer }, onProgress, [buffer]);
  }

  async customer(customer: string): Promise<Answers['customer']> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'customer'>(since, { kind: 'customer', customer });
  }

  async statements(customers: string[]): Promise<Answers['statements']> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'statements'>(since, { kind: 'statements', customers });
  }

  async statementsXlsx(customers: string[]): Promise<Blob> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'statementsXlsx'>(since, { kind: 'statementsXlsx', customers });
  }

  /** The published price list from the last run, as PDF or .xlsx (hosts/published.ts). */
  async priceListFile(format: 'pdf' | 'xlsx', label: string): Promise<Blob> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'priceListFile'>(since, { kind: 'priceListFile', format, label });
  }

  /** The invoice file for the ERP as CSV: Fakturaunderlag, or with `settlement` Slutavräkning (hosts/published.ts). */
  async invoiceCsv(settlement: boolean): Promise<Blob> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'invoiceCsv'>(since, { kind: 'invoiceCsv', settlement });
  }

  /** Kundbesked for these customers as one PDF. */
  async statementsPdf(customers: string[]): Promise<Blob> {
    const since = this.generation;
    await this.ensureRun(since);
    return this.send<'statementsPdf'>(since, { kind: 'statementsPdf', customers });
  }

  /**
   * "Spara som beslutad version": of `tables` (Excel's: the decided table comes back to be
   * written on the page), or of the opened file, into which the version is written; the file as
   * it now is becomes the one a fresh worker opens, so nothing decided is lost to Avbryt.
   */
  async decide(label: string, date: string, tables?: RawTable[], onProgress: (p: Progress) => void = () => {}): Promise<Answers['decide']> {
    const since = this.generation;
    if (!tables) await this.ensureFile(since, onProgress);
    const answer = await this.send<'decide'>(since, tables ? { kind: 'decide', label, date, tables } : { kind: 'decide', label, date }, onProgress);
    if (answer.ok && answer.file) {
      this.wanted = { ...this.wanted, file: answer.file };
      this.has = { ...this.has, file: answer.file };
    }
    return answer;
  }

  /**
   * The import's preview of a ledger export: over the given tables (Excel's, read through its
   * port) or the opened file's. The ledger's bytes are copied, so the caller keeps its own.
   */
  async ledgerPreview(request: LedgerRequest, tables?: RawTable[]): Promise<Answers['ledgerPreview']> {
    const since = this.generation;
    if (!tables) await this.ensureFile(since);
    const bytes = request.bytes.slice();
    return this.send<'ledgerPreview'>(since, { kind: 'ledgerPreview', ...request, bytes, ...(tables ? { tables } : {}) }, undefined, [bytes.buffer]);
  }

  /**
   * Writes the import's rows into the opened file. The file with them replaces the one opened
   * (a fresh worker opens it again); the last run no longer belongs to it.
   */
  async writeImported(plan: ImportWritePlan): Promise<Answers['writeImported']> {
    const since = this.generation;
    await this.ensureFile(since);
    const answer = await this.send<'writeImported'>(since, { kind: 'writeImported', plan });
    this.wanted = { file: answer.file, tables: null, calculated: false };
    this.has = { file: answer.file, tables: null, calculated: false };
    return answer;
  }

  /** Stops whatever the worker does now: its requests reject with CancelledError. */
  cancel(): void {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
    this.has = { file: null, tables: null, calculated: false };
    const stopped = [...this.pending.values()];
    this.pending.clear();
    for (const p of stopped) p.reject(new CancelledError());
  }

  private async openIn(file: Blob, onProgress: (p: Progress) => void, since: number): Promise<Answers['open']> {
    this.has = { file: null, tables: null, calculated: false };
    const bytes = await file.arrayBuffer();
    const answer = await this.send<'open'>(since, { kind: 'open', bytes }, onProgress, [bytes]);
    this.has = { file, tables: null, calculated: false };
    return answer;
  }

  /** A fresh worker opens the file again (its progress shown as a start, 0). */
  private async ensureFile(since: number, onProgress?: (p: Progress) => void): Promise<void> {
    const { file } = this.wanted;
    if (!file && this.wanted.tables) return;
    if (!file) throw new TextError(paneMsg('noWorkbookOpen', {}));
    if (this.has.file !== file) await this.openIn(file, (p) => onProgress?.({ ...p, fraction: 0 }), since);
  }

  /** A fresh worker calculates again what the pane shows (the engine is pure: the same run). */
  private async ensureRun(since: number, onProgress?: (p: Progress) => void): Promise<void> {
    await this.ensureFile(since, onProgress);
    if (this.wanted.calculated && !this.has.calculated) {
      const tables = this.wanted.tables ?? undefined;
      await this.send<'calculate'>(since, tables ? { kind: 'calculate', tables } : { kind: 'calculate' }, (p) => onProgress?.({ ...p, fraction: 0 }));
      this.has.calculated = true;
    }
  }

  private send<K extends keyof Answers>(since: number, body: RequestBody, onProgress: (p: Progress) => void = () => {}, transfer: Transferable[] = []): Promise<Answers[K]> {
    if (since !== this.generation) return Promise.reject(new CancelledError());
    const worker = this.live();
    const id = this.next++;
    return new Promise<Answers[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (answer: never) => void, reject, onProgress, rows: new Map() });
      worker.postMessage({ id, ...body }, transfer);
    });
  }

  private live(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    // A worker that cannot even start (its script failed to load) fails every request.
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(new TextError(paneMsg('workerNotStarted', { detail: event.message || null })));
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: Response): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.kind === 'progress') {
      pending.onProgress(response.step === undefined ? { phase: response.phase, fraction: response.fraction } : { phase: response.phase, fraction: response.fraction, step: response.step });
      return;
    }
    if (response.kind === 'rows') {
      const rows = pending.rows.get(response.table);
      if (rows) for (const row of response.rows) rows.push(row);
      else pending.rows.set(response.table, response.rows);
      return;
    }
    this.pending.delete(response.id);
    if (response.kind === 'done' && response.request === 'calculate') pending.resolve(withRows(response.answer, pending.rows) as never);
    else if (response.kind === 'done' && response.request === 'keptRows') pending.resolve({ ...response.answer, rows: pending.rows.get(response.answer.name) ?? [] } as never);
    else if (response.kind === 'done') pending.resolve(response.answer as never);
    else pending.reject(response.text ? new TextError(response.text, response.message) : new Error(response.message));
  }

  private fail(error: Error): void {
    const failed = [...this.pending.values()];
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
    this.has = { file: null, tables: null, calculated: false };
    for (const p of failed) p.reject(error);
  }
}

/** The answer with the rows sent ahead of it put back in their tables. */
function withRows(data: PaneRunData, rows: ReadonlyMap<string, OutputValue[][]>): PaneRunData {
  if (rows.size === 0) return data;
  return { ...data, outputs: data.outputs.map((output) => ({ ...output, rows: rows.get(output.name) ?? output.rows })) };
}
