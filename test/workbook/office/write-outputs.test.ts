import type { OutputTable, OutputValue } from '../../../src/engine/output';
import { excelTableName } from '../../../src/engine/schema';
import { SheetProtectedError, WorkbookProtectedError } from '../../../src/workbook/office';
import { REQUEST_BUDGET_BYTES } from '../../../src/workbook/office/payload';
import { SheetNotOwnedError } from '../../../src/workbook/port';
import { TableNameTakenError } from '../../../src/workbook/xlsx/errors';
import { OWNERSHIP_SHEET } from '../../../src/workbook/xlsx/ownership';
import { FakeExcel, largestRequestBytes, PAYLOAD_LIMIT_BYTES, seedTables, syncCount } from './fake-excel';
import { example, excelWith, outputsOf, renameEverywhere, scaledWorkbook, sheetSnapshots } from './helpers';

const INPUT_SHEETS = example().map((t) => t.sheet);

describe('writeOutputs', () => {
  it('writes each output as an Excel table of its name on its own sheet, read back exactly', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const report = await workbook.writeOutputsWithReport(outputs);

    expect(report.sheets.slice(0, outputs.length)).toEqual(outputs.map((o) => o.name));
    const read = await workbook.readTables();
    for (const output of outputs) {
      const table = read.find((t) => t.name === excelTableName(output.name))!;
      expect(table.sheet).toBe(output.name);
      expect(table.origin).toEqual({ row: 1, column: 1 });
      expect(table.headers).toEqual(output.columns.map((c) => c.header));
      expect(table.rows).toEqual(output.rows.map((row) => output.columns.map((_, j) => row[j] ?? null)));
    }
    expect(excel.sheetNames().filter((n) => n.startsWith('_ikm_'))).toEqual([]);
  });

  it('uses the xlsx adapter\'s number formats, freezes the header row and fits the columns', async () => {
    const { excel, workbook } = excelWith(example());
    await workbook.writeOutputs(outputsOf(await workbook.readTables()));
    // Prislista: C Tjänst (text), H Självkostnad (kr), L Volym (number), M Pris (price), P Förändring (percent).
    expect(excel.cell('Prislista', 'C2').numberFormat).toBe('@');
    expect(excel.cell('Prislista', 'H2').numberFormat).toBe('#,##0');
    expect(excel.cell('Prislista', 'L2').numberFormat).toBe('#,##0');
    expect(excel.cell('Prislista', 'M2').numberFormat).toBe('#,##0.00');
    expect(excel.cell('Prislista', 'P2').numberFormat).toBe('0.00%');
    expect(excel.cell('Prislista', 'A1').numberFormat).toBe('@');
    const sheet = excel.sheet('Prislista');
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.autofitColumns].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(excel.table('Prislista').style).toBe('TableStyleMedium2');
    // Tjänstekatalog's descriptions are long: autofit, then capped.
    expect(excel.sheet('Tjänstekatalog').columnWidths.size).toBeGreaterThan(0);
  });

  it('records the sheets it owns on a very hidden sheet, as the xlsx adapter does', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const report = await workbook.writeOutputsWithReport(outputs);
    const sheet = excel.sheet(OWNERSHIP_SHEET);
    expect(sheet.visibility).toBe('VeryHidden');
    const listed = report.sheets.map((_, i) => excel.cell(OWNERSHIP_SHEET, `A${i + 1}`).value);
    expect(listed).toEqual(report.sheets);
    expect(excel.cell(OWNERSHIP_SHEET, `A${report.sheets.length + 1}`).kind).toBe('empty');
  });

  it('rewrites its own sheets where they were, and leaves no staging sheet or table behind', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    // The user moves Prislista first and keeps working elsewhere.
    excel.model.moveSheet(excel.sheet('Prislista'), 0);
    excel.model.activate(excel.sheet('Prislista'));
    const order = excel.sheetNames();
    const tables = excel.tableNames().sort();
    const changed = outputs.map((o) => (o.name === 'Prislista' ? { ...o, rows: o.rows.slice(0, 3) } : o));
    await workbook.writeOutputs(changed);
    expect(excel.sheetNames()).toEqual(order);
    expect(excel.tableNames().sort()).toEqual(tables);
    expect(excel.table('Prislista').rows).toHaveLength(3);
    expect(excel.model.active?.name).toBe('Prislista');
  });

  it('refuses a sheet of an output\'s name that it did not create, writing nothing at all', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const mine = excel.model.addSheet('prislista');
    mine.ensure(1, 1).content = { kind: 'text', text: 'Min egen prislista' };
    const before = excel.snapshot();
    excel.resetStats();
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(SheetNotOwnedError);
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(/Bladet "prislista" finns redan men skapades inte av Intäktsmodell/);
    expect(excel.snapshot()).toBe(before);
    expect(syncCount(excel)).toBe(2); // one inspection per attempt, nothing else
  });

  it('refuses when a table elsewhere already has an output\'s name', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    seedTables(excel, [{ name: 'Avstämning', sheet: 'Mitt blad', headers: ['a'], rows: [[1]] }]);
    const before = excel.snapshot();
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(TableNameTakenError);
    expect(excel.snapshot()).toBe(before);
  });

  it('refuses to replace a sheet of its own that the user protected, and a protected workbook', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    excel.protectSheet('Fördelning');
    let before = excel.snapshot();
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(SheetProtectedError);
    expect(excel.snapshot()).toBe(before);
    excel.protectSheet('Fördelning', false);
    excel.protectWorkbook();
    before = excel.snapshot();
    await expect(workbook.writeOutputs(outputs)).rejects.toThrow(WorkbookProtectedError);
    expect(excel.snapshot()).toBe(before);
  });

  it('never changes the input tables', async () => {
    const { excel, workbook } = excelWith(example());
    const before = sheetSnapshots(excel, INPUT_SHEETS);
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    await workbook.writeOutputs(outputs);
    expect(sheetSnapshots(excel, INPUT_SHEETS)).toEqual(before);
  });

  it('writes text from input cells as text, never as a formula', async () => {
    const names = {
      'Rinkeby-Kista stadsdelsförvaltning': '=HYPERLINK("https://example.com","Rinkeby")',
      'Spånga-Tensta stadsdelsförvaltning': '+46 8 508 000 00',
      'Hässelby-Vällingby stadsdelsförvaltning': '-Hässelby',
      'Bromma stadsdelsförvaltning': '@Bromma',
      'Kungsholmen stadsdelsförvaltning': '00123',
    };
    const tables = renameEverywhere(example(), names);
    const { excel, workbook } = excelWith(tables);
    const read = await workbook.readTables();
    expect(read).toEqual(tables);
    await workbook.writeOutputs(outputsOf(read));

    const summary = excel.table('Kundsammanställning').rows.map((row) => row[0]);
    for (const name of Object.values(names)) expect(summary).toContain(name);
    for (const sheet of excel.model.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.content?.kind === 'formula') throw new Error(`${sheet.name}!${key} became a formula: ${cell.content.formula}`);
      }
    }
    const back = await workbook.readTables();
    expect(back.find((t) => t.name === 'Kundsammanställning')!.rows.map((r) => r[0])).toEqual(summary);
  });

  it('writes nothing when Excel fails in the middle of the write', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    const fresh = excel.snapshot();
    excel.failRequest(2, 'GeneralException', 60); // the staging request, after 60 of its operations
    await expect(workbook.writeOutputs(outputs)).rejects.toMatchObject({ name: 'ExcelOperationError', code: 'GeneralException' });
    expect(excel.snapshot()).toBe(fresh);

    await workbook.writeOutputs(outputs);
    const written = excel.snapshot();
    excel.failRequest(2, 'GeneralException', 200); // a rewrite: inspect with the ownership list, then staging
    await expect(workbook.writeOutputs(outputs.map((o) => ({ ...o, rows: [] })))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.snapshot()).toBe(written);
  });

  it('leaves no staged sheet behind when Excel refuses the swap, and passes its error on', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    const written = excel.snapshot();
    excel.resetStats();
    // Inspect, staging (one request for the example), then the swap, refused before its first operation.
    excel.failRequest(3, 'GeneralException', 0);
    await expect(workbook.writeOutputs(outputs)).rejects.toMatchObject({ name: 'ExcelOperationError', code: 'GeneralException' });
    expect(excel.stats.requests[2]!.failed).toBe('GeneralException');
    expect(excel.sheetNames().filter((name) => name.startsWith('_ikm_ny_'))).toEqual([]);
    expect(excel.snapshot()).toBe(written);
  });

  it('keeps every request under 5 MB for a large output, in a bounded number of syncs', async () => {
    const { excel, workbook } = excelWith(example());
    const rows = Array.from({ length: 80_000 }, (_, i) => [`Kund ${i} stadsdelsförvaltning`, 'Stadsdelsförvaltning', 'Ekonomi', `Tjänst ${i % 400}`, 'Volym (faktura)', i, 0.25, 15.03, 1000 + i, 12]);
    const big: OutputTable = {
      name: 'Fördelning',
      columns: ['Kund', 'Kundtyp', 'Verksamhetsområde', 'Tjänst', 'Grund', 'Underlag', 'Andel', 'Pris', 'Belopp', 'Avvikelsepåslag'].map((header, j) => ({
        header,
        format: (['text', 'text', 'text', 'text', 'text', 'number', 'percent', 'price', 'kr', 'kr'] as const)[j]!,
      })),
      rows,
    };
    const report = await workbook.writeOutputsWithReport([big]);
    const sizes = excel.stats.requests.map((r) => r.bytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES * 2);
    expect(largestRequestBytes(excel)).toBeLessThan(REQUEST_BUDGET_BYTES + 100_000);
    // inspect + staging requests of at most 4 MB + swap
    expect(syncCount(excel)).toBe(report.syncs);
    expect(report.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / REQUEST_BUDGET_BYTES) + 1);
    expect(excel.table('Fördelning').rows).toHaveLength(80_000);
    expect(excel.stats.requests.slice(1).every((r) => r.calculationSuspended)).toBe(true);
  });

  /** Invoice-like lines, [Kund, Belopp, Text]: 100 000 of them are some 10 MB. */
  const invoiceLike = (i: number): OutputValue[] => [`Kund ${i % 500}`, 1000 + i, `Tjänst ${i % 400}, 1 139,83 st à 6,01 kr + avvikelsepåslag 510 kr/år, månad ${i % 12}`];
  const streamColumns = [
    { header: 'Kund', format: 'text' as const },
    { header: 'Belopp', format: 'kr' as const },
    { header: 'Text', format: 'text' as const },
  ];
  /** A streamed Fakturaunderlag-like table whose rows may not be read whole; notes the sync count at each block. */
  const streamed = (excel: FakeExcel, count: number, bad: number | null = null) => {
    const madeAt: number[] = [];
    const table: OutputTable = {
      name: 'Fakturaunderlag',
      columns: streamColumns,
      get rows(): OutputValue[][] {
        throw new Error('the writer read a streamed table whole');
      },
      stream: {
        count,
        *blocks() {
          for (let start = 0; start < count; start += 4096) {
            madeAt.push(syncCount(excel));
            yield Array.from({ length: Math.min(4096, count - start) }, (_, k) => {
              const row = invoiceLike(start + k);
              if (start + k === bad) row[1] = Number.NaN;
              return row;
            });
          }
        },
      },
    };
    return { table, madeAt };
  };

  it('writes a streamed output block by block as the requests go, cell for cell what the rows held whole give', async () => {
    const count = 100_000;
    const held = excelWith(example());
    const heldReport = await held.workbook.writeOutputsWithReport([{ name: 'Fakturaunderlag', columns: streamColumns, rows: Array.from({ length: count }, (_, i) => invoiceLike(i)) }]);

    const { excel, workbook } = excelWith(example());
    const { table, madeAt } = streamed(excel, count);
    const report = await workbook.writeOutputsWithReport([table]);
    // The blocks were made while the staging requests went out, not all before the first.
    expect(madeAt).toHaveLength(Math.ceil(count / 4096));
    expect(new Set(madeAt).size).toBeGreaterThan(1);
    expect(madeAt[madeAt.length - 1]).toBeGreaterThan(madeAt[0]! + 1);
    // The same requests as for the rows held whole.
    expect(report.syncs).toBe(heldReport.syncs);
    expect(report.syncs).toBeGreaterThan(3);
    expect(excel.stats.requests.map((r) => r.bytes)).toEqual(held.excel.stats.requests.map((r) => r.bytes));
    expect(largestRequestBytes(excel)).toBeLessThan(REQUEST_BUDGET_BYTES + 100_000);
    const read = (await workbook.readTables()).find((t) => t.name === 'Fakturaunderlag')!;
    expect(read.rows).toHaveLength(count);
    expect(read.rows[0]).toEqual(invoiceLike(0));
    expect(read.rows[count - 1]).toEqual(invoiceLike(count - 1));
    expect(excel.snapshot()).toBe(held.excel.snapshot());
  });

  it('a streamed row Excel cannot take stops the write: the staged sheets go and the old outputs stay', async () => {
    const { excel, workbook } = excelWith(example());
    const outputs = outputsOf(await workbook.readTables());
    await workbook.writeOutputs(outputs);
    const before = excel.snapshot();
    const { table } = streamed(excel, 30_000, 20_000);
    await expect(workbook.writeOutputs([table])).rejects.toThrow('Utdatatabellen Fakturaunderlag rad 20001 kolumn Belopp är inget tal (NaN).');
    expect(excel.sheetNames().filter((n) => n.startsWith('_ikm_'))).toEqual([]);
    expect(excel.snapshot()).toBe(before);
  });

  it('makes the same number of syncs for 10 and for 20 000 volume rows: 3, also once it owns sheets (the list is read with the inspection)', async () => {
    for (const volumeRows of [10, 20_000]) {
      const { excel, workbook } = excelWith(scaledWorkbook(volumeRows));
      // Fakturaunderlag has twelve lines per Fördelning row and Spårning one per cost row of each:
      // at 20 000 volume rows either crosses the request budget, so it takes more syncs, as the
      // test above shows for any table.
      const outputs = outputsOf(await workbook.readTables()).filter((o) => o.name !== 'Fakturaunderlag' && o.name !== 'Spårning');
      excel.resetStats();
      const first = await workbook.writeOutputsWithReport(outputs);
      expect([first.syncs, syncCount(excel), excel.stats.syncCalls]).toEqual([3, 3, 3]);
      excel.resetStats();
      const again = await workbook.writeOutputsWithReport(outputs);
      expect([again.syncs, syncCount(excel), excel.stats.syncCalls]).toEqual([3, 3, 3]);
      expect(largestRequestBytes(excel)).toBeLessThan(REQUEST_BUDGET_BYTES);
    }
  });
});
