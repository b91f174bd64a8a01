import type { RawTable } from '../../../src/engine/cells';
import { decideVersion, runModel, type Decided } from '../../../src/engine';
import { renderMessage } from '../../../src/engine/messages/catalog';
import type { OfficeWorkbook } from '../../../src/workbook/office';
import { SheetNotOwnedError } from '../../../src/workbook/port';
import { SheetProtectedError } from '../../../src/workbook/office/refusals';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { decidedInputs } from '../../../src/engine/versions/inputs';
import { workbook as twoServices } from '../../engine/versions/twoServices';
import { syncCount, type FakeExcel } from './fake-excel';
import { excelWith } from './helpers';

const SHEET = 'Beslutade versioner';

/** "Spara som beslutad version" as the pane runs it: the engine on the tables the adapter read. */
async function decide(workbook: OfficeWorkbook, label: string, date = '2021-11-18') {
  let read: RawTable[] = [];
  const { value, report } = await workbook.decide(async (tables) => {
    read = tables;
    const decided = decideVersion(tables, runModel(tables), label, date);
    return { table: decided.ok ? decided.table : null, value: decided };
  });
  return { decided: value, report, read };
}

async function beräkna(workbook: OfficeWorkbook) {
  return workbook.recalculate(async (tables) => {
    const outputs = runModel(tables).outputs;
    return { write: outputs, others: [], value: outputs };
  });
}

/** Lev's Fastställt pris typed into Tjänster (H3), as a user would. */
function typeLevPrice(excel: FakeExcel, price: number): void {
  excel.sheet('Tjänster').ensure(3, 8).content = { kind: 'number', number: price };
}

function ok(decided: Awaited<ReturnType<typeof decide>>['decided']): Decided {
  if (!decided.ok) throw new Error(renderMessage(decided.reason, 'sv'));
  return decided;
}

