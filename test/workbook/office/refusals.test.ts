import { customerStatement, runModel } from '../../../src/engine';
import { excelTableName } from '../../../src/engine/schema';
import { DEVIATION_SHEET, DEVIATION_TABLE, ExcelOperationError, ReadOnlyWorkbookError, SheetNameClashError } from '../../../src/workbook/office';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import { syncCount } from './fake-excel';
import { example, excelWith, outputsOf, renameEverywhere } from './helpers';
import { refusal } from '../refusal';

// What Excel refuses, met by the adapter (issue 14): refused before any change with a Swedish
// message naming what is in the way, or never sent at all; in either case the workbook is as
// it was. The fake refuses the same (fake-excel.test.ts), so a test fails if the adapter sends it.


const calc = () => runModel(example()).calculation!;

describe('a workbook open for viewing only', () => {
  it('is refused before any change (Workbook.readOnly, ExcelApi 1.8), for outputs, statements and templates; reading works', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.viewOnly();
    const before = excel.snapshot();
    const attempts = [
      () => workbook.writeOutputs(outputs),
      () => workbook.writeStatements([customerStatement(calc(), 'Stadsledningskontoret')]),
      () => workbook.writeInputTables([{ name: 'Paket', sheet: 'Paket', headers: ['Paket', 'Tjänst'], rows: [] }]),
    ];
    for (const attempt of attempts) {
      excel.resetStats();
      const error = await refusal(attempt());
      expect(error).toBeInstanceOf(ReadOnlyWorkbookError);
      expect(error.message).toMatch(/^Arbetsboken är öppnad för visning \(skrivskyddad\).*Välj Redigering.*inget har skrivits\.$/);
      expect(syncCount(excel)).toBe(1); // the inspection, nothing else
      expect(excel.stats.requests.every((r) => r.failed === undefined)).toBe(true);
    }
    expect(excel.snapshot()).toBe(before);
    expect(await workbook.readTables()).toEqual(example());
  });

  it('says so when Excel refuses the first change (no ExcelApi 1.8 to ask), leaving nothing behind', async () => {
    const { excel, workbook } = excelWith(example(), '1.7');
    const outputs = outputsOf(await workbook.readTables());
    excel.viewOnly();
    const before = excel.snapshot();
    const error = await refusal(workbook.writeOutputs(outputs));
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: 'AccessDenied' });
    expect(error.message).toContain('arbetsboken är öppnad skrivskyddad');
    expect(error.message).not.toContain('kunde inte heller ta bort');
    expect(excel.snapshot()).toBe(before);
  });
});

describe('names scoped to a sheet', () => {
  it('refuses an output whose table name is a name on a sheet of the user\'s, naming name and sheet, before any change', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.addName(excelTableName('Prislista'), '=Volymer!$A$1', 'Volymer');
    const before = excel.snapshot();
    excel.resetStats();
    const error = await refusal(workbook.writeOutputs(outputs));
    expect(error).toBeInstanceOf(SheetNameClashError);
    expect(error.message).toBe(
      'Namnet "Prislista" är definierat på bladet "Volymer", och en tabell får inte heta som ett namn i arbetsboken. ' +
        'Byt namn på det eller ta bort det (Formler > Namnhanteraren) och kör igen; inget har skrivits.',
    );
    expect(syncCount(excel)).toBe(1);
    expect(excel.snapshot()).toBe(before);
  });

  it('lets a name on a sheet it replaces go with that sheet', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    excel.addName('Prislista', '=Prislista!$A$1', 'Prislista');
    await workbook.writeOutputs(outputs);
    expect(excel.table('Prislista').sheet).toBe('Prislista');
    expect(excel.sheet('Prislista').names).toEqual([]);
  });

  it('keeps staging names clear of names on sheets, and leaves out the PivotTable when its table name is one', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.addName('_ikm_ny_1', '=1', 'Nycklar');
    excel.addName(DEVIATION_TABLE, '=1', 'Tjänster');
    const report = await workbook.writeOutputsWithReport(outputs);
    expect(report.pivotTable).toBeNull();
    expect(report.notes).toContain(`Pivottabellen skapades inte: namnet "${DEVIATION_TABLE}" används redan i arbetsboken (på bladet "Tjänster").`);
    expect(excel.sheetNames()).not.toContain(DEVIATION_SHEET);
    expect(excel.table('Prislista').sheet).toBe('Prislista');
  });

  it('refuses a template whose table name is a name on a sheet', async () => {
    const { excel, workbook } = excelWith([]);
    excel.model.addSheet('Blad1');
    excel.addName('Paket', '=Blad1!$A$1', 'Blad1');
    const before = excel.snapshot();
    const error = await refusal(workbook.writeInputTables([{ name: 'Paket', sheet: 'Paket', headers: ['Paket', 'Tjänst'], rows: [] }]));
    expect(error).toBeInstanceOf(SheetNameClashError);
    expect(error.message).toContain('Namnet "Paket" är definierat på bladet "Blad1"');
    expect(excel.snapshot()).toBe(before);
  });
});

