import { decFromCell, toNumber, ZERO } from '../decimal';
import type { OutputTable, OutputValue } from '../output';
import { normalizeName } from '../schema';
import { VERSION_COMPARISON } from '../versions/sheet';
import type { DecidedCharge, DecidedVersion } from '../versions/version';
import { outputTable } from './columns';

export const VERSION_COMPARISON_COLUMNS = [
  ['Tjänst', 'text'],
  ['Kund', 'text'],
  ['Storhet', 'text'],
  ['Beslutat', 'price'],
  ['Nu', 'price'],
  ['Differens', 'price'],
  ['Status', 'text'],
  ['Anmärkning', 'text'],
] as const;

export type VersionStatus = 'Oförändrad' | 'Ändrad' | 'Ny' | 'Borttagen';

/**
 * Versionsjämförelse (docs/arbetsbok.md, "Decided versions"): the calculation now against a
 * decided version. First a line on the inputs (their fingerprint now against the decided one),
 * then per service its Prismodell (only when it changed), Pris and Pris per nyckelenhet (where
 * either side has one) and Intäkt; then per customer what it pays for each service (Belopp) and
 * in all (Totalt). Status: Ny (only now), Borttagen (only decided), Oförändrad or Ändrad.
 * Differens is Nu − Beslutat, exact; an amount missing on one side counts as 0, a price missing
 * on one side leaves Differens empty.
 */
export function versionComparison(decided: DecidedVersion, now: DecidedVersion): OutputTable {
  const same = decided.inputs === now.inputs;
  const rows: OutputValue[][] = [
    [
      null,
      null,
      'Indata',
      null,
      null,
      null,
      same ? 'Oförändrad' : 'Ändrad',
      same
        ? `Jämfört med versionen "${decided.label}", beslutad ${decided.date}: indata är desamma som då (kontrollsumma ${now.inputs}).`
        : `Jämfört med versionen "${decided.label}", beslutad ${decided.date}: indata har ändrats sedan dess (kontrollsumma då ${decided.inputs}, nu ${now.inputs}).`,
    ],
  ];

  for (const [d, n] of paired(decided.services, now.services, (s) => normalizeName(s.service))) {
    const service = (n ?? d)!.service;
    if (d && n && (d.model ?? '') !== (n.model ?? '')) rows.push([service, null, 'Prismodell', null, null, null, 'Ändrad', `${d.model ?? '–'} → ${n.model ?? '–'}`]);
    if (d?.price != null || n?.price != null) rows.push(line(service, null, 'Pris', d, n, d?.price ?? null, n?.price ?? null, false));
    if (d?.perKeyUnit != null || n?.perKeyUnit != null) rows.push(line(service, null, 'Pris per nyckelenhet', d, n, d?.perKeyUnit ?? null, n?.perKeyUnit ?? null, false));
    rows.push(line(service, null, 'Intäkt', d, n, d?.revenue ?? null, n?.revenue ?? null, true));
  }

  const customers = paired(groupByCustomer(decided.charges), groupByCustomer(now.charges), (g) => normalizeName(g.customer));
  for (const [d, n] of customers) {
    const customer = (n ?? d)!.customer;
    let decidedTotal = ZERO;
    let nowTotal = ZERO;
    for (const [dc, nc] of paired(d?.charges ?? [], n?.charges ?? [], (c) => normalizeName(c.service))) {
      rows.push(line((nc ?? dc)!.service, customer, 'Belopp', dc, nc, dc?.amount ?? null, nc?.amount ?? null, true));
      if (dc) decidedTotal = decidedTotal.plus(decFromCell(dc.amount));
      if (nc) nowTotal = nowTotal.plus(decFromCell(nc.amount));
    }
    rows.push(line(null, customer, 'Totalt', d, n, d ? toNumber(decidedTotal) : null, n ? toNumber(nowTotal) : null, true));
  }
  return outputTable(VERSION_COMPARISON, VERSION_COMPARISON_COLUMNS, rows);
}

function line(
  service: string | null,
  customer: string | null,
  quantity: string,
  decidedSide: unknown,
  nowSide: unknown,
  decided: number | null,
  now: number | null,
  amount: boolean,
): OutputValue[] {
  const status: VersionStatus = !decidedSide ? 'Ny' : !nowSide ? 'Borttagen' : sameNumber(decided, now) ? 'Oförändrad' : 'Ändrad';
  const difference =
    decided !== null && now !== null
      ? toNumber(decFromCell(now).minus(decFromCell(decided)))
      : amount && (decided !== null || now !== null)
        ? toNumber((now === null ? ZERO : decFromCell(now)).minus(decided === null ? ZERO : decFromCell(decided)))
        : null;
  return [service, customer, quantity, decided, now, difference, status, null];
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return decFromCell(a).eq(decFromCell(b));
}

/** Pairs of (decided, now) by key: now's order first, then what only the decided version has, in its order. */
function paired<T>(decided: readonly T[], now: readonly T[], key: (x: T) => string): [T | undefined, T | undefined][] {
  const earlier = new Map<string, T>();
  for (const x of decided) earlier.set(key(x), x);
  const seen = new Set<string>();
  const pairs: [T | undefined, T | undefined][] = [];
  for (const x of now) {
    seen.add(key(x));
    pairs.push([earlier.get(key(x)), x]);
  }
  for (const x of decided) if (!seen.has(key(x))) pairs.push([x, undefined]);
  return pairs;
}

interface CustomerCharges {
  customer: string;
  charges: DecidedCharge[];
}

function groupByCustomer(charges: readonly DecidedCharge[]): CustomerCharges[] {
  const groups = new Map<string, CustomerCharges>();
  for (const c of charges) {
    const k = normalizeName(c.customer);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { customer: c.customer, charges: [] }));
    g.charges.push(c);
  }
  return [...groups.values()];
}

