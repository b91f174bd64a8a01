import { sameSheetName } from '../xlsx/ownership';

/**
 * One row of the ownership list `_intaktsmodell` as the office-js adapter keeps it:
 * A the sheet, C the inputs it was written from, D the cell of its stale note, E whether the
 * note is there (B1 holds the list's explanation). The xlsx adapter reads and writes column A
 * only; a sheet it listed has no inputs and no note cell recorded, so it counts as written from
 * unknown inputs.
 */
export interface OwnedSheet {
  name: string;
  /** The fingerprint of the input tables of the calculation that wrote the sheet ('' = unknown). */
  inputs: string;
  /** Where the stale note goes on the sheet, "H1"; '' when unknown. */
  note: string;
  /** The stale note is on the sheet. */
  stale: boolean;
}

/** Column E's word for a sheet that carries the stale note. */
export const STALE_FLAG = 'inaktuellt';

/** The list's rows (the used range from A1) as records; rows without a name are skipped. */
export function parseOwnedRows(values: readonly (readonly unknown[])[]): OwnedSheet[] {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const records: OwnedSheet[] = [];
  for (const row of values) {
    const name = text(row[0]);
    if (name === '') continue;
    records.push({ name, inputs: text(row[2]), note: text(row[3]), stale: text(row[4]) === STALE_FLAG });
  }
  return records;
}

export function recordOf(records: readonly OwnedSheet[], name: string): OwnedSheet | undefined {
  return records.find((r) => sameSheetName(r.name, name));
}
