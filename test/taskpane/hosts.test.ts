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

function office(tables: RawTable[], calls: string[], writeOutputs?: OfficePort['writeOutputs']): OfficePort {
  return {
    readTables: async () => {
      calls.push('read');
      return tables;
    },
    writeOutputs:
      writeOutputs ??
      (async (outputs) => {
        calls.push(`write ${outputs.map((o) => o.name).join(',')}`);
        return { notes: ['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.'] };
      }),
    writeInputTables: async (t) => {
      calls.push(`inputs ${t.length}`);
      return { sheets: [], syncs: 2 };
    },
    selectCell: async (address) => {
      calls.push(`select ${address}`);
    },
    writeStatements: async (statements) => {
      calls.push(`statements ${statements.length}`);
      return { sheets: ['Kundbesked A'], notes: [], syncs: 3 };
    },
  };
}

describe('the Excel host the pane is given', () => {
  it('runs on the page: reads, calculates, writes every output and shows the adapter’s notes', async () => {
    const calls: string[] = [];
    const host = excelHost(office(exampleTables(), calls));
    const progress: Progress[] = [];
    const run = await host.workbook.run((p) => progress.push(p));
    expect(run.data.ok).toBe(true);
    expect(run.notes).toEqual(['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.']);
    expect(calls[0]).toBe('read');
    expect(calls[1]).toMatch(/^write Prislista,Fördelning,.*Kontroller$/);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'calculating', 'writing']);
    // The details are asked of the calculation kept on the page.
    const statements = await run.details!.statements(['Södermalm stadsdelsförvaltning']);
    expect(statements.map((s) => s.customer)).toEqual(['Södermalm stadsdelsförvaltning']);
    await host.writeInputTables([]);
    await host.workbook.selectCell?.('Volymer!C4');
    await expect(host.writeStatements([])).resolves.toEqual({ sheets: ['Kundbesked A'], notes: [] });
    expect(calls.slice(2)).toEqual(['inputs 0', 'select Volymer!C4', 'statements 0']);
  });

  it('writes only Kontroller, and has no details, when the workbook has errors', async () => {
    const calls: string[] = [];
    const run = await excelHost(office(brokenExample(3), calls)).workbook.run(() => {});
    expect(run.data.ok).toBe(false);
    expect(run.details).toBeNull();
    expect(calls).toEqual(['read', 'write Kontroller']);
  });

  it('lets the adapter’s errors through to the pane', async () => {
    const refusal = new Error('Bladet "Prislista" finns redan men skapades inte av Intäktsmodell.');
    const host = excelHost(
      office([], [], async (_outputs: OutputTable[]) => {
        throw refusal;
      }),
    );
    await expect(host.workbook.run(() => {})).rejects.toBe(refusal);
  });
});
