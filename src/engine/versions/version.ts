import { Dec, decFromCell, toNumber, ZERO } from '../decimal';
import { rowBlocks, type OutputTable, type OutputValue } from '../output';
import { normalizeName } from '../schema';

/** A service as a decided version holds it: the price list's figures. */
export interface DecidedService {
  service: string;
  model: string | null;
  unit: string | null;
  /** Pris: the unit price charged; null for Fast and Direkt. */
  price: number | null;
  /** Pris per nyckelenhet, at 15 significant digits (what a cell keeps); null when not keyed. */
  perKeyUnit: number | null;
  /** Intäkt: whole kronor. */
  revenue: number;
}

/** What one customer pays for one service (Fördelning's Belopp, deviation surcharges included). */
export interface DecidedCharge {
  customer: string;
  service: string;
  amount: number;
}

/** A version: the label it was decided under, the UTC day, the inputs' fingerprint and its figures. */
export interface DecidedVersion {
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  inputs: string;
  services: DecidedService[];
  /** Grouped by customer, in the order customers first appear in Fördelning. */
  charges: DecidedCharge[];
}

/**
 * The calculation's figures as a version would hold them, taken from its Prislista and
 * Fördelning (the tables the user sees), so that what is decided is what was shown.
 */
export function snapshot(outputs: readonly OutputTable[], label: string, date: string, inputs: string): DecidedVersion {
  const priceList = outputNamed(outputs, 'Prislista');
  const allocation = outputNamed(outputs, 'Fördelning');
  const p = columnsOf(priceList, ['Tjänst', 'Prismodell', 'Enhet', 'Pris', 'Pris per nyckelenhet', 'Intäkt']);
  const services: DecidedService[] = [];
  for (const block of rowBlocks(priceList)) {
    for (const row of block) {
      services.push({
        service: String(row[p[0]!]),
        model: textOrNull(row[p[1]!]),
        unit: textOrNull(row[p[2]!]),
        price: numberOrNull(row[p[3]!]),
        perKeyUnit: cellPrecision(numberOrNull(row[p[4]!])),
        revenue: Number(row[p[5]!] ?? 0),
      });
    }
  }
  const a = columnsOf(allocation, ['Kund', 'Tjänst', 'Belopp']);
  // customer → service → amount, both in order of first appearance.
  const byCustomer = new Map<string, { customer: string; services: Map<string, { service: string; amount: Dec }> }>();
  for (const block of rowBlocks(allocation)) {
    for (const row of block) {
      const customer = String(row[a[0]!]);
      const service = String(row[a[1]!]);
      const amount = row[a[2]!];
      let c = byCustomer.get(normalizeName(customer));
      if (!c) byCustomer.set(normalizeName(customer), (c = { customer, services: new Map() }));
      const s = c.services.get(normalizeName(service));
      const add = typeof amount === 'number' ? decFromCell(amount) : ZERO;
      if (s) s.amount = s.amount.plus(add);
      else c.services.set(normalizeName(service), { service, amount: add });
    }
  }
  const charges: DecidedCharge[] = [];
  for (const c of byCustomer.values()) for (const s of c.services.values()) charges.push({ customer: c.customer, service: s.service, amount: toNumber(s.amount) });
  return { label, date, inputs, services, charges };
}

/** A version's rows in Beslutade versioner (sheet.ts DECISION_COLUMNS): the services, then the customers'. */
export function versionRows(v: DecidedVersion): OutputValue[][] {
  const head = [v.label, v.date, v.inputs];
  return [
    ...v.services.map((s) => [...head, s.service, null, s.model, s.unit, s.price, s.perKeyUnit, s.revenue]),
    ...v.charges.map((c) => [...head, c.service, c.customer, null, null, null, null, c.amount]),
  ];
}

/** A number as a cell keeps it: 15 significant digits, so that a version read back compares equal. */
export function cellPrecision(value: number | null): number | null {
  return value === null ? null : toNumber(decFromCell(value));
}

function outputNamed(outputs: readonly OutputTable[], name: string): OutputTable {
  const table = outputs.find((o) => o.name === name);
  if (!table) throw new Error(`Utdatatabellen ${name} saknas i beräkningen.`);
  return table;
}

function columnsOf(table: OutputTable, headers: readonly string[]): number[] {
  return headers.map((h) => {
    const i = table.columns.findIndex((c) => c.header === h);
    if (i < 0) throw new Error(`Utdatatabellen ${table.name} saknar kolumnen ${h}.`);
    return i;
  });
}

function textOrNull(v: OutputValue | undefined): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

function numberOrNull(v: OutputValue | undefined): number | null {
  return typeof v === 'number' ? v : null;
}
