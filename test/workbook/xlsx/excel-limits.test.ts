import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeInputTables } from '../../../src/workbook/xlsx/write-input-tables';
import { finishPackage } from '../../../src/workbook/xlsx/written-package';
import { customerStatement, runModel, type Statement } from '../../../src/engine';
import type { OutputTable } from '../../../src/engine/output';
import { exampleTables } from '../../../src/example';
import { ExcelLimitError } from '../../../src/workbook/excel-limits';
import { statementPage } from '../../../src/workbook/statement-layout';
import { createXlsx, openXlsx, statementsXlsx } from '../../../src/workbook/xlsx';
import { quotePrintNames } from '../../../src/workbook/xlsx/written-package';
import { miniWorkbook } from '../../engine/helpers';
import { xlsxCheckAvailable, xlsxFindings } from './xlsx-check';
import { refusal } from '../refusal';

// Excel's limits in what the xlsx adapter writes (issue 12): refused before any change, or
// written as Excel itself writes it. Packages are checked with the shared xlsx-check (schemas,
// defined names, table column names) where python3-lxml is installed.

const checked = xlsxCheckAvailable() ? it : it.skip;
/** Every finding: exceljs's `legacyDrawing` after `tableParts` is put right when the package is written (written-package.ts). */
const findings = (bytes: Uint8Array) => xlsxFindings(bytes);
const mini = miniWorkbook();
const TOO_LONG = 'x'.repeat(32_768);

const renames: Record<string, string> = {
  'Södermalm stadsdelsförvaltning': "O'Brien AB",
  Utbildningsförvaltningen: "'Citat'",
  Stadsledningskontoret: `${'a'.repeat(18)}😀 Norr`,
};
const tables = exampleTables().map((t) => ({ ...t, rows: t.rows.map((row) => row.map((v) => (typeof v === 'string' && v in renames ? renames[v]! : v))) }));
const calc = runModel(tables).calculation!;
const statements = Object.values(renames).map((c) => customerStatement(calc, c));

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
}

function definedNames(xml: string): string[] {
  return [...xml.matchAll(/<definedName\b[^>]*name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => `${m[1]} ${m[2]!.replace(/&apos;/g, "'")}`);
}


describe('statements with apostrophes and emoji in the customer name', () => {
  it("names the sheets as Excel allows and quotes each print area as Excel does: 'Kundbesked O''Brien AB'!$A$1:$H$n", async () => {
    const bytes = await statementsXlsx(statements);
    const xml = await workbookXml(bytes);
    const names = definedNames(xml);
    const rows = statements.map((s) => statementPage(s).rows);
    expect(names).toEqual([
      `_xlnm.Print_Area 'Kundbesked O''Brien AB'!$A$1:$H$${rows[0]}`,
      `_xlnm.Print_Area 'Kundbesked Citat'!$A$1:$H$${rows[1]}`,
      `_xlnm.Print_Area 'Kundbesked ${'a'.repeat(18)}…'!$A$1:$H$${rows[2]}`,
    ]);
    // exceljs reads its package back (it could not before: the single apostrophe ended the name).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => [w.name, w.pageSetup.printArea])).toEqual([
      ["Kundbesked O'Brien AB", `A1:H${rows[0]}`],
      ['Kundbesked Citat', `A1:H${rows[1]}`],
      [`Kundbesked ${'a'.repeat(18)}…`, `A1:H${rows[2]}`],
    ]);
  });

  checked('passes xlsx-check with its schemas', async () => {
    expect(findings(await statementsXlsx(statements))).toEqual([]);
  });

  it('keeps the footer within 255 characters for a customer name of 300', async () => {
    const long = `${'L'.repeat(150)} & ${'M'.repeat(147)}`;
    const longTables = tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map((v) => (v === "'Citat'" ? long : v))) }));
    const bytes = await statementsXlsx([customerStatement(runModel(longTables).calculation!, long)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const footer = workbook.worksheets[0]!.headerFooter.oddFooter!;
    expect(footer.length).toBeLessThanOrEqual(255);
    expect(footer).toMatch(/^&L&8Intäktsmodell&C&8L{150} && M+…&R&8Sida &P av &N$/);
  });

  it('refuses a statement cell of more than 32 767 characters', async () => {
    const statement: Statement = { ...statements[0]!, customer: 'K'.repeat(40_000) };
    const error = await refusal(statementsXlsx([statement]));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toMatch(/^Bladet "Kundbesked K+…", cell A2: texten "K+…" är 40 000 tecken lång, men en cell i Excel rymmer högst 32 767\. Inget har skrivits\.$/);
  });
});

