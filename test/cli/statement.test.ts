import ExcelJS from 'exceljs';
import { EXIT_OK, EXIT_USAGE, EXIT_WORKBOOK_ERRORS, runCli } from '../../src/cli/cli';
import type { RawTable } from '../../src/engine/cells';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { miniWorkbook, table } from '../engine/helpers';
import { MemoryIO } from './memoryIO';

async function xlsxOf(tables: RawTable[]): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  return wb.toBuffer();
}

async function sheetsOf(bytes: Uint8Array | string | undefined): Promise<ExcelJS.Worksheet[]> {
  if (!(bytes instanceof Uint8Array)) throw new Error('no workbook written');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets;
}

function column(sheet: ExcelJS.Worksheet, c: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) out.push(sheet.getCell(r, c).value);
  return out;
}

let example: Uint8Array;
beforeAll(async () => {
  const io = new MemoryIO();
  await runCli(['example', 'ex.xlsx'], io);
  example = io.files.get('ex.xlsx') as Uint8Array;
});

function ioWith(files: Record<string, Uint8Array>): MemoryIO {
  const io = new MemoryIO();
  for (const [name, bytes] of Object.entries(files)) io.files.set(name, bytes);
  return io;
}

describe('intaktsmodell statement', () => {
  it('writes one customer’s Kundbesked as a new workbook with one sheet, and leaves IN unchanged', async () => {
    const io = ioWith({ 'in.xlsx': example });
    const code = await runCli(['statement', 'in.xlsx', '--customer', 'södermalm stadsdelsförvaltning', '--out', 'kb.xlsx'], io);
    expect([code, io.err.replace(/\[.*\n/g, '')]).toEqual([EXIT_OK, '']);
    expect(io.files.get('in.xlsx')).toBe(example);
    const sheets = await sheetsOf(io.files.get('kb.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual(['Kundbesked Södermalm sdf']);
    const a = column(sheets[0]!, 1);
    expect(a.slice(0, 2)).toEqual(['Kundbesked 2021', 'Södermalm stadsdelsförvaltning']);
    expect(a).toContain('Er extra hantering kostar er 916\u00a0375\u00a0kr per år (11\u00a0900 avvikelser).');
    // It holds this customer only: no input table, nobody else's figures.
    expect(await (await openXlsx(io.files.get('kb.xlsx') as Uint8Array)).readTables()).toEqual([]);
    expect(a).not.toContain('Norrmalm stadsdelsförvaltning');
    expect(io.out).toMatch(/^Skrev kundbesked för Södermalm stadsdelsförvaltning till kb\.xlsx/);
  });

  it('--customer several times: one sheet each, in the order given, a repeated name once', async () => {
    const io = ioWith({ 'in.xlsx': example });
    const args = ['statement', 'in.xlsx', '--customer', 'Trafikkontoret', '--customer', 'Bromma stadsdelsförvaltning', '--customer', 'trafikkontoret', '--out', 'kb.xlsx'];
    expect(await runCli(args, io)).toBe(EXIT_OK);
    expect((await sheetsOf(io.files.get('kb.xlsx'))).map((s) => s.name)).toEqual(['Kundbesked Trafikkontoret', 'Kundbesked Bromma sdf']);
  });

  it('--all: one sheet per customer in Nycklar order', async () => {
    const io = ioWith({ 'in.xlsx': example });
    expect(await runCli(['statement', 'in.xlsx', '--all', '--out', 'alla.xlsx', '--quiet'], io)).toBe(EXIT_OK);
    const sheets = await sheetsOf(io.files.get('alla.xlsx'));
    expect(sheets).toHaveLength(34);
    expect(sheets[0]?.getCell(2, 1).value).toBe('Rinkeby-Kista stadsdelsförvaltning');
    expect(io.out).toBe('');
  });

  it('an unknown customer exits 2 naming the close names, and writes nothing', async () => {
    const io = ioWith({ 'in.xlsx': example });
    expect(await runCli(['statement', 'in.xlsx', '--customer', 'Sodermalm', '--out', 'kb.xlsx'], io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(/kunden "Sodermalm" finns inte i Nycklar\. Närmaste namn: "Södermalm stadsdelsförvaltning"\./);
    expect(io.files.has('kb.xlsx')).toBe(false);
  });

  it('a workbook with errors exits 1, prints them and writes nothing', async () => {
    const tables = miniWorkbook().map((t) => (t.name === 'Volymer' ? table('Volymer', t.headers, [...t.rows, ['A', 'Lev', 'abc']]) : t));
    const io = ioWith({ 'in.xlsx': await xlsxOf(tables) });
    expect(await runCli(['statement', 'in.xlsx', '--customer', 'A', '--out', 'kb.xlsx'], io)).toBe(EXIT_WORKBOOK_ERRORS);
    expect(io.out).toMatch(/"abc" är inte ett tal/);
    expect(io.files.has('kb.xlsx')).toBe(false);
  });

  it.each([
    [['statement', 'in.xlsx', '--out', 'kb.xlsx'], /ange vilken kund med --customer/],
    [['statement', 'in.xlsx', '--all', '--customer', 'A', '--out', 'kb.xlsx'], /antingen --customer eller --all/],
    [['statement', 'in.xlsx', '--customer', 'A'], /ange vart kundbeskeden ska skrivas: --out UT.xlsx/],
    [['statement', 'in.xlsx', '--customer', 'A', '--pdf', 'kb.xlsx'], /--pdf kb.xlsx: filen ska sluta på .pdf/],
    [['statement', 'in.xlsx', '--customer', 'A', '--out', 'kb.pdf'], /ange en \.xlsx-fil/],
    [['statement', 'in.xlsx', '--customer', 'A', '--out', 'in.xlsx'], /samma fil som indatafilen/],
    [['statement', 'saknas.xlsx', '--customer', 'A', '--out', 'kb.xlsx'], /kunde inte läsa saknas\.xlsx/],
  ])('exits 2 for unusable arguments: %j', async (args, message) => {
    const io = ioWith({ 'in.xlsx': await xlsxOf(miniWorkbook()) });
    expect(await runCli(args, io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(message);
    expect(io.files.has('kb.xlsx') || io.files.has('kb.pdf')).toBe(false);
  });
});

describe('intaktsmodell trace', () => {
  it('prints what a customer’s amounts are made of, and writes the Spårning rows as JSON', async () => {
    const io = ioWith({ 'in.xlsx': await xlsxOf(miniWorkbook()) });
    expect(await runCli(['trace', 'in.xlsx', '--customer', 'a', '--json', 'a.json'], io)).toBe(EXIT_OK);
    // Worked by hand in test/engine/trace.test.ts.
    expect(io.out).toMatch(/^A: Kassa \(Fast\) +810 kr\n  Fast del: nyckel Omsättning, 600 av 1\u00a0000 = 60,00 % +810 kr\n    Kostnader rad 1: Kassa, Personal +600 kr\n    Kostnader rad 5: Nämnd och administration \(gemensam pool\), Lokaler, 20,00 % efter Årsarbetare +120 kr\n/);
    expect(io.out).toMatch(/A: Uppdrag \(Direkt\) +900 kr/);
    const rows = io.json('a.json')['Spårning']!;
    expect(rows.filter((r) => r['Tjänst'] === 'Kundres').map((r) => [r['Kostnadsrad'], r['Belopp']])).toEqual([[3, 700], [5, 70], [6, 105]]);
    expect(rows.reduce((a, r) => a + Number(r['Belopp']), 0)).toBe(3885); // A's total in mini.test.ts
  });

  it('--service narrows it to one service; a service the customer does not use says so', async () => {
    const io = ioWith({ 'in.xlsx': await xlsxOf(miniWorkbook()) });
    expect(await runCli(['trace', 'in.xlsx', '--customer', 'C', '--service', 'lev'], io)).toBe(EXIT_OK);
    expect(io.out).toMatch(/^C: Lev \(Styck\) +520 kr\n  Rörlig del: 40 faktura à 13,00 kr +520 kr\n/);
    const none = ioWith({ 'in.xlsx': await xlsxOf(miniWorkbook()) });
    expect(await runCli(['trace', 'in.xlsx', '--customer', 'C', '--service', 'Kundres'], none)).toBe(EXIT_OK);
    expect(none.out).toBe('C betalar inget för Kundres.\n');
  });

  it('unknown customers and services exit 2 with the close names', async () => {
    const io = ioWith({ 'in.xlsx': await xlsxOf(miniWorkbook()) });
    expect(await runCli(['trace', 'in.xlsx', '--customer', 'A', '--service', 'Kundress'], io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(/tjänsten "Kundress" finns inte i Tjänster\. Närmaste namn: Kundres\./);
  });
});