describe('a decided version in Excel', () => {
  it('is written on a protected sheet the add-in owns, in 4 syncs, with every figure of the version', async () => {
    const { excel, workbook } = excelWith(twoServices());
    const { decided, report, read } = await decide(workbook, 'Servicenämnden 2021-11-18');
    const d = ok(decided);
    expect(read.map((t) => t.name).sort()).toEqual(['Kostnader', 'Nycklar', 'Tjänster', 'Volymer']);
    // Table list, inspection and ownership; headers and first rows; cells; staging; swap.
    expect([report?.syncs, syncCount(excel)]).toEqual([4, 4]);
    expect(report?.sheets).toEqual([SHEET]);
    expect(excel.sheet(SHEET).protected).toBe(true);
    expect(excel.sheet(SHEET).protectionOptions).toEqual({ allowAutoFilter: true });
    const table = excel.table('Beslutade_versioner');
    expect(table.sheet).toBe(SHEET);
    expect(table.headers).toEqual(['Version', 'Beslutad', 'Indata', 'Tjänst', 'Kund', 'Prismodell', 'Enhet', 'Pris', 'Pris per nyckelenhet', 'Belopp']);
    expect(table.rows.map((r) => [r[3], r[4], r[7], r[8], r[9]])).toEqual([
      ['Kassa', null, null, 25, 1000],
      ['Lev', null, 10, null, 2000],
      ['Kassa', 'A', null, null, 750],
      ['Lev', 'A', null, null, 1500],
      ['Kassa', 'B', null, null, 250],
      ['Lev', 'B', null, null, 500],
    ]);
    expect(table.rows.every((r) => r[0] === 'Servicenämnden 2021-11-18' && r[1] === '2021-11-18' && r[2] === d.version.inputs)).toBe(true);
    // The day and the checksum stay text: Excel would make a date and a number of them in a General cell.
    expect(excel.cell(SHEET, 'B2')).toMatchObject({ kind: 'text', numberFormat: '@' });
    expect(excel.cell(OWNERSHIP_SHEET, 'A1').value).toBe(SHEET);
    expect(excel.cell(OWNERSHIP_SHEET, 'C1').value).toBe(d.version.inputs);
  });

  it('leaves the workbook as it was when the user protected the sheet again with a password: no staged sheet left, the sheet named', async () => {
    const { excel, workbook } = excelWith(twoServices());
    await decide(workbook, 'November');
    // Granska > Skydda blad with a password: the add-in cannot lift that protection.
    excel.sheet(SHEET).password = 'hemligt';
    const before = excel.snapshot();
    typeLevPrice(excel, 11);
    const typed = excel.snapshot();
    expect(typed).not.toBe(before);
    const error = await decide(workbook, 'December', '2021-12-09').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SheetProtectedError);
    expect((error as Error).message).toBe('Bladet "Beslutade versioner" är skyddat. Ta bort bladskyddet (Granska > Ta bort bladskydd) och kör igen; inget har skrivits.');
    expect(excel.sheetNames().filter((name) => name.startsWith('_ikm_ny_'))).toEqual([]);
    expect(excel.snapshot()).toBe(typed);
  });

  it('a second decision replaces the protected sheet, the first version’s cells as they were, and protects it again', async () => {
    const { excel, workbook } = excelWith(twoServices());
    await decide(workbook, 'November');
    const first = excel.table('Beslutade_versioner').rows;
    typeLevPrice(excel, 11);
    const second = ok((await decide(workbook, 'December', '2021-12-09')).decided);
    const rows = excel.table('Beslutade_versioner').rows;
    expect(rows.slice(0, first.length)).toEqual(first);
    expect(rows.slice(first.length).map((r) => [r[0], r[3], r[4], r[9]])).toEqual([
      ['December', 'Kassa', null, 1000],
      ['December', 'Lev', null, 2200],
      ['December', 'Kassa', 'A', 750],
      ['December', 'Lev', 'A', 1650],
      ['December', 'Kassa', 'B', 250],
      ['December', 'Lev', 'B', 550],
    ]);
    expect(second.sameInputsAs).toBeNull();
    expect(excel.sheet(SHEET).protected).toBe(true);
    expect(excel.sheetNames().filter((n) => n === SHEET)).toHaveLength(1);
  });

  it('Beräkna reads the versions, writes Versionsjämförelse, and leaves the decided sheet as it was and not stale', async () => {
    const { excel, workbook } = excelWith(twoServices());
    await decide(workbook, 'November');
    const before = excel.sheetSnapshot(SHEET);
    typeLevPrice(excel, 11);
    const { report } = await beräkna(workbook);
    expect(report.sheets).toContain('Versionsjämförelse');
    expect(report.stale).toEqual([]);
    expect(excel.sheetSnapshot(SHEET)).toBe(before);
    const comparison = excel.table('Versionsjämförelse');
    const lev = comparison.rows.find((r) => r[0] === 'Lev' && r[2] === 'Pris');
    expect(lev).toEqual(['Lev', null, 'Pris', 10, 11, 1, 'Ändrad', null]);
    expect(comparison.rows[0]![6]).toBe('Ändrad');
  });

  it('a label taken, or a workbook with errors, writes nothing', async () => {
    const { excel, workbook } = excelWith(twoServices());
    await decide(workbook, 'November');
    const before = excel.snapshot();
    const taken = await decide(workbook, 'november');
    expect(taken.decided.ok).toBe(false);
    expect(taken.report).toBeNull();
    expect(excel.snapshot()).toBe(before);
    excel.sheet('Kostnader').ensure(3, 2).content = { kind: 'text', text: 'tvåtusen' };
    const typed = excel.snapshot();
    const broken = await decide(workbook, 'December');
    expect(broken.decided.ok).toBe(false);
    expect(broken.report).toBeNull();
    expect(excel.snapshot()).toBe(typed);
  });

  it('a sheet of that name the add-in did not create is refused before any change', async () => {
    const { excel, workbook } = excelWith(twoServices());
    excel.model.addSheet(SHEET).ensure(1, 1).content = { kind: 'text', text: 'Mina beslut' };
    const before = excel.snapshot();
    await expect(decide(workbook, 'November')).rejects.toBeInstanceOf(SheetNotOwnedError);
    expect(excel.snapshot()).toBe(before);
  });

  it('records the same fingerprint as the command line for the same workbook, so either host sees a version decided by the other as current', async () => {
    const file = createXlsx();
    await file.writeInputTables(twoServices());
    const fromFile = decidedInputs(await (await openXlsx(await file.toBuffer())).readTables());
    const { excel, workbook } = excelWith(twoServices());
    const d = ok((await decide(workbook, 'November')).decided);
    expect(d.version.inputs).toBe(fromFile);
    expect(excel.table('Beslutade_versioner').rows[0]![2]).toBe(fromFile);
  });
});
