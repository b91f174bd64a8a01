import { Dec } from '../decimal';
import { msg } from '../messages/catalog';
import { ProblemList } from '../read/problemList';
import type { KonteringRule } from './kontering';
import { monthKey } from './ledgerMonth';
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
  /**
   * Summed per (Kostnadsobjekt, Kostnadsslag, Fördelas efter), in the order the first row of
   * each came; by month (Utfall) per (Kostnadsobjekt, Kostnadsslag, month), month by month.
   */
  lines: (ImportedLine & { rows: number })[];
  unmapped: UnmappedGroup[];
  ledgerTotal: string;
  importedTotal: string;
  unmappedTotal: string;
  rows: number;
  mappedRows: number;
  /** Kontering rows no ledger row landed on (a mistyped account, or a rule a more specific one always beats). */
  unusedRules: number[];
  /** By month (an import into Utfall), in month order: each month reconciles as the totals do. */
  months?: MonthReconciliation[];
}

/** One month's reconciliation: imported = ledger − unmapped, each summed on its own. */
export interface MonthReconciliation {
  /** "2027-03". */
  month: string;
  ledger: string;
  unmapped: string;
  imported: string;
  /** The ledger rows booked in the month. */
  rows: number;
}

/**
 * Every ledger row on exactly one rule (the most specific, match.ts), or listed as unmapped with
 * its sum; two rules that tie for a row are an error naming both. The sums are exact (Dec), and
 * the totals are added up separately, so `imported = ledger − unmapped` is checked, not assumed.
 */
export function mapLedger(rows: readonly LedgerRow[], rules: readonly KonteringRule[], file: string, problems: ProblemList, options: { byMonth?: boolean } = {}): LedgerMapping {
  const byMonth = options.byMonth === true;
  const months = new Map<string, { ledger: Dec; unmapped: Dec; rows: number }>();
  const lines = new Map<string, { line: ImportedLine; sum: Dec; rows: number }>();
  const unmapped = new Map<string, { group: UnmappedGroup; sum: Dec }>();
  const reportedTies = new Set<string>();
  let ledgerTotal = new Dec(0);
  let mappedRows = 0;
  const used = new Set<number>();
  for (const row of rows) {
    const amount = new Dec(row.amount);
    ledgerTotal = ledgerTotal.plus(amount);
    const month = byMonth ? monthOf(row) : undefined;
    let perMonth = month === undefined ? undefined : months.get(month);
    if (month !== undefined && !perMonth) months.set(month, (perMonth = { ledger: new Dec(0), unmapped: new Dec(0), rows: 0 }));
    if (perMonth) {
      perMonth.ledger = perMonth.ledger.plus(amount);
      perMonth.rows++;
    }
    const found = ruleFor(rules, row);
    if (found === null) {
      if (perMonth) perMonth.unmapped = perMonth.unmapped.plus(amount);
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
    // Per month (Utfall) the key is the object, the cost type and the month; Fördelas efter is Kostnader's.
    const last = month ?? rule.fordelasEfter.toLocaleLowerCase('sv-SE');
    const key = [rule.kostnadsobjekt.toLocaleLowerCase('sv-SE'), rule.kostnadsslag.toLocaleLowerCase('sv-SE'), last].join('\u0000');
    let l = lines.get(key);
    if (!l) {
      const line: ImportedLine = { kostnadsobjekt: rule.kostnadsobjekt, kostnadsslag: rule.kostnadsslag, fordelasEfter: month === undefined ? rule.fordelasEfter : '', amount: '0' };
      if (month !== undefined) line.month = month;
      lines.set(key, (l = { line, sum: new Dec(0), rows: 0 }));
    }
    l.sum = l.sum.plus(amount);
    l.rows++;
  }
  const ordered = [...lines.values()];
  // Per month, the months in order; within a month, the order their first ledger row came (a stable sort).
  if (byMonth) ordered.sort((a, b) => ((a.line.month as string) < (b.line.month as string) ? -1 : (a.line.month as string) > (b.line.month as string) ? 1 : 0));
  const imported = ordered.map((l) => ({ ...l.line, amount: l.sum.toFixed(), rows: l.rows }));
  const missing = [...unmapped.values()].map((u) => ({ ...u.group, amount: u.sum.toFixed() }));
  const importedTotal = imported.reduce((s, l) => s.plus(l.amount), new Dec(0));
  const unmappedTotal = missing.reduce((s, u) => s.plus(u.amount), new Dec(0));
  if (problems.hasErrors === false && !importedTotal.equals(ledgerTotal.minus(unmappedTotal))) {
    throw new Error(`Avstämningen går inte ihop: ${importedTotal.toFixed()} ≠ ${ledgerTotal.toFixed()} − ${unmappedTotal.toFixed()}`);
  }
  const monthly = byMonth ? reconcileMonths(months, imported, problems.hasErrors) : undefined;
  return {
    lines: imported,
    unmapped: missing,
    ledgerTotal: ledgerTotal.toFixed(),
    importedTotal: importedTotal.toFixed(),
    unmappedTotal: unmappedTotal.toFixed(),
    rows: rows.length,
    mappedRows,
    unusedRules: rules.map((r) => r.row).filter((row) => !used.has(row)),
    ...(monthly ? { months: monthly } : {}),
  };
}

function monthOf(row: LedgerRow): string {
  if (!row.month || row.month.year === null) throw new Error(`mapLedger per månad: rad ${row.line} saknar månad eller år`);
  return monthKey(row.month);
}

/** Each month's imported sum added up from the lines on its own, and checked against its ledger − unmapped. */
function reconcileMonths(months: Map<string, { ledger: Dec; unmapped: Dec; rows: number }>, imported: readonly ImportedLine[], hasErrors: boolean): MonthReconciliation[] {
  const importedByMonth = new Map<string, Dec>();
  for (const l of imported) importedByMonth.set(l.month as string, (importedByMonth.get(l.month as string) ?? new Dec(0)).plus(l.amount));
  return [...months.keys()].sort().map((month) => {
    const m = months.get(month) as { ledger: Dec; unmapped: Dec; rows: number };
    const sum = importedByMonth.get(month) ?? new Dec(0);
    if (!hasErrors && !sum.equals(m.ledger.minus(m.unmapped))) {
      throw new Error(`Avstämningen för ${month} går inte ihop: ${sum.toFixed()} ≠ ${m.ledger.toFixed()} − ${m.unmapped.toFixed()}`);
    }
    return { month, ledger: m.ledger.toFixed(), unmapped: m.unmapped.toFixed(), imported: sum.toFixed(), rows: m.rows };
  });
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
