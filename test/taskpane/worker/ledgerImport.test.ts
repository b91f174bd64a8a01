import type { CellValue } from '../../../src/engine/cells';
import { browserHost } from '../../../src/taskpane/hosts/browserHost';
import { excelHost } from '../../../src/taskpane/hosts/excelHost';
import type { LedgerPreview } from '../../../src/taskpane/hosts/ledgerPort';
import { officePort } from '../../../src/taskpane/hosts/officePort';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { FakeExcel, seedTables } from '../../workbook/office/fake-excel';
import { EARLIER_IMPORT as OLD, ledgerWorkbook } from '../ledgerWorkbook';
import { inProcessWorker } from './inProcessWorker';
// No browser frames to wait for (Excel's run waits for one before it calculates).
jest.mock('../../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

const DATE = '2026-12-05';
const MARK = `Huvudboksimport: budget.csv ${DATE}`;

/** A report export: 5410 with Ansvar 200 fits no rule. */
const CSV = new TextEncoder().encode(['Konto;Ansvar;Belopp', '7010;100;"3 000 000"', '7020;100;250 000,50', '5410;100;-1 234,50', '5410;200;10 000', ''].join('\r\n'));

const request = { fileName: 'budget.csv', bytes: CSV, target: 'Kostnader', date: DATE };

// By hand: Ekonomi 3 000 000 + 250 000,50 = 3 250 000,50; Reskontra −1 234,50; without a rule 10 000.
// Ledger 3 258 766; imported 3 248 766.
const NEW_ROWS: CellValue[][] = [
  ['Ekonomi', 'Personal', 3_250_000.5, 'Årsarbetare', MARK],
  ['Reskontra', 'System', -1_234.5, 'Årsarbetare', MARK],
];

function expectPreview(preview: LedgerPreview) {
  expect(preview.problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(preview.reconciliation).toEqual({ ledgerTotal: '3258766', unmappedTotal: '10000', importedTotal: '3248766', rows: 4, mappedRows: 3, lines: 2 });
  expect(preview.unmapped).toEqual([{ konto: '5410', ansvar: '200', verksamhet: '', aktivitet: '', amount: '10000', lines: [5] }]);
  expect(preview.existing).toEqual({ imported: 1, user: 54 });
  expect(preview.rows.map((r) => [r.Kostnadsobjekt, r.Kostnadsslag, r.Belopp, r['Fördelas efter'], r.Källa])).toEqual(NEW_ROWS);
}

describe('the pane’s import from the ledger', () => {
  it('in the browser: previews over the opened file, writes into it, and Beräkna and the download see the rows', async () => {
    const book = createXlsx();
    await book.writeInputTables(ledgerWorkbook());
    const host = browserHost(inProcessWorker);
    const file = await host.open(new Blob([(await book.toBuffer()) as BlobPart]), () => {});
    const before = await file.run(() => {});
    expect(before.data.ok).toBe(true);

    const preview = await file.ledger!.preview(request);
    expectPreview(preview);
    const result = await file.ledger!.write({ table: preview.table, markColumn: preview.markColumn, rows: preview.rows });
    expect(result).toEqual({ written: 2, replaced: 1, kept: 54 });

    const after = await file.run(() => {});
    expect(after.data.ok).toBe(true);
    // The earlier import's 3 200 000 goes, 3 248 766 comes: 48 766 more cost.
    expect(after.data.summary!.cost - before.data.summary!.cost).toBeCloseTo(48_766, 2);
    const downloaded = await file.download(() => {});
    const costs = (await (await openXlsx(new Uint8Array(await downloaded.arrayBuffer()))).readTables()).find((t) => t.name === 'Kostnader')!;
    expect(costs.rows).toHaveLength(56);
    expect(costs.rows.slice(-2)).toEqual(NEW_ROWS);
    expect(costs.rows.some((r) => r[4] === OLD)).toBe(false);
  });

  it('in Excel: reads Kontering and the table through the port, previews in the worker, writes into the table', async () => {
    const excel = new FakeExcel();
    seedTables(excel, ledgerWorkbook());
    const host = excelHost(officePort(new OfficeWorkbook(excel.host())), inProcessWorker);
    const preview = await host.workbook.ledger!.preview(request);
    expectPreview(preview);
    const result = await host.workbook.ledger!.write({ table: preview.table, markColumn: preview.markColumn, rows: preview.rows });
    expect(result).toEqual({ written: 2, replaced: 1, kept: 54 });
    const table = excel.table('Kostnader');
    expect(table.rows).toHaveLength(56);
    expect(table.rows.slice(-2)).toEqual(NEW_ROWS);
    const run = await host.workbook.run(() => {});
    expect(run.data.ok).toBe(true);
  });

  it('in Excel: into Utfall, reads Inställningar for Budgetår and writes each month’s rows', async () => {
    const excel = new FakeExcel();
    seedTables(excel, ledgerWorkbook());
    const host = excelHost(officePort(new OfficeWorkbook(excel.host())), inProcessWorker);
    // An export of actuals with a Datum column: two months of Ekonomi, one row without a rule.
    const actuals = new TextEncoder().encode(['Konto;Ansvar;Datum;Belopp', '7010;100;2021-01-15;100 000', '7020;100;2021-01-31;50 000,50', '7010;100;2021-02-03;90 000', '5410;200;2021-02-10;10 000', ''].join('\r\n'));
    const preview = await host.workbook.ledger!.preview({ fileName: 'utfall.csv', bytes: actuals, target: 'Utfall', date: DATE });
    expect(preview.problems.filter((p) => p.level === 'error')).toEqual([]);
    // By hand: January 100 000 + 50 000,50 = 150 000,50; February 90 000; without a rule 10 000.
    expect(preview.reconciliation).toEqual({ ledgerTotal: '250000.5', unmappedTotal: '10000', importedTotal: '240000.5', rows: 4, mappedRows: 3, lines: 2 });
    const result = await host.workbook.ledger!.write({ table: preview.table, markColumn: preview.markColumn, rows: preview.rows });
    expect(result.written).toBe(2);
    const utfall = excel.table('Utfall');
    const imported = utfall.rows.filter((r) => typeof r[r.length - 1] === 'string' && String(r[r.length - 1]).startsWith('Huvudboksimport:'));
    expect(imported.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Ekonomi', 'Personal', 150_000.5],
      ['Ekonomi', 'Personal', 90_000],
    ]);
  });

  it('shows the errors of a ledger it cannot read, located, and the reconciliation is absent', async () => {
    const excel = new FakeExcel();
    seedTables(excel, ledgerWorkbook());
    const host = excelHost(officePort(new OfficeWorkbook(excel.host())), inProcessWorker);
    const bad = new TextEncoder().encode('Konto;Belopp\r\n7010;1.234\r\n');
    const preview = await host.workbook.ledger!.preview({ ...request, bytes: bad });
    expect(preview.reconciliation).toBeNull();
    expect(preview.rows).toEqual([]);
    expect(preview.problems.map((p) => p.message)).toEqual(['budget.csv rad 2: Belopp "1.234" går inte att läsa som ett belopp (skriv t.ex. -1 234,50 med decimalkomma).']);
  });
});
