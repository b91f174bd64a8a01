import ExcelJS from 'exceljs';
import { runModel } from '../../../src/engine';
import { rowCount } from '../../../src/engine/output';
import { exampleTables } from '../../../src/example';
import { workerHandlers, type Post } from '../../../src/taskpane/worker/handlers';
import type { PaneRunData, Request, RequestBody, Response } from '../../../src/taskpane/worker/protocol';
import { generate, SIZES } from '../../../bench/generate';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { brokenExample } from '../../browser/workbooks';

async function xlsxOf(tables = exampleTables()): Promise<ArrayBuffer> {
  const workbook = createXlsx();
  await workbook.writeInputTables(tables);
  return (await workbook.toBuffer()).slice().buffer as ArrayBuffer;
}

/** The handlers with a post that clones each message as postMessage would (transfers honoured). */
function worker() {
  const handle = workerHandlers();
  const responses: Response[] = [];
  const post: Post = (response, transfer = []) => responses.push(structuredClone(response, { transfer }));
  let id = 0;
  const ask = async (body: RequestBody) => {
    responses.length = 0;
    await handle(structuredClone({ id: ++id, ...body }) as Request, post);
    return [...responses];
  };
  const answer = (responses: Response[]) => {
    const last = responses.at(-1)!;
    if (last.kind !== 'done') throw new Error(`not done: ${JSON.stringify(last)}`);
    return last.answer;
  };
  return { ask, answer };
}

