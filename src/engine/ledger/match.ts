import type { Condition, KonteringRule } from './kontering';
import { DIMENSIONS, dimensionOf, type LedgerRow } from './types';

export function matches(condition: Condition, value: string): boolean {
  return matchesKey(condition, value.trim().toLocaleLowerCase('sv-SE'));
}

/** `matches` for a value already trimmed and lower-cased (once per row, not per rule). */
function matchesKey(condition: Condition, v: string): boolean {
  switch (condition.kind) {
    case 'any':
      return true;
    case 'exact':
      return v === condition.value;
    case 'prefix':
      return v.startsWith(condition.prefix);
    case 'range':
      return /^\d+$/.test(v) && v.length === condition.from.length && v >= condition.from && v <= condition.to;
  }
}

export function ruleMatches(rule: KonteringRule, row: LedgerRow): boolean {
  return DIMENSIONS.every((d) => matches(rule.conditions[d], dimensionOf(row, d)));
}

/**
 * How specific a rule is for a row it matches, compared part by part (the first difference
 * decides; smaller is more specific):
 * 1. the number of dimensions the rule leaves blank (a rule that says more about the row wins);
 * 2. Konto: how many accounts of the row's account's length the condition covers: one account 1,
 *    a range its count (5000-5999: 1 000), a prefix 10 to the power of the digits it leaves open
 *    (54* for a four-digit account: 100), blank 10 to the power of the length;
 * 3. then Ansvar, Verksamhet and Aktivitet in this order: an exact value before a prefix, a
 *    longer prefix before a shorter one, a prefix before blank.
 * Two matching rules that are equal in every part tie: an error naming both.
 */
export function specificity(rule: KonteringRule, row: LedgerRow): bigint[] {
  const blanks = DIMENSIONS.filter((d) => rule.conditions[d].kind === 'any').length;
  const length = BigInt(row.konto.trim().length);
  const konto = rule.conditions.Konto;
  const width =
    konto.kind === 'exact'
      ? 1n
      : konto.kind === 'range'
        ? BigInt(konto.to) - BigInt(konto.from) + 1n
        : konto.kind === 'prefix'
          ? 10n ** (length - BigInt(konto.prefix.length))
          : 10n ** length;
  const text = (c: Condition): bigint[] => (c.kind === 'exact' ? [0n, 0n] : c.kind === 'prefix' ? [1n, -BigInt(c.prefix.length)] : [2n, 0n]);
  return [BigInt(blanks), width, ...text(rule.conditions.Ansvar), ...text(rule.conditions.Verksamhet), ...text(rule.conditions.Aktivitet)];
}

export function compareSpecificity(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as bigint;
    const y = b[i] as bigint;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The rule a row lands on, none, or the two most specific rules when they tie. */
export function ruleFor(rules: readonly KonteringRule[], row: LedgerRow): { rule: KonteringRule } | { tie: [KonteringRule, KonteringRule] } | null {
  let best: KonteringRule | null = null;
  let bestKey: bigint[] = [];
  let tied: KonteringRule | null = null;
  const [konto, ansvar, verksamhet, aktivitet] = DIMENSIONS.map((d) => dimensionOf(row, d).trim().toLocaleLowerCase('sv-SE')) as [string, string, string, string];
  const digits = /^\d+$/.test(konto);
  for (const rule of rules) {
    // Konto first: most rules are told apart by it (a country's ledger has 10^5 rows and hundreds of rules).
    const k = rule.conditions.Konto;
    if (k.kind === 'range' ? !(digits && konto.length === k.from.length && konto >= k.from && konto <= k.to) : !matchesKey(k, konto)) continue;
    const c = rule.conditions;
    if (!matchesKey(c.Ansvar, ansvar) || !matchesKey(c.Verksamhet, verksamhet) || !matchesKey(c.Aktivitet, aktivitet)) continue;
    const key = specificity(rule, row);
    const order = best === null ? -1 : compareSpecificity(key, bestKey);
    if (order < 0) {
      best = rule;
      bestKey = key;
      tied = null;
    } else if (order === 0 && tied === null) {
      tied = rule;
    }
  }
  if (best === null) return null;
  return tied === null ? { rule: best } : { tie: [best, tied] };
}
