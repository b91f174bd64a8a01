import type { OutputTable } from '../../src/engine/output';
import { excelHost, type OfficePort } from '../../src/taskpane/hosts/excelHost';

describe('the Excel host the pane is given', () => {
  it('passes reads, writes and cell selection to the office adapter and shows its notes', async () => {
    const calls: string[] = [];
    const office: OfficePort = {
      readTables: async () => {
        calls.push('read');
        return [];
      },
      writeOutputs: async (outputs) => {
        calls.push(`write ${outputs.map((o) => o.name).join(',')}`);
        return { notes: ['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.'] };
      },
      writeInputTables: async (tables) => {
        calls.push(`inputs ${tables.length}`);
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
    const host = excelHost(office);
    const kontroller: OutputTable = { name: 'Kontroller', columns: [], rows: [] };
    await host.workbook.readTables();
    await expect(host.workbook.writeOutputs([kontroller])).resolves.toEqual(['Pivottabellen hoppades över: Excel saknar ExcelApi 1.8.']);
    await host.writeInputTables([]);
    await host.workbook.selectCell?.('Volymer!C4');
    await expect(host.writeStatements([])).resolves.toEqual({ sheets: ['Kundbesked A'], notes: [] });
    expect(calls).toEqual(['read', 'write Kontroller', 'inputs 0', 'select Volymer!C4', 'statements 0']);
  });

  it('lets the adapter’s errors through to the pane', async () => {
    const refusal = new Error('Bladet "Prislista" finns redan men skapades inte av Intäktsmodell.');
    const office: OfficePort = {
      readTables: async () => [],
      writeOutputs: async () => {
        throw refusal;
      },
      writeInputTables: async () => undefined,
      selectCell: async () => undefined,
      writeStatements: async () => ({ sheets: [], notes: [] }),
    };
    await expect(excelHost(office).workbook.writeOutputs([])).rejects.toBe(refusal);
  });
});