describe('the pane worker’s handlers (no Worker: called directly)', () => {
  const expected = runModel(exampleTables());

  it('opens a file and reads its tables there, answering with their names and row counts', async () => {
    const w = worker();
    const responses = await w.ask({ kind: 'open', bytes: await xlsxOf() });
    // The adapter's fractions, a message per percent at most: opening, then reading the tables, rising to 1.
    const progress = responses.filter((r) => r.kind === 'progress');
    expect(responses.at(-1)!.kind).toBe('done');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.length).toBeLessThanOrEqual(102);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const phases = progress.map((p) => p.phase);
    expect(new Set(phases)).toEqual(new Set(['opening', 'reading']));
    expect(phases.lastIndexOf('opening')).toBeLessThan(phases.indexOf('reading'));
    const names = exampleTables().map((t) => [t.name, t.rows.length]);
    const opened = w.answer(responses) as { tables: { name: string; rows: number }[]; macros: boolean };
    expect(opened.tables.map((t) => [t.name, t.rows]).sort()).toEqual(names.sort());
    expect(opened.macros).toBe(false);
  });

  it('calculates with rising fractions from 0 to below 1, and sends plain data: Fakturaunderlag and Spårning without rows', async () => {
    const w = worker();
    await w.ask({ kind: 'open', bytes: await xlsxOf() });
    const responses = await w.ask({ kind: 'calculate' });
    const progress = responses.filter((r) => r.kind === 'progress');
    const fractions = progress.map((p) => p.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(progress.map((p) => p.phase)).toContain('writing');
    const data = w.answer(responses) as import('../../../src/taskpane/worker/protocol').PaneRunData;
    expect(data.ok).toBe(true);
    expect(data.calculated).toBe(true);
    expect(data.outputs.map((o) => [o.name, o.rowCount])).toEqual(expected.outputs.map((o) => [o.name, rowCount(o)]));
    const kept = ['Fakturaunderlag', 'Spårning'];
    for (const output of data.outputs) {
      const engine = expected.outputs.find((o) => o.name === output.name)!;
      expect([output.name, output.kept]).toEqual([output.name, kept.includes(output.name)]);
      expect([output.name, output.rows]).toEqual([output.name, kept.includes(output.name) ? [] : engine.rows]);
    }
    // The streamed tables a view reads (Fördelning for a customer's charges) come whole.
    expect(data.outputs.find((o) => o.name === 'Fördelning')!.rows.length).toBeGreaterThan(0);
    expect(data.summary).not.toBeNull();
    // A Set crosses (structured clone keeps it; it comes from another realm here, so no instanceof).
    expect(Object.prototype.toString.call(data.settings?.given)).toBe('[object Set]');
  });

  it('sends the rows of a city’s long tables ahead of the answer, in messages of at most 1000 rows', async () => {
    const tables = generate(SIZES.find((size) => size.name === 'city')!);
    const engine = runModel(tables);
    const w = worker();
    const responses = await w.ask({ kind: 'calculate', tables });
    const blocks = responses.filter((r) => r.kind === 'rows');
    expect(Math.max(...blocks.map((b) => b.rows.length))).toBe(1000);
    const sent = new Map<string, unknown[]>();
    for (const b of blocks) sent.set(b.table, [...(sent.get(b.table) ?? []), ...b.rows]);
    const data = w.answer(responses) as PaneRunData;
    const allocation = engine.outputs.find((o) => o.name === 'Fördelning')!;
    expect(allocation.rows.length).toBeGreaterThan(1000);
    expect(data.outputs.find((o) => o.name === 'Fördelning')!.rows).toEqual([]);
    expect(sent.get('Fördelning')).toEqual(allocation.rows);
    expect(sent.has('Fakturaunderlag')).toBe(false);
  });

  it('downloads the file with every output, as a Blob made in the worker', async () => {
    const w = worker();
    await w.ask({ kind: 'open', bytes: await xlsxOf() });
    await w.ask({ kind: 'calculate' });
    const responses = await w.ask({ kind: 'download' });
    expect(responses[0]).toMatchObject({ kind: 'progress', phase: 'packing', fraction: 0 });
    const file = w.answer(responses) as Blob;
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const tables = await (await openXlsx(new Uint8Array(await file.arrayBuffer()))).readTables();
    for (const output of expected.outputs) {
      expect([output.name, tables.find((t) => t.name === output.name)?.rows.length]).toEqual([output.name, rowCount(output)]);
    }
  });

  it('answers a customer’s trace and Kundbesked from the run it keeps', async () => {
    const w = worker();
    await w.ask({ kind: 'open', bytes: await xlsxOf() });
    const data = w.answer(await w.ask({ kind: 'calculate' })) as import('../../../src/taskpane/worker/protocol').PaneRunData;
    const customer = 'Södermalm stadsdelsförvaltning';
    const detail = w.answer(await w.ask({ kind: 'customer', customer })) as import('../../../src/taskpane/worker/protocol').CustomerDetail;
    expect(detail.statement.customer).toBe(customer);
    // Its settlement: the example's Över tak to June, line for line as Slutavräkning has them.
    const settlement = data.outputs.find((o) => o.name === 'Slutavräkning')!;
    const at = (h: string) => settlement.columns.findIndex((c) => c.header === h);
    const own = settlement.rows.filter((r) => r[at('Kund')] === customer).map((r) => [r[at('Tjänst')], r[at('Belopp')]]);
    expect(own.length).toBeGreaterThan(0);
    expect(detail.settlement).toMatchObject({ method: 'Över tak', final: false, period: '2021-06' });
    expect(detail.settlement!.lines.map((l) => [l.service, l.amount])).toEqual(own);
    expect(detail.settlement!.total).toBe(own.reduce((a, [, v]) => a + (v as number), 0));
    const belopp = detail.trace!.columns.findIndex((c) => c.header === 'Belopp');
    const traced = detail.trace!.rows.reduce((sum, r) => sum + Math.round((r[belopp] as number) * 100), 0) / 100;
    expect(traced).toBe(detail.statement.total);
    const file = w.answer(await w.ask({ kind: 'statementsXlsx', customers: [customer] })) as Blob;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    expect(book.worksheets.map((s) => s.getCell('A2').value)).toEqual([customer]);
  });

  it('calculates tables it is given, without a file (the Excel host’s way), and writes nothing', async () => {
    const w = worker();
    const responses = await w.ask({ kind: 'calculate', tables: exampleTables() });
    expect(responses.some((r) => r.kind === 'progress' && r.phase === 'writing')).toBe(false);
    const data = w.answer(responses) as import('../../../src/taskpane/worker/protocol').PaneRunData;
    expect(data.ok).toBe(true);
    expect(await w.ask({ kind: 'download' })).toEqual([expect.objectContaining({ kind: 'failed', message: 'Ingen arbetsbok är öppnad.' })]);
  });

  it('answers a workbook’s located errors as data, and a file it cannot open with the adapter’s message', async () => {
    const w = worker();
    await w.ask({ kind: 'open', bytes: await xlsxOf(brokenExample(3)) });
    const data = w.answer(await w.ask({ kind: 'calculate' })) as import('../../../src/taskpane/worker/protocol').PaneRunData;
    expect(data.ok).toBe(false);
    expect(data.calculated).toBe(false);
    expect(data.problems.find((p) => p.level === 'error')).toMatchObject({ table: 'Volymer', row: 3, column: 'Volym' });
    expect(data.outputs.map((o) => o.name)).toEqual(['Kontroller']);
    const failed = await w.ask({ kind: 'customer', customer: 'x' });
    expect(failed).toEqual([expect.objectContaining({ kind: 'failed' })]);

    const junk = await w.ask({ kind: 'open', bytes: new TextEncoder().encode('inte en arbetsbok').buffer as ArrayBuffer });
    const last = junk.at(-1)!;
    expect(last.kind).toBe('failed');
    expect(last.kind === 'failed' && last.message.length).toBeGreaterThan(10);
  });
});
