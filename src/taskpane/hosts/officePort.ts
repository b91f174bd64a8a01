import type { OfficeFiles, OfficeWorkbook } from '../../workbook/office';
import { isImportMark } from '../../engine/ledger/targets';
import type { OfficePort } from './excelHost';

/** The pane's door to Excel: the office-js adapter's use cases, with their notes as messages for the pane's language. */
export function officePort(workbook: OfficeWorkbook, files?: OfficeFiles): OfficePort {
  return {
    recalculate: async (calculate) => {
      const { value, report } = await workbook.recalculate(calculate);
      return { value, notes: report.noteTexts, stale: report.stale, inputs: report.inputs };
    },
    writeOutputs: async (outputs, inputs) => {
      const report = await workbook.writeOutputsWithReport(outputs, inputs);
      return { notes: report.noteTexts, stale: report.stale };
    },
    writeInputTables: (tables) => workbook.writeInputTables(tables),
    selectCell: (address) => workbook.selectCell(address),
    decide: async (decide) => ({ value: (await workbook.decide(decide)).value }),
    readTables: (names) => workbook.readNamedTables(names),
    writeImportedRows: async (plan) => {
      const { written, replaced, kept } = await workbook.writeImportedRows({ ...plan, isImported: (mark) => isImportMark(mark) });
      return { written, replaced, kept };
    },
    writeStatements: async (statements, inputs) => {
      const report = await workbook.writeStatements(statements, inputs);
      return { sheets: report.sheets, notes: report.noteTexts };
    },
    ...(files ? { files } : {}),
  };
}
