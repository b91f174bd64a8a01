import { customerStatement, runModel, type Statement } from '../../../src/engine';
import { StreamedTable, type OutputTable } from '../../../src/engine/output';
import { ExcelLimitError } from '../../../src/workbook/excel-limits';
import { sheetTableSteps } from '../../../src/workbook/office/sheet-table';
import { runSteps } from '../../../src/workbook/office/steps';
import { FakeExcelError, syncCount } from './fake-excel';
import { example, excelWith, outputsOf, renameEverywhere } from './helpers';
import { refusal } from '../refusal';

// Excel's limits in what the office adapter writes (issue 12): it refuses before any change
// what Excel would cut or repair, and the fake refuses the same, so a test catches an adapter
// that sends it.

const TOO_LONG = 'x'.repeat(32_768);

function withCell(outputs: OutputTable[], name: string, row: number, column: number, value: string): OutputTable[] {
  return outputs.map((o) => {
    if (o.name !== name) return o;
    const rows = o.rows.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));
    return { name: o.name, columns: o.columns, rows };
  });
}


describe('writeOutputs within Excel limits', () => {
  it('refuses a text of 32 768 characters naming table, row and column, before any sync', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    excel.resetStats();
    const before = excel.snapshot();
    const error = await refusal(workbook.writeOutputs(withCell(outputs, 'Prislista', 1, 2, TOO_LONG)));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain('Utdatatabellen Prislista rad 2, kolumn Tjänst');
    expect(error.message).toContain('32 768 tecken lång, men en cell i Excel rymmer högst 32 767');
    expect(error.message).toContain('Inget har skrivits.');
    expect(syncCount(excel)).toBe(0);
    expect(excel.snapshot()).toBe(before);
  });

  it('takes a text of exactly 32 767 characters and writes it whole', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(withCell(outputs, 'Prislista', 1, 2, 'y'.repeat(32_767)));
    expect(excel.cell('Prislista', 'C3').value).toBe('y'.repeat(32_767));
  });

  it('refuses a streamed table\'s long text when its block is made, removing what was staged', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const before = excel.snapshot();
    const rows = [['a', 1], ['b', 2], [TOO_LONG, 3]];
    const streamed = new StreamedTable('Spårning', [{ header: 'Text', format: 'text' }, { header: 'Tal', format: 'number' }], rows.length, () => [rows.slice(0, 2), rows.slice(2)]);
    const error = await refusal(workbook.writeOutputs([...outputs.filter((o) => o.name !== 'Spårning'), streamed]));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain('Utdatatabellen Spårning rad 3, kolumn Text');
    expect(excel.snapshot()).toBe(before);
  });

  it.each([
    ['256 characters', 'S'.repeat(256), 'är 256 tecken lång; en kolumn i en Excel-tabell får heta högst 255 tecken'],
    ['a line break', 'Scenario\nB', 'innehåller en radbrytning'],
    ['a tab', 'Scenario\tB', 'styrtecken'],
    ['the name of another column in another case', 'PRIS', 'dubblerad kolumnrubrik'],
  ])('refuses a column name with %s, before any sync', async (_what, header, message) => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables()).map((o) =>
      o.name === 'Prislista' ? { ...o, columns: o.columns.map((c, j) => (j === 1 ? { ...c, header } : c)) } : o,
    );
    excel.resetStats();
    const error = await refusal(workbook.writeOutputs(outputs));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain('Utdatatabellen Prislista');
    expect(error.message).toContain(message);
    expect(syncCount(excel)).toBe(0);
  });
});

describe('the fake refuses what the adapter never sends', () => {
  // The adapter's own steps for one sheet table, sent without its checks: the fake fails the request.
  it.each([
    ['a column name of 256 characters', ['x'.repeat(256)], [['a']]],
    ['a column name with a line break', ['a\nb'], [['a']]],
    ['two column names differing in case', ['Kund', 'kund'], [['a', 'b']]],
    ['a text of 32 768 characters', ['Text'], [[TOO_LONG]]],
  ])('%s', async (_what, headers, rows) => {
    const { excel } = excelWith([]);
    excel.model.addSheet('Blad1');
    const { steps } = sheetTableSteps({ sheet: 'Ny', table: 'Ny', headers, rows, displayFormat: () => null, textColumns: headers.map(() => true), freezeHeader: true });
    const error = await refusal(excel.run((context) => runSteps(context, steps, { has: () => true, missing: () => '' } as never)));
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).code).toBe('InvalidArgument');
  });
});

describe('writeStatements within Excel limits', () => {
  const renames = {
    'Södermalm stadsdelsförvaltning': "O'Brien AB",
    Utbildningsförvaltningen: "'Citat'",
    Stadsledningskontoret: `${'a'.repeat(18)}😀 Norr`,
  };
  const tables = renameEverywhere(example(), renames);
  const calc = runModel(tables).calculation!;
  const statements = Object.values(renames).map((c) => customerStatement(calc, c));

  it('names the sheets without an apostrophe at either end or half an emoji, and sets each print area on its own sheet', async () => {
    const { excel, workbook } = excelWith(tables);
    const report = await workbook.writeStatements(statements);
    expect(report.sheets).toEqual(["Kundbesked O'Brien AB", 'Kundbesked Citat', `Kundbesked ${'a'.repeat(18)}…`]);
    for (const name of report.sheets) {
      const layout = excel.sheet(name).pageLayout;
      expect(layout.printArea).toMatchObject({ top: 1, left: 1, right: 8 });
      expect(layout.printArea!.bottom).toBeGreaterThan(20);
    }
    expect(excel.sheet("Kundbesked O'Brien AB").pageLayout.footer['centerFooter']).toBe("&8O'Brien AB");
  });

  it('keeps the footer within 255 characters for a customer name of 300', async () => {
    const long = 'L'.repeat(300);
    const longTables = renameEverywhere(example(), { Stadsledningskontoret: long });
    const { excel, workbook } = excelWith(longTables);
    const report = await workbook.writeStatements([customerStatement(runModel(longTables).calculation!, long)]);
    const footer = excel.sheet(report.sheets[0]!).pageLayout.footer;
    const whole = `&L${footer['leftFooter']}&C${footer['centerFooter']}&R${footer['rightFooter']}`;
    expect(whole.length).toBeLessThanOrEqual(255);
    expect(footer['centerFooter']).toMatch(/^&8L+…$/);
  });

  it('refuses a statement whose cell would hold more than 32 767 characters, before any sync', async () => {
    const { excel, workbook } = excelWith(tables);
    const statement: Statement = { ...statements[0]!, customer: 'K'.repeat(40_000) };
    excel.resetStats();
    const error = await refusal(workbook.writeStatements([statement]));
    expect(error).toBeInstanceOf(ExcelLimitError);
    expect(error.message).toContain('cell A2: texten "KKKK');
    expect(error.message).toContain('40 000 tecken lång');
    expect(syncCount(excel)).toBe(0);
  });
});
