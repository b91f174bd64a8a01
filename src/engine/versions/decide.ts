import type { RawTable } from '../cells';
import type { RunResult } from '../index';
import { msg, type Message } from '../messages/catalog';
import type { OutputTable, OutputValue } from '../output';
import { ProblemList } from '../read/problemList';
import { findTable } from '../read/tableReader';
import { outputTable } from '../report/columns';
import { normalizeName } from '../schema';
import { decidedInputs } from './inputs';
import { readDecidedVersions } from './readVersions';
import { DECISION_COLUMNS, DECISIONS_SHEET, MAX_LABEL_LENGTH } from './sheet';
import { snapshot, versionRows, type DecidedVersion } from './version';

/** A version saved: the sheet's table with every version, the rows new to it, and what to tell. */
export interface Decided {
  ok: true;
  /** Beslutade versioner whole: the earlier rows as they were read, then the new version's (xlsx rewrites the sheet). */
  table: OutputTable;
  /** The new version's rows only (the last rows of `table`). */
  added: OutputValue[][];
  version: DecidedVersion;
  /** How many versions the sheet holds now. */
  versions: number;
  /** An earlier version decided from the same inputs, if any (the latest such). */
  sameInputsAs: DecidedVersion | null;
  /** "saved", and "same inputs as …" when so. */
  messages: Message[];
}

export interface Refused {
  ok: false;
  /** Why nothing is saved: the workbook's errors are in `problems`. */
  reason: Message;
  problems: ProblemList['items'];
}

/**
 * "Spara som beslutad version" / `intaktsmodell decide` (docs/arbetsbok.md, "Decided versions"):
 * the calculation's price list and per-customer amounts as a new version under `label`, dated
 * `date` (the UTC day, YYYY-MM-DD), with the fingerprint of the inputs. Refused, with nothing
 * to write, when the workbook has errors (Beslutade versioner's own included), when the label
 * is blank, longer than 100 characters or holds a line break or tab, or when a version of that
 * label exists (a decided version never changes). The earlier versions' rows are kept as read,
 * cell for cell.
 */
export function decideVersion(tables: readonly RawTable[], run: RunResult, label: string, date: string): Decided | Refused {
  // The run read Beslutade versioner too (runModel): its errors are among the run's, counted once.
  const errors = run.problems.filter((p) => p.level === 'error');
  if (!run.ok || errors.length > 0) return refused(msg('decideHasErrors', { errors: errors.length }), run.problems);
  const existing = readDecidedVersions(tables, { compareVersion: null }, new ProblemList());
  const text = label.trim();
  if (text === '') return refused(msg('decideLabelEmpty', {}), []);
  if (/[\u0000-\u001f\u007f]/.test(text)) return refused(msg('decideLabelControl', {}), []);
  if (text.length > MAX_LABEL_LENGTH) return refused(msg('decideLabelTooLong', { length: text.length, max: MAX_LABEL_LENGTH }), []);
  const versions = existing?.versions ?? [];
  const taken = versions.find((v) => normalizeName(v.label) === normalizeName(text));
  if (taken) return refused(msg('decideLabelTaken', { label: taken.label, date: taken.date }), []);

  const version = snapshot(run.outputs, text, date, decidedInputs(tables));
  const added = versionRows(version);
  const table = outputTable(DECISIONS_SHEET, DECISION_COLUMNS, [...earlierRows(tables), ...added]);
  table.protected = true;
  const sameInputsAs = [...versions].reverse().find((v) => v.inputs === version.inputs) ?? null;
  const messages = [
    msg('decideSaved', { label: text, date, services: version.services.length, charges: version.charges.length, versions: versions.length + 1 }),
    ...(sameInputsAs ? [msg('decideSameInputs', { label: sameInputsAs.label, date: sameInputsAs.date })] : []),
  ];
  return { ok: true, table, added, version, versions: versions.length + 1, sameInputsAs, messages };
}

/** The rows of Beslutade versioner as read, in DECISION_COLUMNS' order (blank rows left out). */
function earlierRows(tables: readonly RawTable[]): OutputValue[][] {
  const raw = findTable(tables, DECISIONS_SHEET);
  if (!raw) return [];
  const index = DECISION_COLUMNS.map(([header]) => raw.headers.findIndex((h) => normalizeName(String(h ?? '')) === normalizeName(header)));
  const rows: OutputValue[][] = [];
  for (const cells of raw.rows) {
    const row = index.map((i) => {
      const v = i < 0 ? null : cells[i];
      return typeof v === 'string' || typeof v === 'number' ? v : v === null || v === undefined ? null : String((v as { date?: string }).date ?? v);
    });
    if (row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    rows.push(row);
  }
  return rows;
}

function refused(reason: Message, problems: ProblemList['items']): Refused {
  return { ok: false, reason, problems };
}
