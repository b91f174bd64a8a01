import type { RawTable } from '../cells';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';
import { ProblemList } from '../read/problemList';
import { ledgerColumns, ledgerRows, readLedgerCsv } from './csvLedger';
import { inBudgetYear, workbookBudgetYear } from './actualsYear';
import { readKontering } from './kontering';
import { mapLedger, type LedgerMapping } from './mapLedger';
import { readSie, sieLedger, SIE_POSTS, type SiePost } from './sieReader';
import type { ImportTarget } from './targets';
import type { LedgerFile } from './types';

/** A ledger export: a file's bytes (SIE or CSV), or the tables of an xlsx export read by the adapter. */
export type LedgerSource = { bytes: Uint8Array } | { tables: readonly RawTable[] };

export interface LedgerImport {
  problems: ProblemList;
  /** Null when the file or the rules could not be read. */
  file: LedgerFile | null;
  mapping: LedgerMapping | null;
}

/** A SIE file starts with a label (#FLAGGA); anything else is read as a CSV export. */
export function isSie(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  return bytes[i] === 0x23;
}

/**
 * Reads the ledger export and the workbook's Kontering rules and puts every ledger row on its
 * rule (mapLedger). Nothing is written here: the caller writes `mapping.lines` into the
 * target's table when there are no errors (and, in strict mode, nothing unmapped).
 */
export function importLedger(source: LedgerSource, fileName: string, workbookTables: readonly RawTable[], target: ImportTarget, siePost?: SiePost): LedgerImport {
  const problems = new ProblemList();
  const monthly = target.monthly === true;
  // Utfall: the rows' months are checked against Budgetår, so it must be there.
  const year = monthly ? workbookBudgetYear(workbookTables) : null;
  if (monthly && year === null) problems.error('ledger-no-budget-year', { table: 'Inställningar', column: 'Värde' }, msg('actualsNoBudgetYear', {}));
  let file = readLedger(source, fileName, target.defaultSiePost, siePost, monthly, problems);
  const rules = readKontering(workbookTables, problems);
  if (file !== null && year !== null && !problems.hasErrors) file = { ...file, rows: inBudgetYear(file.rows, year, fileName, problems) };
  if (file === null || rules === null || problems.hasErrors) return { problems, file, mapping: null };
  const mapping = mapLedger(file.rows, rules, fileName, problems, { byMonth: monthly });
  return { problems, file, mapping: problems.hasErrors ? null : mapping };
}

function readLedger(source: LedgerSource, fileName: string, defaultPost: SiePost, asked: SiePost | undefined, monthly: boolean, problems: ProblemList): LedgerFile | null {
  if ('tables' in source) {
    for (const table of source.tables) {
      // The export's table is the first with Konto and Belopp; its month column is then required (Utfall).
      if (ledgerColumns(table.headers, fileName, new ProblemList()) === null) continue;
      const columns = ledgerColumns(table.headers, fileName, problems, monthly);
      if (columns === null) return null;
      const origin = table.origin?.row ?? 1;
      const rows = ledgerRows(table.rows, columns, fileName, problems, (i) => origin + 1 + i, table.headers);
      return { kind: `xlsx ${table.name}`, rows };
    }
    problems.error('ledger-no-table', { table: fileName }, msg('ledgerNoTable', { file: fileName }));
    return null;
  }
  if (!isSie(source.bytes)) return readLedgerCsv(source.bytes, fileName, problems, monthly);
  const sie = readSie(source.bytes, fileName, problems);
  if (problems.hasErrors) return null;
  const post = asked ?? defaultPost;
  if (monthly && post === 'PBUDGET') {
    // A budget booked as actuals would pass every check and be wrong.
    problems.error('sie-budget-as-actuals', { table: fileName }, msg('actualsNotBudget', { file: fileName }));
    return null;
  }
  const count = (p: SiePost) => sie.posts[p].filter((a) => p === 'TRANS' || a.year === 0).length;
  if (count(post) === 0) {
    const found = SIE_POSTS.filter((p) => p !== post && count(p) > 0).map((p) => `#${p} (${count(p)})`);
    problems.error('sie-no-post', { table: fileName }, msg('sieNoPost', { file: fileName, post, found: names(found) }));
    return null;
  }
  return sieLedger(sie, post, fileName, problems, monthly);
}
