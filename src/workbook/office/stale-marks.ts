/// <reference types="office-js" />
import { DECISIONS_SHEET } from '../../engine/versions/sheet';
import { sameSheetName } from '../xlsx/ownership';
import { cellAddress } from './address';
import type { WorkbookState } from './inspect';
import type { OwnedSheet } from './owned-sheets';
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import type { Step } from './steps';

/** What a stale sheet says in row 1, right of what it holds (the words the pane's badge uses). */
export const STALE_NOTE =
  'INAKTUELLT — skrivet före senaste beräkning: indata har ändrats sedan bladet skrevs. Skriv det igen från Intäktsmodell för att få det aktuellt.';

/** A light red fill, so the note is seen at a glance. */
const STALE_FILL = '#FFC7CE';

/** The cell of a sheet's stale note: row 1, one empty column after its last column. */
export function staleNoteCell(lastColumn: number): string {
  return cellAddress(1, lastColumn + 2);
}

export interface StaleMarks {
  /** Writes the notes of sheets that became stale and clears those of sheets fresh again. */
  step: Step;
  /** A kept sheet's record after the marks (for the ownership list). */
  record(record: OwnedSheet): OwnedSheet;
  /** Every owned sheet that is stale after the write, in the list's order. */
  stale: string[];
}

/**
 * The stale rule of a calculation (docs/arbetsbok.md, "Written on demand, and stale sheets"):
 * an owned sheet that this write does not replace is stale when the inputs it was written from
 * are not the inputs of this calculation (or are unknown). A stale sheet gets the note STALE_NOTE in the cell its
 * record names (once: a sheet already marked keeps its note); a marked sheet whose inputs are
 * again this calculation's loses it. `noteCellOf` gives the cell for a sheet whose record names
 * none (listed by the xlsx adapter), or null: such a sheet is still reported stale.
 */
export function planStaleMarks(
  state: WorkbookState,
  replaced: readonly string[],
  inputs: string,
  noteCellOf: (sheet: string) => string | null,
): StaleMarks {
  const updated = new Map<string, OwnedSheet>();
  const writes: { sheet: string; cell: string; mark: boolean }[] = [];
  const stale: string[] = [];
  for (const record of state.records) {
    const there = state.sheets.find((s) => sameSheetName(s.name, record.name));
    // Beslutade versioner belongs to no calculation: a decided version is never stale.
    if (!there || replaced.some((r) => sameSheetName(r, record.name)) || sameSheetName(record.name, DECISIONS_SHEET)) continue;
    const fresh = record.inputs !== '' && record.inputs === inputs;
    if (!fresh) stale.push(there.name);
    if (fresh === !record.stale) continue;
    const cell = record.note !== '' ? record.note : noteCellOf(there.name);
    if (cell !== null) writes.push({ sheet: there.name, cell, mark: !fresh });
    updated.set(record.name, { ...record, note: cell ?? '', stale: !fresh });
  }
  return {
    step: {
      size: writes.reduce((n, w) => n + OPERATION_OVERHEAD_BYTES * 4 + jsonBytes([w.sheet, w.cell, STALE_NOTE]), 0),
      apply: (context) => {
        for (const w of writes) {
          const cell = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
          if (w.mark) {
            // Text format first: a value arriving in a General cell is parsed as if typed.
            cell.numberFormat = [['@']];
            cell.values = [[STALE_NOTE]];
            cell.format.font.bold = true;
            cell.format.fill.color = STALE_FILL;
          } else {
            cell.clear('All');
          }
        }
      },
    },
    record: (record) => updated.get(record.name) ?? record,
    stale,
  };
}
