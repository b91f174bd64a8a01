import ExcelJS from 'exceljs';
import { customerStatement, runModel, statementSheetNames, type Statement } from '../../../src/engine';
import { SheetProtectedError, WorkbookProtectedError } from '../../../src/workbook/office';
import { SheetNotOwnedError } from '../../../src/workbook/port';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import { statementsXlsx } from '../../../src/workbook/xlsx';
import type { FakeExcel } from './fake-excel';
import { syncCount } from './fake-excel';
import { example, excelWith, outputsOf, renameEverywhere, sheetSnapshots } from './helpers';

const calc = runModel(example()).calculation!;
const ALL = calc.model.customers.map((c) => c.name);
const SODERMALM = 'Södermalm stadsdelsförvaltning';
const statementsOf = (customers: readonly string[], c = calc): Statement[] => customers.map((name) => customerStatement(c, name));
const INPUT_SHEETS = example().map((t) => t.sheet);

function columnA(excel: FakeExcel, sheet: string): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 200; r++) {
    const v = excel.cell(sheet, `A${r}`).value;
    out.push(typeof v === 'string' ? v : '');
  }
  return out;
}

function rowOf(excel: FakeExcel, sheet: string, text: string): number {
  const r = columnA(excel, sheet).indexOf(text);
  if (r < 0) throw new Error(`no row "${text}" on ${sheet}`);
  return r + 1;
}

function owned(excel: FakeExcel): string[] {
  const out: string[] = [];
  for (let r = 1; excel.cell(OWNERSHIP_SHEET, `A${r}`).kind !== 'empty'; r++) out.push(String(excel.cell(OWNERSHIP_SHEET, `A${r}`).value));
  return out;
}

