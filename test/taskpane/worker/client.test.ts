import { exampleTables } from '../../../src/example';
import { CancelledError, WorkerClient, type Progress, type WorkerLike } from '../../../src/taskpane/worker/client';
import type { Request } from '../../../src/taskpane/worker/protocol';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { inProcessWorker } from './inProcessWorker';

async function exampleFile(): Promise<Blob> {
  const workbook = createXlsx();
  await workbook.writeInputTables(exampleTables());
  return new Blob([(await workbook.toBuffer()) as BlobPart]);
}

/** A client over in-thread workers, counting the workers made and logging every request. */
function client() {
  const made: WorkerLike[] = [];
  const log: Request[] = [];
  const c = new WorkerClient(() => {
    const w = inProcessWorker(log);
    made.push(w);
    return w;
  });
  return { c, made, log, kinds: () => log.map((r) => r.kind) };
}

describe('the pane’s worker client', () => {
  it('opens, calculates and downloads in one worker, passing on progress', async () => {
    const { c, made, kinds } = client();
    const opened = await c.open(await exampleFile());
    expect(opened.tables.map((t) => t.name)).toContain('Volymer');
    const progress: Progress[] = [];
    const data = await c.calculate((p) => progress.push(p));
    expect(data.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['calculating', 'writing']));
    const bytes = new Uint8Array(await (await c.download()).arrayBuffer());
    expect((await (await openXlsx(bytes)).readTables()).map((t) => t.name)).toContain('Fakturaunderlag');
    expect(made).toHaveLength(1);
    expect(kinds()).toEqual(['open', 'calculate', 'download']);
  });

  it('cancel stops a run at once (CancelledError); the next download re-opens and recalculates in a fresh worker', async () => {
    const { c, made, kinds } = client();
    await c.open(await exampleFile());
    await c.calculate();
    const stopped = c.calculate((p) => {
      if (p.phase === 'calculating') c.cancel();
    });
    await expect(stopped).rejects.toBeInstanceOf(CancelledError);
    // The run from before the cancelled one is what the pane still shows: its download works.
    const bytes = new Uint8Array(await (await c.download()).arrayBuffer());
    expect((await (await openXlsx(bytes)).readTables()).map((t) => t.name)).toContain('Prislista');
    expect(made).toHaveLength(2);
    expect(kinds()).toEqual(['open', 'calculate', 'calculate', 'open', 'calculate', 'download']);
  });

  it('cancel before anything was calculated leaves nothing to recalculate, and a new run works', async () => {
    const { c, kinds } = client();
    await c.open(await exampleFile());
    const stopped = c.calculate();
    c.cancel();
    await expect(stopped).rejects.toBeInstanceOf(CancelledError);
    await expect(c.calculate()).resolves.toMatchObject({ ok: true });
    // Cancelled before its request left; the fresh worker opens the file again first.
    expect(kinds()).toEqual(['open', 'open', 'calculate']);
  });

  it('cancel while a file opens keeps the file opened before', async () => {
    const { c, made, kinds } = client();
    const first = await exampleFile();
    await c.open(first);
    const second = c.open(new Blob([new Uint8Array([1, 2, 3])]));
    c.cancel();
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    await expect(c.calculate()).resolves.toMatchObject({ ok: true });
    // The second file never reached a worker; the first is opened again in a fresh one.
    expect(kinds()).toEqual(['open', 'open', 'calculate']);
    expect(made).toHaveLength(2);
  });

  it('fails every request under way when the worker cannot start', async () => {
    const broken: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        queueMicrotask(() => broken.onerror?.({ message: 'Script error', preventDefault() {} } as ErrorEvent));
      },
      terminate() {},
    };
    const c = new WorkerClient(() => broken);
    await expect(c.open(await exampleFile())).rejects.toThrow('Script error');
  });
});
