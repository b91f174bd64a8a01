import type { CellValue } from '../../engine/cells';
import type { UnmappedGroup } from '../../engine/ledger/mapLedger';
import type { SiePost } from '../../engine/ledger/sieReader';
import type { Problem } from '../../engine/problems';

/** A ledger export the user chose in the pane, to import into a table of IMPORT_TARGETS. */
export interface LedgerRequest {
  fileName: string;
  bytes: Uint8Array;
  /** The target's key in IMPORT_TARGETS (its table: Kostnader). */
  target: string;
  /** The SIE record to read; the target's default when absent. */
  siePost?: SiePost;
  /** The day of the import (YYYY-MM-DD), for the mark in Källa. */
  date: string;
}

/** The reconciliation's figures, amounts as exact decimal strings. */
export interface LedgerReconciliation {
  ledgerTotal: string;
  unmappedTotal: string;
  importedTotal: string;
  rows: number;
  mappedRows: number;
  lines: number;
}

/** What an import would write, before anything is written: plain data (it comes from the worker). */
export interface LedgerPreview {
  fileName: string;
  table: string;
  markColumn: string;
  /** What kind of file it was ("SIE 3 #PBUDGET", "CSV" …); null when it could not be read. */
  kind: string | null;
  /** Rows read from the ledger. */
  fileRows: number;
  problems: Problem[];
  /** Null when the file or the rules have errors. */
  reconciliation: LedgerReconciliation | null;
  unmapped: UnmappedGroup[];
  unusedRules: number[];
  /** The rows to write, each its cells by header (with the mark in Källa). */
  rows: Record<string, CellValue>[];
  /** The table's rows now: an earlier import's (replaced) and the user's (kept); null without the table. */
  existing: { imported: number; user: number } | null;
}

/** The rows to write into the table. */
export interface ImportWritePlan {
  table: string;
  markColumn: string;
  rows: Record<string, CellValue>[];
}

export interface ImportWriteResult {
  written: number;
  replaced: number;
  kept: number;
}

/**
 * The pane's import from the ledger, as a host offers it: the preview read where the workbook's
 * tables are (the worker), the write where the workbook is (Excel through its port, or the
 * worker's opened file). Nothing is written by preview.
 */
export interface LedgerPort {
  preview(request: LedgerRequest): Promise<LedgerPreview>;
  write(plan: ImportWritePlan): Promise<ImportWriteResult>;
}
