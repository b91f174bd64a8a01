import { useMemo, useSyncExternalStore } from 'react';
import { IMPORT_TARGETS } from '../../engine/ledger/targets';
import type { SiePost } from '../../engine/ledger/sieReader';
import type { ImportWriteResult, LedgerPort, LedgerPreview } from '../hosts/ledgerPort';
import { shownError, type Shown } from '../i18n/shown';

/** What the user chose beside the file. */
export interface LedgerOptions {
  /** A key of IMPORT_TARGETS. */
  target: string;
  /** The SIE record; the target's default when absent. */
  siePost?: SiePost;
  /** Write nothing when any ledger row has no rule. */
  strict: boolean;
}

export type LedgerImportPhase =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  /** The preview shown; `asking` while the dialog asks before writing. */
  | { phase: 'preview'; preview: LedgerPreview; asking: boolean }
  | { phase: 'writing'; preview: LedgerPreview }
  | { phase: 'written'; preview: LedgerPreview; result: ImportWriteResult }
  | { phase: 'failed'; error: Shown };

export type LedgerImportState = LedgerImportPhase & { options: LedgerOptions; fileName: string | null };

/** Rows of the ledger without a rule. */
export function unmappedRows(preview: LedgerPreview): number {
  return preview.reconciliation ? preview.reconciliation.rows - preview.reconciliation.mappedRows : 0;
}

/** Whether the preview may be written: no errors, and in strict mode nothing without a rule. */
export function writable(preview: LedgerPreview, strict: boolean): boolean {
  if (preview.reconciliation === null || preview.existing === null) return false;
  if (preview.problems.some((p) => p.level === 'error')) return false;
  return !(strict && unmappedRows(preview) > 0);
}

const firstTarget = () => Object.keys(IMPORT_TARGETS)[0] as string;

/**
 * The pane's import as steps: a file chosen is read (the preview: reconciliation, unmapped rows,
 * errors) and read again when the target or the SIE record changes; "Skriv" asks, and only a yes
 * writes, and only a preview that may be written. Plain TypeScript, so that it is tested without
 * a page; useLedgerImport gives it to React.
 */
export class LedgerImportFlow {
  private current: LedgerImportState;
  private file: { name: string; bytes: Uint8Array } | null = null;
  private readonly listeners = new Set<() => void>();
  /** Counts readings: an answer to an older one is dropped. */
  private reading = 0;

  constructor(
    private readonly port: LedgerPort,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    this.current = { phase: 'idle', options: { target: firstTarget(), strict: false }, fileName: null };
  }

  readonly state = (): LedgerImportState => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A ledger file chosen: read and previewed with the options chosen. */
  async choose(name: string, bytes: Uint8Array): Promise<void> {
    this.file = { name, bytes };
    await this.read();
  }

  /** New options; a changed target or SIE record reads the file again, strict only changes whether it may be written. */
  async setOptions(change: Partial<LedgerOptions>): Promise<void> {
    const before = this.current.options;
    const options = { ...before, ...change };
    if (change.siePost === undefined && 'siePost' in change) delete options.siePost;
    this.set({ ...this.current, options });
    if (this.file && (options.target !== before.target || options.siePost !== before.siePost)) await this.read();
  }

  /** "Skriv …": opens the question, when the preview may be written. */
  ask(): void {
    const s = this.current;
    if (s.phase !== 'preview' || !writable(s.preview, s.options.strict)) return;
    this.set({ ...s, asking: true });
  }

  /** The answer to the question: no leaves everything as it was; yes writes the preview's rows. */
  async answer(yes: boolean): Promise<void> {
    const s = this.current;
    if (s.phase !== 'preview' || !s.asking) return;
    if (!yes || !writable(s.preview, s.options.strict)) {
      this.set({ ...s, asking: false });
      return;
    }
    const { preview } = s;
    this.set({ phase: 'writing', preview, options: s.options, fileName: s.fileName });
    try {
      const result = await this.port.write({ table: preview.table, markColumn: preview.markColumn, rows: preview.rows });
      this.set({ phase: 'written', preview, result, options: this.current.options, fileName: s.fileName });
    } catch (error) {
      console.error(error);
      this.set({ phase: 'failed', error: shownError(error), options: this.current.options, fileName: s.fileName });
    }
  }

  private async read(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const ticket = ++this.reading;
    const { options } = this.current;
    this.set({ phase: 'reading', fileName: file.name, options });
    try {
      const preview = await this.port.preview({ fileName: file.name, bytes: file.bytes, target: options.target, date: this.today(), ...(options.siePost ? { siePost: options.siePost } : {}) });
      if (ticket === this.reading) this.set({ phase: 'preview', preview, asking: false, options: this.current.options, fileName: file.name });
    } catch (error) {
      if (ticket !== this.reading) return;
      console.error(error);
      this.set({ phase: 'failed', error: shownError(error), options: this.current.options, fileName: file.name });
    }
  }

  private set(state: LedgerImportState): void {
    this.current = state;
    for (const listener of this.listeners) listener();
  }
}

/** The flow over this port, made once per port (a file opened in the browser brings its own), with React following its state. */
export function useLedgerImport(port: LedgerPort): { state: LedgerImportState; flow: LedgerImportFlow } {
  const flow = useMemo(() => new LedgerImportFlow(port), [port]);
  const state = useSyncExternalStore(flow.subscribe, flow.state);
  return { state, flow };
}