describe('merged cells and PivotTables in the way', () => {
  it('rewrites its own sheets whatever the user merged or typed on them: a new sheet is written, never the old one', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const first = await workbook.writeOutputsWithReport(outputs);
    expect(first.pivotTable).not.toBeNull();
    // Notes beside Prislista's table, merged; a note where the PivotTable grows.
    const prislista = excel.sheet('Prislista');
    prislista.ensure(1, 30).content = { kind: 'text', text: 'Min anteckning' };
    excel.model.merge(prislista, { top: 1, left: 30, bottom: 2, right: 32 }, false);
    const pivot = excel.sheet(DEVIATION_SHEET).pivots[0]!;
    excel.sheet(DEVIATION_SHEET).pivots.length = 0; // the user removed the PivotTable …
    excel.sheet(DEVIATION_SHEET).ensure(pivot.destination.bottom, pivot.destination.right).content = { kind: 'text', text: 'mitt' }; // … and typed where it stood
    await workbook.writeOutputs(outputs);
    expect(excel.sheet('Prislista').merges).toEqual([]);
    expect(excel.cell('Prislista', 'AD1').kind).toBe('empty');
    expect(excel.sheet(DEVIATION_SHEET).pivots.map((p) => p.destination)).toEqual([pivot.destination]);
  });

  it('places the PivotTable beside its table, grown over empty cells only: one row per customer, one column per deviation type', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    const table = excel.table(DEVIATION_TABLE);
    const [pivot] = excel.sheet(DEVIATION_SHEET).pivots;
    const customers = new Set(table.rows.map((r) => r[0])).size;
    const types = new Set(table.rows.map((r) => r[1])).size;
    expect(pivot!.destination).toEqual({ top: 1, left: table.headers.length + 2, bottom: 1 + 1 + customers + 1, right: table.headers.length + 2 + types + 1 });
  });

  it('rewrites its Kundbesked (merged cells) in place', async () => {
    const { excel, workbook } = excelWith(example());
    const statement = customerStatement(calc(), 'Stadsledningskontoret');
    const [sheet] = (await workbook.writeStatements([statement])).sheets;
    const merges = excel.sheet(sheet!).merges.length;
    expect(merges).toBeGreaterThan(0);
    await workbook.writeStatements([statement]);
    expect(excel.sheet(sheet!).merges).toHaveLength(merges);
    expect(excel.sheetNames().filter((n) => n.startsWith('_ikm_'))).toEqual([]);
  });
});

describe('number formats', () => {
  it('quotes a unit whatever it holds, so that its format stays one Excel takes', async () => {
    const unit = 'fakt; [Röd] "x" \\ @';
    const tables = renameEverywhere(example(), { faktura: unit });
    const { excel, workbook } = excelWith(tables);
    const calculation = runModel(tables).calculation!;
    const customer = 'Stadsledningskontoret';
    const [sheet] = (await workbook.writeStatements([customerStatement(calculation, customer)])).sheets;
    const formats = [...excel.sheet(sheet!).cells.values()].map((c) => c.numberFormat);
    expect(formats).toContain(`#,##0 "fakt; [Röd] 'x' \\ @"`);
    expect(excel.sheetNames()).toContain(OWNERSHIP_SHEET);
  });
});
