import type { RawTable } from '../../src/engine/cells';
import { exampleTables } from '../../src/example';

/** The mark of the earlier import the ledger workbook's Ekonomi row carries. */
export const EARLIER_IMPORT = 'Huvudboksimport: budget2026.csv 2025-12-01';

/**
 * The pane's import tests' workbook (the worker's and the built page's): the example, its Ekonomi
 * row an earlier import's (Källa), and Kontering rules onto Ekonomi and Reskontra. Every table at
 * A1 of its sheet.
 */
export function ledgerWorkbook(): RawTable[] {
  const tables = exampleTables().map((t) => ({ ...t, origin: t.origin ?? { row: 1, column: 1 } }));
  const costs = tables.find((t) => t.name === 'Kostnader')!;
  costs.headers = [...costs.headers, 'Källa'];
  costs.rows = costs.rows.map((row) => [...row, row[0] === 'Ekonomi' && row[2] === 3_200_000 ? EARLIER_IMPORT : null]);
  const kontering: RawTable = {
    name: 'Kontering',
    sheet: 'Kontering',
    headers: ['Konto', 'Ansvar', 'Verksamhet', 'Aktivitet', 'Kostnadsobjekt', 'Kostnadsslag', 'Fördelas efter'],
    rows: [
      ['7*', null, null, null, 'Ekonomi', 'Personal', 'Årsarbetare'],
      ['54*', '100', null, null, 'Reskontra', 'System', 'Årsarbetare'],
    ],
    origin: { row: 1, column: 1 },
  };
  return [...tables, kontering];
}