describe('writeStatements (Kundbesked in Excel)', () => {
  it('writes one sheet per chosen customer, named as the xlsx adapter names them, and owns them', async () => {
    const { excel, workbook } = excelWith(example());
    const customers = [SODERMALM, 'Utbildningsförvaltningen', 'Stadsledningskontoret'];
    const report = await workbook.writeStatements(statementsOf(customers));
    expect(report.sheets).toEqual(['Kundbesked Södermalm sdf', 'Kundbesked Utbildningsförv.', 'Kundbesked Stadsledningskontor…']);
    expect(report.sheets).toEqual(customers.map((c) => statementSheetNames(customers).get(c)));
    // New sheets go after the workbook's own.
    expect(excel.sheetNames().slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
    expect(excel.sheetNames().filter((n) => report.sheets.includes(n))).toEqual(report.sheets);
    expect(owned(excel)).toEqual(report.sheets);
    expect(excel.model.active?.name).toBe(report.sheets[0]);
    expect(excel.sheetNames().filter((n) => n.startsWith('_ikm_'))).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('lays out the page as the xlsx sheet: every value and number format the same, cell for cell', async () => {
    const { excel, workbook } = excelWith(example());
    const customers = [SODERMALM, 'Stadsledningskontoret'];
    const report = await workbook.writeStatements(statementsOf(customers));
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(Buffer.from(await statementsXlsx(statementsOf(customers))) as unknown as ArrayBuffer);
    for (const name of report.sheets) {
      const sheet = xlsx.getWorksheet(name)!;
      // Read before the loop: ExcelJS's getCell adds rows, and rowCount with them.
      const rows = sheet.rowCount;
      expect(rows).toBeGreaterThan(20);
      for (let r = 1; r <= rows + 2; r++) {
        for (let c = 1; c <= 8; c++) {
          const theirs = sheet.getCell(r, c);
          if (theirs.isMerged && theirs.master !== theirs) continue; // ExcelJS shows the master's value there
          const ours = excel.cell(name, `${String.fromCharCode(64 + c)}${r}`);
          const expected = theirs.value === null || theirs.value === undefined ? null : theirs.value;
          expect([r, c, ours.value]).toEqual([r, c, expected]);
          if (typeof expected === 'number') expect([r, c, ours.numberFormat]).toEqual([r, c, theirs.numFmt]);
          if (typeof expected === 'string') expect([r, c, ours.kind, ours.numberFormat]).toEqual([r, c, 'text', '@']);
        }
      }
    }
  });

  it('shows the amounts in Swedish number formats, with headings, fills, lines, merged sentences and wrapped text', async () => {
    const { excel, workbook } = excelWith(example());
    const [name] = (await workbook.writeStatements(statementsOf([SODERMALM]))).sheets as [string];
    expect(['A1', 'A2', 'A3', 'A4'].map((a) => excel.cell(name, a).value)).toEqual([
      'Kundbesked 2021',
      SODERMALM,
      'Kundtyp: Stadsdelsförvaltning',
      'Budgetår 2021 (1 januari–31 december 2021)',
    ]);
    expect(excel.cellStyle(name, 'A1')).toMatchObject({ bold: true, size: 16 });
    const lev = rowOf(excel, name, 'Leverantörsreskontra');
    expect(['B', 'C', 'D', 'F', 'G'].map((c) => excel.cell(name, `${c}${lev}`).value)).toEqual(['Volym (faktura)', 89_300, 15.03, 1_422_429, 1_606_110]); // I fjol: invoiced (the example's Fjolårsbelopp)
    expect(excel.cell(name, `C${lev}`).numberFormat).toBe('#,##0 "faktura"');
    expect(excel.cell(name, `H${lev}`).numberFormat).toBe('+0.0%;-0.0%;0.0%');
    expect(excel.cellStyle(name, `A${lev}`)).toMatchObject({ indent: 1, wrap: true, vertical: 'Top' });
    const header = rowOf(excel, name, 'Tjänst');
    expect(excel.cellStyle(name, `F${header}`)).toMatchObject({ bold: true, fill: '#F2F2F2', horizontal: 'Right', borders: { EdgeBottom: { style: 'Continuous', color: '#808080' } } });
    const total = rowOf(excel, name, 'Totalt');
    expect(excel.cell(name, `F${total}`).value).toBe(customerStatement(calc, SODERMALM).total);
    expect(excel.cellStyle(name, `H${total}`)).toMatchObject({ bold: true, borders: { EdgeTop: { style: 'Continuous' } } });
    // The sentences span A–H and wrap, with a row height for their lines.
    const sheet = excel.sheet(name);
    const summary = rowOf(excel, name, customerStatement(calc, SODERMALM).texts.summary);
    expect(sheet.merges).toContainEqual({ top: summary, left: 1, bottom: summary, right: 8 });
    expect(sheet.rowHeights.get(summary)).toBeGreaterThanOrEqual(15);
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(sheet.columnWidths.get(5)!);
  });

  it('sets the page up to print: A4 portrait, one page wide, footer with page numbers, print area, no gridlines', async () => {
    const { excel, workbook } = excelWith(example());
    const [name] = (await workbook.writeStatements(statementsOf([SODERMALM]))).sheets as [string];
    const sheet = excel.sheet(name);
    expect(sheet.showGridlines).toBe(false);
    const layout = sheet.pageLayout;
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1 }, centerHorizontally: true });
    expect(layout.footer).toEqual({ leftFooter: '&8Intäktsmodell', centerFooter: `&8${SODERMALM}`, rightFooter: '&8Sida &P av &N' });
    const texts = columnA(excel, name);
    const lastRow = texts.length - [...texts].reverse().findIndex((v) => v !== '');
    expect(layout.printArea).toEqual({ top: 1, left: 1, bottom: lastRow, right: 8 });
  });

  it('makes the same number of syncs for one customer and for all 34: 3, also once the add-in owns sheets', async () => {
    for (const customers of [[SODERMALM], ALL]) {
      const { excel, workbook } = excelWith(example());
      const first = await workbook.writeStatements(statementsOf(customers));
      expect([first.syncs, syncCount(excel), excel.stats.syncCalls]).toEqual([3, 3, 3]);
      expect(first.sheets).toHaveLength(customers.length);
      excel.resetStats();
      const again = await workbook.writeStatements(statementsOf(customers));
      expect([again.syncs, syncCount(excel), excel.stats.syncCalls]).toEqual([3, 3, 3]);
      expect(excel.stats.requests.slice(1).every((r) => r.calculationSuspended)).toBe(true);
    }
  });

  it('replaces its own statement sheet where it was, and keeps the outputs’ ownership and the inputs as they were', async () => {
    const { excel, workbook } = excelWith(example());
    const before = sheetSnapshots(excel, INPUT_SHEETS);
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    const [name] = (await workbook.writeStatements(statementsOf([SODERMALM]))).sheets as [string];
    excel.model.moveSheet(excel.sheet(name), 0);
    await workbook.writeStatements(statementsOf([SODERMALM, 'Stadsledningskontoret']));
    expect(excel.sheetNames()[0]).toBe(name);
    expect(excel.sheetNames().filter((n) => n.startsWith('_ikm_'))).toEqual([]);
    // A later run of the outputs leaves the statements alone and still knows them as its own.
    await workbook.writeOutputs(outputs);
    expect(owned(excel)).toEqual(expect.arrayContaining([...outputs.map((o) => o.name), name, 'Kundbesked Stadsledningskontor…']));
    expect(sheetSnapshots(excel, INPUT_SHEETS)).toEqual(before);
  });

  it('refuses a sheet of that name the add-in did not create, and protection, writing nothing', async () => {
    const { excel, workbook } = excelWith(example());
    const mine = excel.model.addSheet('kundbesked södermalm sdf');
    mine.ensure(1, 1).content = { kind: 'text', text: 'Mina anteckningar' };
    let before = excel.snapshot();
    await expect(workbook.writeStatements(statementsOf([SODERMALM]))).rejects.toThrow(SheetNotOwnedError);
    expect(excel.snapshot()).toBe(before);

    const other = excelWith(example());
    await other.workbook.writeStatements(statementsOf([SODERMALM]));
    other.excel.protectSheet('Kundbesked Södermalm sdf');
    before = other.excel.snapshot();
    await expect(other.workbook.writeStatements(statementsOf([SODERMALM]))).rejects.toThrow(SheetProtectedError);
    expect(other.excel.snapshot()).toBe(before);
    other.excel.protectSheet('Kundbesked Södermalm sdf', false);
    other.excel.protectWorkbook();
    before = other.excel.snapshot();
    await expect(other.workbook.writeStatements(statementsOf([SODERMALM]))).rejects.toThrow(WorkbookProtectedError);
    expect(other.excel.snapshot()).toBe(before);
  });

  it('writes nothing when Excel fails in the middle of the write', async () => {
    const { excel, workbook } = excelWith(example());
    const fresh = excel.snapshot();
    excel.failRequest(2, 'GeneralException', 40);
    await expect(workbook.writeStatements(statementsOf(ALL.slice(0, 3)))).rejects.toMatchObject({ name: 'ExcelOperationError', code: 'GeneralException' });
    expect(excel.snapshot()).toBe(fresh);
  });

  it('writes names that look like formulas as text', async () => {
    const renames = { [SODERMALM]: '=HYPERLINK("https://example.com","Södermalm")', 'Stadsledningskontoret': '-Stadsledningskontoret' };
    const tables = renameEverywhere(example(), renames);
    const c = runModel(tables).calculation!;
    const { excel, workbook } = excelWith(tables);
    const report = await workbook.writeStatements(statementsOf(Object.values(renames), c));
    expect(excel.cell(report.sheets[0]!, 'A2')).toMatchObject({ kind: 'text', value: renames[SODERMALM] });
    expect(excel.cell(report.sheets[1]!, 'A2')).toMatchObject({ kind: 'text', value: '-Stadsledningskontoret' });
    for (const sheet of excel.model.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.content?.kind === 'formula') throw new Error(`${sheet.name}!${key} became a formula`);
      }
    }
  });

  it('still writes the sheets in an Excel without page setup (ExcelApi 1.7), and says what it left out', async () => {
    const { excel, workbook } = excelWith(example(), '1.7');
    const report = await workbook.writeStatements(statementsOf([SODERMALM]));
    const sheet = excel.sheet(report.sheets[0]!);
    expect(excel.cell(sheet.name, 'A1').value).toBe('Kundbesked 2021');
    expect(sheet.pageLayout).toEqual({ margins: {}, footer: {} });
    expect(sheet.showGridlines).toBe(true);
    expect(report.notes).toHaveLength(2);
    expect(report.notes[0]).toMatch(/ExcelApi 1\.9/);
  });
});
