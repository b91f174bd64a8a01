import ExcelJS from 'exceljs';
import { EXIT_OK, EXIT_USAGE, EXIT_WORKBOOK_ERRORS, runCli } from '../../src/cli/cli';
import type { RawTable } from '../../src/engine/cells';
import { createXlsx } from '../../src/workbook/xlsx';
import { publishedMini } from '../engine/publish/publishedMini';
import { table } from '../engine/helpers';
import { pdfText } from '../publish/pdfText';
import { MemoryIO } from './memoryIO';

async function xlsxOf(tables: RawTable[]): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeInputTables(tables);
  return wb.toBuffer();
}

function ioWith(files: Record<string, Uint8Array>): MemoryIO {
  const io = new MemoryIO();
  for (const [name, bytes] of Object.entries(files)) io.files.set(name, bytes);
  return io;
}

let mini: Uint8Array;
let example: Uint8Array;
beforeAll(async () => {
  mini = await xlsxOf(publishedMini());
  const io = new MemoryIO();
  await runCli(['example', 'ex.xlsx'], io);
  example = io.files.get('ex.xlsx') as Uint8Array;
});

describe('intaktsmodell pricelist', () => {
  it('writes the price list as PDF with the label and the year in the footer, IN unchanged', async () => {
    const io = ioWith({ 'in.xlsx': mini });
    const code = await runCli(['pricelist', 'in.xlsx', '--out', 'prislista.pdf', '--label', 'Servicenämnden 2021-11-18'], io);
    expect([code, io.err.replace(/\[.*\n/g, '')]).toEqual([EXIT_OK, '']);
    expect(io.files.get('in.xlsx')).toBe(mini);
    const { text, pages } = pdfText(io.files.get('prislista.pdf') as Uint8Array);
    expect(pages).toBe(1);
    expect(text).toMatch(/Lev\s+faktura\s+13 kr per faktura\s+12,50 kr\s+\+4,0 %/);
    expect(text).toMatch(/Prislista 2022 · Servicenämnden 2021-11-18\s+Sida 1 av 1/);
    expect(io.out).toMatch(/^Skrev prislista 2022 \(Servicenämnden 2021-11-18\) till prislista\.pdf: 4 tjänster i 2 verksamhetsområden/m);
  });

  it('labels a list without --label "Utkast" and the day’s date', async () => {
    const io = ioWith({ 'in.xlsx': mini });
    expect(await runCli(['pricelist', 'in.xlsx', '--out', 'p.pdf', '--quiet'], io)).toBe(EXIT_OK);
    // MemoryIO's clock starts at 0 ms: 1 January 1970 (in any time zone west of UTC+13 the 1st or 31 December 1969).
    expect(pdfText(io.files.get('p.pdf') as Uint8Array).text).toMatch(/Prislista 2022 · Utkast (1970-01-01|1969-12-31)\s+Sida 1 av 1/);
    expect(io.out).toBe('');
  });

  it('writes the same content as a printable A4 sheet in a new workbook', async () => {
    const io = ioWith({ 'in.xlsx': mini });
    expect(await runCli(['pricelist', 'in.xlsx', '--out', 'prislista.xlsx', '--label', 'Servicenämnden 2021-11-18', '--quiet'], io)).toBe(EXIT_OK);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(io.files.get('prislista.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Prislista 2022']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(sheet.headerFooter.oddFooter).toBe('&L&8Prislista 2022 · Servicenämnden 2021-11-18&C&R&8Sida &P av &N');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 6)));
    expect(rows[0]).toEqual(['Prislista 2022']);
    const lev = rows.find((r) => r[0] === 'Lev');
    expect(lev).toEqual(['Lev', 'faktura', '13\u00a0kr per faktura', 12.5, 0.04]);
    const levRow = sheet.getColumn(1).values.indexOf('Lev');
    expect(sheet.getCell(levRow, 5).numFmt).toBe('+0.0%;-0.0%;0.0%');
    expect(sheet.getCell(levRow, 4).numFmt).toBe('#,##0.00');
    expect(rows.find((r) => r[0] === 'Kassa')).toEqual(['Kassa', '–', 'Fast avgift efter Omsättning', '–', '–']);
    expect(sheet.getCell(levRow + 1, 1).value).toBe('Leverantörsfakturor: skanning, kontering och attestflöde\nBastjänst · SLA: Betalning i tid för 99 %');
  });

  it('writes the example’s printable sheet with every service, within Excel’s limits', async () => {
    const io = ioWith({ 'in.xlsx': example });
    expect(await runCli(['pricelist', 'in.xlsx', '--out', 'prislista.xlsx', '--label', 'Servicenämnden & KS 2021-11-18', '--quiet'], io)).toBe(EXIT_OK);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(io.files.get('prislista.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Prislista 2021')!;
    // & starts a code in Excel's footer: the label's is doubled.
    expect(sheet.headerFooter.oddFooter).toBe('&L&8Prislista 2021 · Servicenämnden && KS 2021-11-18&C&R&8Sida &P av &N');
    const names = sheet.getColumn(1).values;
    for (const service of ['Leverantörsreskontra', 'Lön bastjänst', 'Stockholm Direkt', 'Ekonomipaket bolag', 'Referenstagning']) expect(names).toContain(service);
    const headers = names.filter((v) => v === 'Tjänst').length;
    expect(headers).toBe(6);
  });

  it('writes nothing and exits 1 when the workbook has errors', async () => {
    const broken = publishedMini().map((t) => (t.name === 'Nycklar' ? table('Nycklar', t.headers, [...t.rows, ['A', 'Bolag', 1, 1]]) : t));
    const io = ioWith({ 'in.xlsx': await xlsxOf(broken) });
    expect(await runCli(['pricelist', 'in.xlsx', '--out', 'p.pdf'], io)).toBe(EXIT_WORKBOOK_ERRORS);
    expect(io.out).toMatch(/p\.pdf skrevs inte eftersom arbetsboken har fel/);
    expect(io.files.has('p.pdf')).toBe(false);
  });

  it.each([
    [['pricelist', 'in.xlsx'], /required option '--out/],
    [['pricelist', 'in.xlsx', '--out', 'p.docx'], /utfilen p\.docx ska sluta på \.pdf eller \.xlsx/],
    [['pricelist', 'in.xlsx', '--out', 'in.xlsx'], /samma fil som indatafilen/],
    [['pricelist', 'in.xlsx', '--out', 'p.pdf', '--label', 'x'.repeat(101)], /--label har 101 tecken; den står i sidfoten och får ha högst 100/],
    [['pricelist', 'in.xlsx', '--out', 'p.pdf', '--label', 'rad ett\nrad två'], /--label ska vara en rad text/],
    [['pricelist', 'saknas.xlsx', '--out', 'p.pdf'], /kunde inte läsa saknas\.xlsx/],
  ])('exits 2 for unusable arguments: %j', async (args, message) => {
    const io = ioWith({ 'in.xlsx': mini });
    expect(await runCli(args, io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(message);
    expect(io.files.has('p.pdf') || io.files.has('p.docx')).toBe(false);
    expect(io.files.get('in.xlsx')).toBe(mini);
  });
});

describe('intaktsmodell statement --pdf', () => {
  it('writes one customer’s Kundbesked as PDF with its figures and the customer in the footer', async () => {
    const io = ioWith({ 'in.xlsx': example });
    const code = await runCli(['statement', 'in.xlsx', '--customer', 'Södermalm stadsdelsförvaltning', '--pdf', 'kb.pdf'], io);
    expect([code, io.err.replace(/\[.*\n/g, '')]).toEqual([EXIT_OK, '']);
    const { text, pages } = pdfText(io.files.get('kb.pdf') as Uint8Array);
    expect(text).toContain('Kundbesked 2021');
    expect(text).toContain('Södermalm stadsdelsförvaltning');
    expect(text).toContain('Budgetår 2021 (1 januari–31 december 2021)');
    // The figures docs/arbetsbok.md gives for Södermalm: extra handling 916 375 kr; Kundreskontra 1 648 920 kr last year against 1 711 545 kr, +3,8 %.
    expect(text).toContain('Er extra hantering kostar er 916 375 kr per år (11 900 avvikelser).');
    expect(text).toMatch(/Kundreskontra[^\n]*1 711 545\s+1 648 920\s+\+3,8 %/);
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`Kundbesked 2021 · Södermalm stadsdelsförvaltning\\s+Sida ${n} av ${pages}`));
    expect(io.out).toMatch(/^Skrev kundbesked för Södermalm stadsdelsförvaltning till kb\.pdf/m);
  });

  it('--all with --out and --pdf: a sheet per customer and one PDF, each customer from a new page', async () => {
    const io = ioWith({ 'in.xlsx': example });
    expect(await runCli(['statement', 'in.xlsx', '--all', '--out', 'kb.xlsx', '--pdf', 'kb.pdf', '--quiet'], io)).toBe(EXIT_OK);
    expect(io.files.has('kb.xlsx')).toBe(true);
    const { text, pages } = pdfText(io.files.get('kb.pdf') as Uint8Array);
    const starts = text.split('\f').filter((page) => /^\s*Kundbesked 2021\n/.test(page)).length;
    // The example's 34 customers, each starting a page.
    expect(starts).toBe(34);
    expect(pages).toBeGreaterThanOrEqual(34);
    expect(text).toMatch(new RegExp(`Kundbesked 2021\\s+Sida ${pages} av ${pages}`));
  });
});
