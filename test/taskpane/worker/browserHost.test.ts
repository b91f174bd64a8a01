import ExcelJS from 'exceljs';
import { exampleTables } from '../../../src/example';
import { browserHost } from '../../../src/taskpane/hosts/browserHost';
import type { Progress } from '../../../src/taskpane/hosts/host';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { inProcessWorker } from './inProcessWorker';

describe('the browser host over its worker', () => {
  it('opens, runs, answers a customer and Kundbesked, and downloads, with progress', async () => {
    const example = createXlsx();
    await example.writeInputTables(exampleTables());
    const host = browserHost(inProcessWorker);
    const file = await host.open(new Blob([(await example.toBuffer()) as BlobPart]), () => {});
    const progress: Progress[] = [];
    const run = await file.run((p) => progress.push(p));
    expect(run.data.ok).toBe(true);
    expect(progress.at(-1)?.phase).toBe('writing');
    const customer = 'Södermalm stadsdelsförvaltning';
    const detail = await run.details!.customer(customer);
    expect(detail.statement.customer).toBe(customer);
    const statements = await run.details!.statementsXlsx!([customer]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await statements.arrayBuffer());
    expect(book.worksheets.map((s) => s.getCell('A2').value)).toEqual([customer]);
    const result = await file.download(() => {});
    const names = (await (await openXlsx(new Uint8Array(await result.arrayBuffer()))).readTables()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Volymer', 'Prislista', 'Fakturaunderlag', 'Spårning']));
  });
});
