import { normalizeName } from '../engine/schema';

/**
 * The table's headers with the import's mark column (Källa): where it is, or added at the right
 * when the table has none (`added`). Both adapters place it so (xlsx/import, office/write-imported-rows).
 */
export function withMarkColumn(headers: readonly string[], markColumn: string): { headers: string[]; markIndex: number; added: boolean } {
  const index = headers.findIndex((h) => normalizeName(h) === normalizeName(markColumn));
  if (index >= 0) return { headers: [...headers], markIndex: index, added: false };
  return { headers: [...headers, markColumn], markIndex: headers.length, added: true };
}
