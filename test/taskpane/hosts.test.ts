import type { RawTable } from '../../src/engine/cells';
import type { OutputTable } from '../../src/engine/output';
import { exampleTables } from '../../src/example';
import { brokenExample } from '../browser/workbooks';
import { excelHost, type OfficePort } from '../../src/taskpane/hosts/excelHost';
import type { Progress } from '../../src/taskpane/hosts/host';

// The run's engine comes from the lazily loaded results chunk; in jest a plain import.
jest.mock('../../src/taskpane/components/lazyViews', () => ({ loadResults: () => import('../../src/taskpane/results') }));
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
      return { value, notes: ['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.'], stale: ['Fakturaunderlag', 'Kundbesked A'], inputs: 'indata-1' };
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
  };
}

describe('the Excel host the pane is given', () => {
  it('runs on the page: reads, calculates, writes the core outputs and keeps Fakturaunderlag and Spårning for later', async () => {
    const calls: string[] = [];
    const host = excelHost(office(exampleTables(), calls));
    const progress: Progress[] = [];
    const run = await host.workbook.run((p) => progress.push(p));
    expect(run.data.ok).toBe(true);
    expect(run.notes).toEqual(['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.']);
    expect(run.stale).toEqual(['Fakturaunderlag', 'Kundbesked A']);
    expect(host.stale.current()).toEqual(['Fakturaunderlag', 'Kundbesked A']);
    const heard: string[][] = [];
    const stop = host.stale.subscribe(() => heard.push(host.stale.current()));
    expect(calls).toEqual([
      'read',
      'write Prislista,Fördelning,Kundsammanställning,Avvikelsepivot,Avstämning,Prisstruktur,Scenariojämförelse,Scenariopriser,Tjänstekatalog,Nyckeltal,Förändringsanalys,Övergång,Kontroller',
      'kept Fakturaunderlag,Spårning',
    ]);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'calculating', 'writing']);
    expect(run.onDemand?.names).toEqual(['Fakturaunderlag', 'Spårning']);

    // Written when asked, as calculated from the run's inputs; the adapter says what is still stale.
    await expect(run.onDemand!.write('Fakturaunderlag')).resolves.toEqual({ notes: [], stale: ['Kundbesked A'] });
    expect(calls[3]).toMatch(/^on demand Fakturaunderlag \(\d+ rader\) from indata-1$/);
    expect(host.stale.current()).toEqual(['Kundbesked A']);
    await expect(run.onDemand!.write('Prislista')).rejects.toThrow('Körningen har ingen utdatatabell Prislista.');

    // The details are asked of the calculation kept on the page.
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
    const run = await excelHost(office(exampleTables(), calls)).workbook.run(() => {}, { writeAll: true });
    expect(calls[1]).toBe(
      'write Prislista,Fördelning,Kundsammanställning,Avvikelsepivot,Avstämning,Prisstruktur,Scenariojämförelse,Scenariopriser,Tjänstekatalog,Fakturaunderlag,Nyckeltal,Spårning,Förändringsanalys,Övergång,Kontroller',
    );
    expect(calls[2]).toBe('kept ');
    expect(run.onDemand).toBeNull();
  });

  it('writes only Kontroller, and has no details, when the workbook has errors', async () => {
    const calls: string[] = [];
    const run = await excelHost(office(brokenExample(3), calls)).workbook.run(() => {});
    expect(run.data.ok).toBe(false);
    expect(run.details).toBeNull();
    expect(calls).toEqual(['read', 'write Kontroller', 'kept ']);
    expect(run.onDemand).toBeNull();
  });

  it('lets the adapter’s errors through to the pane', async () => {
    const refusal = new Error('Bladet "Prislista" finns redan men skapades inte av Intäktsmodell.');
    const host = excelHost(
      office([], [], async () => {
        throw refusal;
      }),
    );
    await expect(host.workbook.run(() => {})).rejects.toBe(refusal);
  });
});
