import type { RawTable } from '../../src/engine/cells';
import type { OutputTable } from '../../src/engine/output';
import { exampleTables } from '../../src/example';
import { brokenExample } from '../browser/workbooks';
import { excelHost, type OfficePort } from '../../src/taskpane/hosts/excelHost';
import type { Progress } from '../../src/taskpane/hosts/host';
import { CancelledError } from '../../src/taskpane/worker/client';
import { workbookMsg } from '../../src/workbook/messages/catalog';
import { inProcessWorker } from './worker/inProcessWorker';
// No browser frames to wait for.
jest.mock('../../src/taskpane/hooks/errorMessage', () => ({ ...jest.requireActual('../../src/taskpane/hooks/errorMessage'), nextPaint: async () => undefined }));

function office(tables: RawTable[], calls: string[], writeOutputs?: (outputs: OutputTable[]) => Promise<void>): OfficePort {
  return {
    // As the adapter does: read, let the pane calculate, write what it returns, in one go.
    recalculate: async (calculate) => {
      calls.push('read');
      const { write, others, value } = await calculate(tables);
      calls.push(`write ${write.map((o) => o.name).join(',')}`);
      calls.push(`kept ${others.map((o) => o.name).join(',')}`);
      await writeOutputs?.(write);
      return { value, notes: [workbookMsg('pivotNotSupported', {})], stale: ['Fakturaunderlag', 'Kundbesked A'], inputs: 'indata-1' };
    },
    writeOutputs: async (outputs, inputs) => {
      calls.push(`on demand ${outputs.map((o) => `${o.name} (${o.stream?.count ?? o.rows.length} rader)`).join(',')} from ${inputs}`);
      return { notes: [], stale: ['Kundbesked A'] };
    },
    writeInputTables: async (t) => {
      calls.push(`inputs ${t.length}`);
      return { sheets: [], syncs: 2 };
    },
    selectCell: async (address) => {
      calls.push(`select ${address}`);
    },
    writeStatements: async (statements, inputs) => {
      calls.push(`statements ${statements.length} from ${inputs}`);
      return { sheets: ['Kundbesked A'], notes: [], syncs: 3 };
    },
    decide: async (decide) => {
      const { table, value } = await decide(tables);
      calls.push(`decide ${table?.name ?? 'nothing'}`);
      return { value };
    },
    readTables: async (names) => {
      calls.push(`read ${names.join(', ')}`);
      return tables.filter((t) => names.includes(t.name));
    },
    writeImportedRows: async (plan) => {
      calls.push(`import ${plan.rows.length} into ${plan.table}`);
      return { written: plan.rows.length, replaced: 0, kept: 0 };
    },
  };
}