describe('a workbook with a sheet named with an apostrophe and a print area, through calculate --out', () => {
  it('keeps the print area quoted as Excel wrote it', async () => {
    // As Excel writes it: an ExcelJS package put right (quotePrintNames), then opened, given the outputs, written.
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Chef's anteckningar");
    sheet.getCell('A1').value = 'x';
    sheet.pageSetup.printArea = 'A1:C9';
    writeInputTables(source, mini);
    const workbook = await openXlsx(await finishPackage(source, new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer)));
    await workbook.writeOutputs(runModel(mini).outputs);
    const bytes = await workbook.toBuffer();
    expect(definedNames(await workbookXml(bytes))).toContain("_xlnm.Print_Area 'Chef''s anteckningar'!$A$1:$C$9");
    if (xlsxCheckAvailable()) expect(findings(bytes)).toEqual([]);
  });

  it.each([
    ['a print area', "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">&apos;O&apos;Brien&apos;!$A1:$H40</definedName>", "'O''Brien'!$A$1:$H$40"],
    ['print titles, rows and columns', "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">&apos;O&apos;Brien&apos;!$A:$B,&apos;O&apos;Brien&apos;!$1:$2</definedName>", "'O''Brien'!$A:$B,'O''Brien'!$1:$2"],
  ])('quotePrintNames doubles the apostrophe in %s', (_what, element, expected) => {
    const xml = `<workbook><sheets><sheet name="Blad1" sheetId="1"/><sheet name="O&apos;Brien" sheetId="2"/></sheets><definedNames>${element}<definedName name="Moms">Blad1!$A$1</definedName></definedNames></workbook>`;
    const out = quotePrintNames(xml);
    expect(definedNames(out)).toEqual([`${element.match(/name="([^"]+)"/)![1]} ${expected}`, 'Moms Blad1!$A$1']);
  });
});

describe('outputs past Excel limits', () => {
  const outputs = () => runModel(mini).outputs;
  const sheetsOf = async (bytes: Uint8Array) => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return w.worksheets.map((s) => s.name);
  };

  it('refuses a text of 32 768 characters, naming table, row and column, and changes nothing', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables(mini);
    const before = await sheetsOf(await workbook.toBuffer());
    const changed: OutputTable[] = outputs().map((o) => (o.name === 'Fördelning' ? { name: o.name, columns: o.columns, rows: o.rows.map((r, i) => (i === 4 ? r.map((v, j) => (j === 0 ? TOO_LONG : v)) : r)) } : o));
    const error = await refusal(workbook.writeOutputs(changed));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain(`Utdatatabellen Fördelning rad 5, kolumn ${changed.find((o) => o.name === 'Fördelning')!.columns[0]!.header}: texten "xxx`);
    expect(await sheetsOf(await workbook.toBuffer())).toEqual(before);
  });

  it.each([
    ['256 characters', 'S'.repeat(256), 'är 256 tecken lång'],
    ['a line break', 'Scenario\nB', 'radbrytning'],
    ['a repeat in another case', 'KUND', 'dubblerad'],
  ])('refuses a column name with %s', async (_what, header, message) => {
    const workbook = createXlsx();
    await workbook.writeInputTables(mini);
    const changed = outputs().map((o) => (o.name === 'Fördelning' ? { ...o, columns: o.columns.map((c, j) => (j === 1 ? { ...c, header } : c)) } : o));
    const error = await refusal(workbook.writeOutputs(changed));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain('Utdatatabellen Fördelning');
    expect(error.message).toContain(message);
  });

  checked('writes a text of exactly 32 767 characters whole, and the package passes xlsx-check', async () => {
    const workbook = createXlsx();
    await workbook.writeInputTables(mini);
    const changed = outputs().map((o) => (o.name === 'Kontroller' ? { ...o, rows: [['Varning', 'Nycklar', 1, null, null, 'y'.repeat(32_767)]] } : o));
    await workbook.writeOutputs(changed);
    const bytes = await workbook.toBuffer();
    const read = (await (await openXlsx(bytes)).readTables()).find((t) => t.name === 'Kontroller')!;
    expect(read.rows[0]![5]).toBe('y'.repeat(32_767));
    expect(findings(bytes)).toEqual([]);
  });
});
