import { EXIT_OK, runCli } from '../../src/cli/cli';
import type { CellValue, RawTable } from '../../src/engine/cells';
import { exampleTables } from '../../src/example';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook, table } from '../engine/helpers';
import { withSetting } from '../engine/lastYearTables';
import { readCsv } from './csvReader';
import { MemoryIO } from './memoryIO';
import { xlsxCheckAvailable, xlsxFindings } from '../workbook/xlsx/xlsx-check';

// `intaktsmodell invoice` with Fakturakolumner, VAT and the accounting columns, end to end.

async function xlsxOf(tables: RawTable[]): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  return wb.toBuffer();
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '');

/** A field of the file in öre: "-1234,5" → -123450n (exact, no float arithmetic). */
function ore(field: string | undefined): bigint {
  const m = /^(-?)(\d+)(?:,(\d{1,2}))?$/.exec(field ?? '');
  if (m === null) throw new Error(`not an amount: ${field}`);
  const value = BigInt(m[2] as string) * 100n + BigInt(((m[3] ?? '') + '00').slice(0, 2));
  return m[1] === '-' ? -value : value;
}

/** öre × percent / 100, half away from zero, in integers. */
const vatOre = (net: bigint, percent: bigint) => (net < 0n ? -1n : 1n) * (((net < 0n ? -net : net) * percent + 50n) / 100n);

const LAYOUT: CellValue[][] = [
  ['Kundnummer', 'Kundnr'],
  ['Motpart', null],
  ['Artikel', null],
  ['Intäktskonto', 'Konto'],
  ['Period', null],
  ['Månad', null],
  ['Netto', null],
  ['Momssats', 'Moms %'],
  ['Moms', null],
  ['Brutto', null],
  ['Text', 'Fakturatext'],
];
const HEADERS = ['Kundnr', 'Motpart', 'Artikel', 'Konto', 'Period', 'Månad', 'Netto', 'Moms %', 'Moms', 'Brutto', 'Fakturatext'];

/** The mini workbook for 2021 in öre (Beloppsavrundning 0,01), with customer numbers, articles and Fakturakolumner. */
function accounted(layout: CellValue[][] | null): RawTable[] {
  const tables = miniWorkbook().map((t) => {
    if (t.name === 'Nycklar') return table('Nycklar', [...t.headers, 'Kundnummer', 'Motpart'], t.rows.map((r, i) => [...r, String(1001 + i), r[1] === 'Bolag' ? '820' : '100']));
    if (t.name === 'Tjänster') return table('Tjänster', [...t.headers, 'Artikel', 'Intäktskonto'], t.rows.map((r, i) => [...r, `EK0${i + 1}`, 3810]));
    return t;
  });
  const withLayout = layout === null ? tables : [...tables, table('Fakturakolumner', ['Kolumn', 'Rubrik'], layout)];
  return withSetting(withSetting(withLayout, 'Beloppsavrundning', 0.01), 'Budgetår', 2021);
}

async function invoice(tables: RawTable[], out: string, extra: string[] = []): Promise<MemoryIO> {
  const io = new MemoryIO();
  io.files.set('in.xlsx', await xlsxOf(tables));
  expect(await runCli(['invoice', 'in.xlsx', '--out', out, ...extra], io)).toBe(EXIT_OK);
  return io;
}

