import { Dec } from '../decimal';
import { msg } from '../messages/catalog';
import { ProblemList } from '../read/problemList';
import type { KonteringRule } from './kontering';
import { ruleFor } from './match';
import type { ImportedLine } from './targets';
import type { LedgerRow } from './types';

/** Ledger rows no rule took, summed per combination of dimensions. */
export interface UnmappedGroup {
  konto: string;
  ansvar: string;
  verksamhet: string;
  aktivitet: string;
  amount: string;
  /** The ledger lines (file line numbers or table rows). */
  lines: number[];
}

export interface LedgerMapping {
  /** Summed per (Kostnadsobjekt, Kostnadsslag, Fördelas efter), in the order the first row of each came. */
  lines: (ImportedLine & { rows: number })[];
  unmapped: UnmappedGroup[];
  ledgerTotal: string;
  importedTotal: string;
  unmappedTotal: string;
  rows: number;
  mappedRows: number;
  /** Kontering rows no ledger row landed on (a mistyped account, or a rule a more specific one always beats). */
  unusedRules: number[];
}

/**
 * Every ledger row on exactly one rule (the most specific, match.ts), or listed as unmapped with
 * its sum; two rules that tie for a row are an error naming both. The sums are exact (Dec), and
 * the totals are added up separately, so `imported = ledger − unmapped` is checked, not assumed.
 */
export function mapLedger(rows: readonly LedgerRow[], rules: readonly KonteringRule[], file: string, problems: ProblemList): LedgerMapping {
  const lines = new Map<string, { line: ImportedLine; sum: Dec; rows: number }>();
  const unmapped = new Map<string, { group: UnmappedGroup; sum: Dec }>();
  const reportedTies = new Set<string>();
  let ledgerTotal = new Dec(0);
  let mappedRows = 0;
  const used = new Set<number>();
  for (const row of rows) {
    const amount = new Dec(row.amount);
    ledgerTotal = ledgerTotal.plus(amount);
    const found = ruleFor(rules, row);
    if (found === null) {
      const key = [row.konto, row.ansvar, row.verksamhet, row.aktivitet].join('\u0000');
      let u = unmapped.get(key);
      if (!u) unmapped.set(key, (u = { group: { konto: row.konto, ansvar: row.ansvar, verksamhet: row.verksamhet, aktivitet: row.aktivitet, amount: '0', lines: [] }, sum: new Dec(0) }));
      u.sum = u.sum.plus(amount);
      u.group.lines.push(row.line);
      continue;
    }
    if ('tie' in found) {
      const [a, b] = found.tie;
      const key = `${a.row}\u0000${b.row}`;
      if (!reportedTies.has(key)) {
        reportedTies.add(key);
        problems.error('kontering-tie', a.place(null), msg('konteringTie', { file, line: row.line, konto: row.konto, first: a.place(null), second: b.place(null), firstRule: describe(a), secondRule: describe(b) }));
      }
      continue;
    }
    mappedRows++;
    const { rule } = found;
    used.add(rule.row);
    const key = [rule.kostnadsobjekt.toLocaleLowerCase('sv-SE'), rule.kostnadsslag.toLocaleLowerCase('sv-SE'), rule.fordelasEfter.toLocaleLowerCase('sv-SE')].join('\u0000');
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { line: { kostnadsobjekt: rule.kostnadsobjekt, kostnadsslag: rule.kostnadsslag, fordelasEfter: rule.fordelasEfter, amount: '0' }, sum: new Dec(0), rows: 0 }));
    l.sum = l.sum.plus(amount);
    l.rows++;
  }
  const imported = [...lines.values()].map((l) => ({ ...l.line, amount: l.sum.toFixed(), rows: l.rows }));
  const missing = [...unmapped.values()].map((u) => ({ ...u.group, amount: u.sum.toFixed() }));
  const importedTotal = imported.reduce((s, l) => s.plus(l.amount), new Dec(0));
  const unmappedTotal = missing.reduce((s, u) => s.plus(u.amount), new Dec(0));
  if (problems.hasErrors === false && !importedTotal.equals(ledgerTotal.minus(unmappedTotal))) {
    throw new Error(`Avstämningen går inte ihop: ${importedTotal.toFixed()} ≠ ${ledgerTotal.toFixed()} − ${unmappedTotal.toFixed()}`);
  }
  return {
    lines: imported,
    unmapped: missing,
    ledgerTotal: ledgerTotal.toFixed(),
    importedTotal: importedTotal.toFixed(),
    unmappedTotal: unmappedTotal.toFixed(),
    rows: rows.length,
    mappedRows,
    unusedRules: rules.map((r) => r.row).filter((row) => !used.has(row)),
  };
}

/** "Konto 54*, Ansvar 100 → IT-pool / IT". */
function describe(rule: KonteringRule): string {
  const parts = (['Konto', 'Ansvar', 'Verksamhet', 'Aktivitet'] as const)
    .map((d) => {
      const c = rule.conditions[d];
      const text = c.kind === 'exact' ? c.value : c.kind === 'prefix' ? `${c.prefix}*` : c.kind === 'range' ? `${c.from}-${c.to}` : '';
      return text === '' ? '' : `${d} ${text}`;
    })
    .filter((t) => t !== '');
  return parts.join(', ');
}