describe('the Excel host the pane is given', () => {
  it('reads on the page, calculates in the worker, writes the core outputs and keeps Fakturaunderlag and Spårning for later', async () => {
    const calls: string[] = [];
    const host = excelHost(office(exampleTables(), calls), () => inProcessWorker());
    const progress: Progress[] = [];
    const run = await host.workbook.run((p) => progress.push(p));
    expect(run.data.ok).toBe(true);
    expect(run.notes).toEqual([{ id: 'pivotNotSupported', args: {} }]);
    expect(run.stale).toEqual(['Fakturaunderlag', 'Kundbesked A']);
    expect(host.stale.current()).toEqual(['Fakturaunderlag', 'Kundbesked A']);
    const heard: string[][] = [];
    const stop = host.stale.subscribe(() => heard.push(host.stale.current()));
    expect(calls).toEqual([
      'read',
      'write Prislista,Fördelning,Kundsammanställning,Avvikelsepivot,Avstämning,Prisstruktur,Scenariojämförelse,Scenariopriser,Tjänstekatalog,Nyckeltal,Förändringsanalys,Övergång,Uppföljning,Volymuppföljning,Resultatfond,Slutavräkning,Kontroller',
      'kept Fakturaunderlag,Spårning',
    ]);
    // The worker's steps in between, as fractions of the whole run that only grow.
    expect(progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1])).toEqual(['reading', 'calculating', 'writing']);
    expect(progress.filter((p) => p.phase === 'calculating').length).toBeGreaterThan(2);
    expect(progress.every((p, i) => i === 0 || p.fraction >= progress[i - 1]!.fraction)).toBe(true);
    expect(run.onDemand?.names).toEqual(['Fakturaunderlag', 'Spårning']);

    // Written when asked, as calculated from the run's inputs; the adapter says what is still stale.
    await expect(run.onDemand!.write('Fakturaunderlag')).resolves.toEqual({ notes: [], stale: ['Kundbesked A'] });
    // Its rows come from the worker, made a block at a time: as many as the run counted.
    const lines = run.data.outputs.find((o) => o.name === 'Fakturaunderlag')!.rowCount;
    expect(lines).toBeGreaterThan(100);
    expect(calls[3]).toBe(`on demand Fakturaunderlag (${lines} rader) from indata-1`);
    expect(host.stale.current()).toEqual(['Kundbesked A']);
    await expect(run.onDemand!.write('Prislista')).rejects.toThrow('Körningen har ingen utdatatabell Prislista.');

    // The details are asked of the calculation kept in the worker.
    const statements = await run.details!.statements(['Södermalm stadsdelsförvaltning']);
    expect(statements.map((s) => s.customer)).toEqual(['Södermalm stadsdelsförvaltning']);
    await host.writeInputTables([]);
    await host.workbook.selectCell?.('Volymer!C4');
    await expect(host.writeStatements([])).resolves.toEqual({ sheets: ['Kundbesked A'], notes: [] });
    expect(calls.slice(4)).toEqual(['inputs 0', 'select Volymer!C4', 'statements 0 from indata-1']);
    // Kundbesked A is written anew (the fake adapter says so): no longer stale.
    expect(heard).toEqual([['Kundbesked A'], []]);
    stop();
  });

  it('writes every output and keeps nothing for later with Skriv alltid', async () => {
    const calls: string[] = [];
    const run = await excelHost(office(exampleTables(), calls), () => inProcessWorker()).workbook.run(() => {}, { writeAll: true });
    expect(calls[1]).toBe(
      'write Prislista,Fördelning,Kundsammanställning,Avvikelsepivot,Avstämning,Prisstruktur,Scenariojämförelse,Scenariopriser,Tjänstekatalog,Fakturaunderlag,Nyckeltal,Spårning,Förändringsanalys,Övergång,Uppföljning,Volymuppföljning,Resultatfond,Slutavräkning,Kontroller',
    );
    expect(calls[2]).toBe('kept ');
    expect(run.onDemand).toBeNull();
  });

  it('writes only Kontroller, and has no details, when the workbook has errors', async () => {
    const calls: string[] = [];
    const run = await excelHost(office(brokenExample(3), calls), () => inProcessWorker()).workbook.run(() => {});
    expect(run.data.ok).toBe(false);
    expect(run.details).toBeNull();
    expect(calls).toEqual(['read', 'write Kontroller', 'kept ']);
    expect(run.onDemand).toBeNull();
  });

  it('stops at once on Avbryt while the worker calculates: the run is cancelled and nothing is written', async () => {
    const calls: string[] = [];
    const host = excelHost(office(exampleTables(), calls), () => inProcessWorker());
    const running = host.workbook.run((p) => {
      if (p.phase === 'calculating') host.workbook.cancel?.();
    });
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toEqual(['read']);
    // The next run starts a fresh worker and goes through.
    const run = await host.workbook.run(() => {});
    expect(run.data.ok).toBe(true);
    expect(calls.filter((c) => c.startsWith('write'))).toHaveLength(1);
  });

  it('a run stopped while Excel reads the tables ends cancelled before the worker is asked, and writes nothing', async () => {
    const calls: string[] = [];
    const log: unknown[] = [];
    const port = office(exampleTables(), calls);
    const reading: OfficePort = {
      ...port,
      recalculate: (calculate) => {
        // Avbryt is pressed while the adapter reads.
        host.workbook.cancel?.();
        return port.recalculate(calculate);
      },
    };
    const host = excelHost(reading, () => inProcessWorker(log as never[]));
    await expect(host.workbook.run(() => {})).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toEqual(['read']);
    expect(log).toEqual([]);
  });

  it('lets the adapter’s errors through to the pane', async () => {
    const refusal = new Error('Bladet "Prislista" finns redan men skapades inte av Intäktsmodell.');
    const host = excelHost(
      office([], [], async () => {
        throw refusal;
      }),
      () => inProcessWorker(),
    );
    await expect(host.workbook.run(() => {})).rejects.toBe(refusal);
  });
});
