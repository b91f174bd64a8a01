import type { CellValue, RawTable } from './cells';
import type { Calculation } from './calc/calculate';
import { toNumber } from './decimal';
import { normalizeName, normalizeTableName } from './schema';

/** The tables of the year's actuals: next year starts with them empty. */
const ACTUAL_TABLES = ['Utfall', 'Utfallsvolymer', 'Utfallsavvikelser', 'Fakturerat'].map(normalizeTableName);
/** Settings that belong to the year followed: left out of next year's Inställningar. */
const YEAR_SETTINGS = ['Uppföljning t.o.m.'].map(normalizeName);

/**
 * Next year's input tables from this year's (`intaktsmodell rollover`, docs/arbetsbok.md "The roll
 * to next year"). Everything the user typed is kept as it is, except:
 * - Inställningar: Budgetår + 1; Resultatfond IB = this year's closing balance (Resultatfond);
 *   Uppföljning t.o.m. left out.
 * - Tjänster: Fjolårspris = this year's Pris (blank for a service without a unit price).
 * - Volymer: Fjolårsvolym = this year's forecast volume (the actuals when the year is closed),
 *   else this year's Volym.
 * - Fjolårsbelopp: this year's charges per customer and service (Fördelning's Belopp, Varav
 *   avvikelser its Avvikelsepåslag), with the settlement's lines added when the year settles.
 * - Utfall, Utfallsvolymer, Utfallsavvikelser and Fakturerat: their rows emptied.
 * Pure: the tables are copied, the input is not changed.
 */
export function rolloverTables(tables: readonly RawTable[], calc: Calculation): RawTable[] {
  const out: RawTable[] = [];
  let lastYearAmounts: RawTable | null = null;
  for (const t of tables) {
    const name = normalizeTableName(t.name);
    if (ACTUAL_TABLES.includes(name)) out.push({ ...t, rows: [] });
    else if (name === normalizeTableName('Inställningar')) out.push(settings(t, calc));
    else if (name === normalizeTableName('Tjänster')) {
      const prices = unitPrices(calc);
      out.push(withColumn(t, 'Fjolårspris', (row) => prices.get(normalizeName(text(row, t, 'Tjänst'))) ?? null));
    }
    else if (name === normalizeTableName('Volymer')) {
      const forecast = forecastVolumes(calc);
      const volym = column(t, 'Volym');
      out.push(withColumn(t, 'Fjolårsvolym', (row) => forecast.get(pairKey(text(row, t, 'Kund'), text(row, t, 'Tjänst'))) ?? row[volym] ?? null));
    }
    else if (name === normalizeTableName('Fjolårsbelopp')) out.push((lastYearAmounts = charges(t, calc)));
    else out.push(nextYearMonths(t, calc.model.settings.budgetYear));
  }
  if (lastYearAmounts === null) out.push(charges({ name: 'Fjolårsbelopp', sheet: 'Fjolårsbelopp', headers: ['Kund', 'Tjänst', 'Belopp', 'Varav avvikelser'], rows: [] }, calc));
  return out;
}

/** Month columns that may name the year: Månadsprofil's Månad, Nycklar's Från månad and Till månad. */
const MONTH_COLUMNS = ['Månad', 'Från månad', 'Till månad'].map(normalizeName);

/** A copy of the table whose months of this budget year ("2021-03", a date) name next year's. */
function nextYearMonths(t: RawTable, year: number | null): RawTable {
  const columns = t.headers.map((h, i) => (MONTH_COLUMNS.includes(normalizeName(h)) ? i : -1)).filter((i) => i >= 0);
  const rows = t.rows.map((r) => {
    const row = [...r];
    if (year !== null) for (const i of columns) row[i] = nextYearMonth(row[i] ?? null, year);
    return row;
  });
  return { ...t, rows };
}

