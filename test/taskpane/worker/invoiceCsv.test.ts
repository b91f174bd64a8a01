import { EXIT_OK, runCli } from '../../../src/cli/cli';
import type { CellValue, RawTable } from '../../../src/engine/cells';
import { exampleTables } from '../../../src/example';
import { createXlsx } from '../../../src/workbook/xlsx';
import { readCsv } from '../../cli/csvReader';
import { MemoryIO } from '../../cli/memoryIO';
import { table } from '../../engine/helpers';
import { withSetting } from '../../engine/lastYearTables';
import { blobOf, clonedWorker, failure } from './clonedWorker';

const worker = () => clonedWorker();

/** `intaktsmodell invoice in.xlsx --out out.csv [extra]` on these tables: the file's bytes. */
async function cliCsv(tables: RawTable[], extra: string[] = []): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  const io = new MemoryIO();
  io.files.set('in.xlsx', await wb.toBuffer());
  expect(await runCli(['invoice', 'in.xlsx', '--out', 'out.csv', '--quiet', ...extra], io)).toBe(EXIT_OK);
  return io.bytes('out.csv');
}

const BOM = [0xef, 0xbb, 0xbf];
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '');
/** A field of the file in öre: "-1234,5" → -123450n (exact). */
function ore(field: string | undefined): bigint {
  const m = /^(-?)(\d+)(?:,(\d{1,2}))?$/.exec(field ?? '');
  if (m === null) throw new Error(`not an amount: ${field}`);
  const value = BigInt(m[2] as string) * 100n + BigInt(((m[3] ?? '') + '00').slice(0, 2));
  return m[1] === '-' ? -value : value;
}

/** The ERP layout of docs/arbetsbok.md ("Input table Fakturakolumner"), with the VAT columns. */
const LAYOUT: CellValue[][] = [
  ['Kundnummer', 'Kundnr'],
  ['Period', null],
  ['Artikel', null],
  ['Intäktskonto', 'Konto'],
  ['Ansvar', null],
  ['Verksamhet', null],
  ['Netto', 'Belopp exkl moms'],
  ['Momssats', 'Moms %'],
  ['Moms', null],
  ['Brutto', null],
  ['Text', 'Fakturatext'],
];
const withLayout = (tables: RawTable[]) => tables.map((t) => (t.name === 'Fakturakolumner' ? table('Fakturakolumner', ['Kolumn', 'Rubrik'], LAYOUT) : t));

describe('the invoice file as CSV from the pane’s worker', () => {
  it('refuses before a run, in both languages', async () => {
    const ask = worker();
    expect(failure(await ask({ kind: 'invoiceCsv', settlement: false }))).toEqual({
      sv: 'Ingen beräkning är gjord: tryck på Beräkna först.',
      en: 'Nothing has been calculated: press Beräkna first.',
    });
  });

  it('writes Fakturaunderlag of the example byte for byte as `intaktsmodell invoice --out FILE.csv` does: BOM, semicolons, CRLF, the five columns', async () => {
    const tables = exampleTables();
    const ask = worker();
    await ask({ kind: 'calculate', tables });
    const pane = await blobOf(await ask({ kind: 'invoiceCsv', settlement: false }));
    expect(pane.type).toBe('text/csv;charset=utf-8');
    expect([...pane.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(Buffer.from(pane.bytes).equals(Buffer.from(await cliCsv(tables)))).toBe(true);
    const decoded = text(pane.bytes);
    expect(decoded.startsWith('Kund;Tjänst;Period;Belopp;Text\r\n')).toBe(true);
    expect(decoded.endsWith('\r\n')).toBe(true);
    const records = readCsv(decoded);
    // Every month of the budget year, every line with a Belopp in decimal comma (or whole kronor).
    expect(new Set(records.slice(1).map((r) => r[2]))).toEqual(new Set(Array.from({ length: 12 }, (_, m) => `2021-${String(m + 1).padStart(2, '0')}`)));
    expect(records.slice(1).every((r) => /^-?\d+(,\d{1,2})?$/.test(r[3] ?? ''))).toBe(true);
  });

  it('follows Fakturakolumner with the VAT columns, as the command line: the companies’ VAT 1 461 700,00 kr; Slutavräkning’s −22 901,50 kr', async () => {
    const tables = withLayout(exampleTables());
    const ask = worker();
    const run = await ask({ kind: 'calculate', tables });
    expect(run.kind).toBe('done');
    const basis = await blobOf(await ask({ kind: 'invoiceCsv', settlement: false }));
    expect(Buffer.from(basis.bytes).equals(Buffer.from(await cliCsv(tables)))).toBe(true);
    const records = readCsv(text(basis.bytes));
    expect(records[0]).toEqual(['Kundnr', 'Period', 'Artikel', 'Konto', 'Ansvar', 'Verksamhet', 'Belopp exkl moms', 'Moms %', 'Moms', 'Brutto', 'Fakturatext']);
    // The figures docs/arbetsbok.md gives for this layout: the eight companies' 5 846 800 kr at 25 %.
    expect(records.slice(1).reduce((sum, r) => sum + ore(r[8]), 0n)).toBe(146_170_000n);
    expect(records.slice(1).every((r) => ore(r[6]) + ore(r[8]) === ore(r[9]))).toBe(true);

    const settlement = await blobOf(await ask({ kind: 'invoiceCsv', settlement: true }));
    expect(Buffer.from(settlement.bytes).equals(Buffer.from(await cliCsv(tables, ['--slutavrakning'])))).toBe(true);
    const lines = readCsv(text(settlement.bytes));
    expect(lines[0]).toEqual(records[0]);
    expect(lines.slice(1).reduce((sum, r) => sum + ore(r[8]), 0n)).toBe(-2_290_150n);
    expect(lines.slice(1).reduce((sum, r) => sum + ore(r[9]), 0n)).toBe(-49_938_050n);
  });

  it('says so when the workbook settles nothing (Avräkning Ingen), in both languages', async () => {
    const tables = withSetting(exampleTables(), 'Avräkning', 'Ingen');
    const ask = worker();
    await ask({ kind: 'calculate', tables });
    const { sv, en } = failure(await ask({ kind: 'invoiceCsv', settlement: true }));
    expect(sv).toContain('Arbetsboken avräknar inget');
    expect(en).toContain('The workbook settles nothing');
  });
});
