import type { RawTable } from '../cells';
import { inputFingerprint } from '../inputFingerprint';
import { normalizeTableName, TABLE_ORDER } from '../schema';

const INPUT_TABLES = new Set(TABLE_ORDER.map(normalizeTableName));

/**
 * The fingerprint a decided version records: of the input tables the calculation reads
 * (TABLE_ORDER), so that outputs, Kontering and Beslutade versioner itself change nothing, and
 * the same inputs give the same fingerprint in every host (Excel reads only these tables).
 */
export function decidedInputs(tables: readonly RawTable[]): string {
  return inputFingerprint(tables.filter((t) => INPUT_TABLES.has(normalizeTableName(t.name))));
}