function nextYearMonth(cell: CellValue, year: number): CellValue {
  if (typeof cell === 'string') {
    const m = /^(\d{4})(-\d{1,2}(?:-\d{2})?)$/.exec(cell.trim());
    return m && Number(m[1]) === year ? `${year + 1}${m[2]}` : cell;
  }
  if (cell !== null && typeof cell === 'object' && 'date' in cell && cell.date.startsWith(`${year}-`)) return { ...cell, date: `${year + 1}${cell.date.slice(4)}` };
  return cell;
}

function column(t: RawTable, header: string): number {
  return t.headers.findIndex((h) => normalizeName(h) === normalizeName(header));
}

function text(row: readonly CellValue[], t: RawTable, header: string): string {
  const v = row[column(t, header)];
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

/** The table with `header` set on every row (the column added at the end when missing). */
function withColumn(t: RawTable, header: string, value: (row: readonly CellValue[]) => CellValue): RawTable {
  let i = column(t, header);
  const headers = i < 0 ? [...t.headers, header] : [...t.headers];
  if (i < 0) i = headers.length - 1;
  const at = i;
  const rows = t.rows.map((r) => {
    const row = [...r];
    while (row.length < headers.length) row.push(null);
    row[at] = value(r);
    return row;
  });
  return { ...t, headers, rows };
}

function settings(t: RawTable, calc: Calculation): RawTable {
  const p = column(t, 'Parameter');
  const v = column(t, 'Värde');
  const year = calc.model.settings.budgetYear;
  const closing = calc.settlement?.fund.closing ?? null;
  const rows = t.rows
    .filter((r) => !YEAR_SETTINGS.includes(normalizeName(String(r[p] ?? ''))))
    .map((r) => {
      const name = normalizeName(String(r[p] ?? ''));
      const row = [...r];
      if (name === normalizeName('Budgetår') && year !== null) row[v] = year + 1;
      if (name === normalizeName('Resultatfond IB') && closing !== null) row[v] = calc.money.toNumber(closing);
      return row;
    });
  return { ...t, rows };
}

/** service -> this year's unit price, next year's Fjolårspris; a service priced without one is not in it (blank). */
function unitPrices(calc: Calculation): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of calc.services) if (r.price !== null) out.set(normalizeName(r.service.name), toNumber(r.price));
  return out;
}

function pairKey(customer: string, service: string): string {
  return `${normalizeName(customer)}\u0000${normalizeName(service)}`;
}

/** customer × service -> the forecast volume (the actual once the year is closed): next year's Fjolårsvolym. */
function forecastVolumes(calc: Calculation): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of calc.followUp?.volumes ?? []) out.set(pairKey(v.customer, v.result.service.name), toNumber(v.forecast));
  return out;
}

/** Fjolårsbelopp for next year: this year's charges, and the settlement's lines when the year settles. */
function charges(t: RawTable, calc: Calculation): RawTable {
  const money = calc.money;
  const settlement = calc.settlement?.lines ?? [];
  const settled = new Map(settlement.map((l) => [pairKey(l.customer, l.service.result.service.name), l.amount]));
  const rows: CellValue[][] = [];
  for (const r of calc.services) {
    for (const c of r.charges) {
      const key = pairKey(c.customer, r.service.name);
      const amount = c.amount + (settled.get(key) ?? 0);
      settled.delete(key);
      // Varav avvikelser may not pass the amount (a credit can take it below the surcharge).
      const deviations = Math.min(c.surcharge, Math.max(0, amount));
      rows.push([c.customer, r.service.name, money.toNumber(amount), deviations > 0 ? money.toNumber(deviations) : null]);
    }
  }
  // A settlement line of a customer with no charge this year (one who was only invoiced).
  for (const l of settlement) if (settled.has(pairKey(l.customer, l.service.result.service.name))) rows.push([l.customer, l.service.result.service.name, money.toNumber(l.amount), null]);
  return { ...t, headers: ['Kund', 'Tjänst', 'Belopp', 'Varav avvikelser'], rows };
}