describe('intaktsmodell invoice with Fakturakolumner', () => {
  let io: MemoryIO;
  let records: string[][];
  beforeAll(async () => {
    io = await invoice(accounted(LAYOUT), 'fu.csv');
    records = readCsv(decode(io.bytes('fu.csv')));
  });

  it('writes the chosen fields in the chosen order, under their Rubrik (blank = the field’s name)', () => {
    expect(records[0]).toEqual(HEADERS);
    expect(records.slice(1).every((r) => r.length === HEADERS.length)).toBe(true);
    // A (1001, Lev = article EK02) in March: the accounting data from Nycklar and Tjänster.
    const march = records.find((r) => r[0] === '1001' && r[2] === 'EK02' && r[4] === '2021-03');
    expect(march?.slice(0, 4)).toEqual(['1001', '100', 'EK02', '3810']);
    expect(march?.[5]).toBe('3');
  });

  it('puts VAT at 25 % on the company’s lines only, each line net + VAT to the öre', () => {
    const lines = records.slice(1);
    const company = lines.filter((r) => r[0] === '1003');
    expect(company.length).toBeGreaterThan(0);
    expect(company.every((r) => r[1] === '820' && r[7] === '25')).toBe(true);
    // With Beloppsavrundning 0,01 the net amounts have öre: the rounding is exercised.
    expect(company.some((r) => ore(r[6]) % 4n !== 0n)).toBe(true);
    for (const r of company) {
      expect([r[8], ore(r[8])]).toEqual([r[8], vatOre(ore(r[6]), 25n)]);
      expect(ore(r[9])).toBe(ore(r[6]) + ore(r[8]));
    }
    const administrations = lines.filter((r) => r[0] !== '1003');
    expect(administrations.every((r) => r[7] === '0' && r[8] === '0' && r[9] === r[6])).toBe(true);
  });

  it('keeps the net amounts of the five-column file, and each customer’s total is its lines’', async () => {
    const plain = readCsv(decode((await invoice(accounted(null), 'plain.csv')).bytes('plain.csv')));
    expect(plain[0]).toEqual(['Kund', 'Tjänst', 'Period', 'Belopp', 'Text']);
    const netOf = (rows: string[][], at: number, customerAt: number, customer: string) => rows.filter((r) => r[customerAt] === customer).reduce((s, r) => s + ore(r[at]), 0n);
    for (const [name, number] of [['A', '1001'], ['B', '1002'], ['C', '1003']]) {
      const net = netOf(records.slice(1), 6, 0, number as string);
      expect([name, net]).toEqual([name, netOf(plain.slice(1), 3, 0, name as string)]);
      expect(netOf(records.slice(1), 9, 0, number as string)).toBe(net + netOf(records.slice(1), 8, 0, number as string));
    }
    // The command says the file's VAT and gross totals, the sums of its lines.
    const vat = records.slice(1).reduce((s, r) => s + ore(r[8]), 0n);
    const kronor = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2 }).format(Number(vat) / 100);
    expect(io.out).toContain(`Moms ${kronor} kr, brutto `);
  });

  it('writes the same layout to .xlsx: headers as Rubrik, amounts as numbers, a package Excel opens without repair', async () => {
    const xio = await invoice(accounted(LAYOUT), 'fu.xlsx');
    // The totals of the lines once, though the writer reads them twice (the CSV's line above).
    expect(xio.out.split('\n')[1]).toBe(io.out.split('\n')[1]);
    const bytes = xio.files.get('fu.xlsx') as Uint8Array;
    const [t] = await (await openXlsx(bytes)).readTables();
    expect(t?.headers).toEqual(HEADERS);
    expect(t?.rows).toHaveLength(records.length - 1);
    expect(t?.rows.every((r) => typeof r[6] === 'number' && typeof r[9] === 'number' && typeof r[4] === 'string')).toBe(true);
    if (xlsxCheckAvailable()) expect(xlsxFindings(bytes)).toEqual([]);
  });
});

describe('intaktsmodell invoice --slutavrakning with Fakturakolumner', () => {
  it('writes the settlement in the same layout, the companies’ credits with VAT', async () => {
    const tables = [...exampleTables().filter((t) => t.name !== 'Fakturakolumner'), table('Fakturakolumner', ['Kolumn', 'Rubrik'], LAYOUT)];
    const io = await invoice(tables, 'sa.csv', ['--slutavrakning']);
    const rows = readCsv(decode(io.bytes('sa.csv')));
    expect(rows[0]).toEqual(HEADERS);
    const lines = rows.slice(1);
    // The example returns 476 479 kr (docs/arbetsbok.md, Result fund and settlement).
    expect(lines.reduce((s, r) => s + ore(r[6]), 0n)).toBe(-47_647_900n);
    const companies = lines.filter((r) => r[1] === '820');
    expect(companies.length).toBeGreaterThan(0);
    for (const r of companies) {
      expect(r[7]).toBe('25');
      expect(ore(r[8])).toBe(vatOre(ore(r[6]), 25n));
      expect(ore(r[9])).toBe(ore(r[6]) + ore(r[8]));
    }
    expect(lines.filter((r) => r[1] === '100').every((r) => r[8] === '0')).toBe(true);
    expect(io.out).toMatch(/rader slutavräkning till sa\.csv/);
    const vat = companies.reduce((s, r) => s + ore(r[8]), 0n);
    expect(io.out).toContain(`Moms ${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2 }).format(Number(vat) / 100)} kr, brutto −`);
  });
});
