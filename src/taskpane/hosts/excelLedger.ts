import { IMPORT_TARGETS } from '../../engine/ledger/targets';
import type { WorkerClient } from '../worker/client';
import type { OfficePort } from './excelHost';
import type { LedgerPort } from './ledgerPort';

/** The rules table the import reads (docs/arbetsbok.md, "Input table Kontering"). */
const KONTERING = 'Kontering';
/** Where Budgetår is: an import into a monthly table (Utfall) checks each row's year against it. */
const SETTINGS = 'Inställningar';

/**
 * The import in Excel: Kontering and the target table read through the port (and Inställningar for
 * a monthly target's Budgetår; nothing else of the workbook), the ledger put on the rules in the
 * pane's worker, the rows written through the port.
 */
export function excelLedgerPort(port: Pick<OfficePort, 'readTables' | 'writeImportedRows'>, client: Pick<WorkerClient, 'ledgerPreview'>): LedgerPort {
  return {
    async preview(request) {
      const target = IMPORT_TARGETS[request.target];
      const tables = await port.readTables([KONTERING, target?.table ?? request.target, ...(target?.monthly ? [SETTINGS] : [])]);
      return client.ledgerPreview(request, tables);
    },
    write: (plan) => port.writeImportedRows(plan),
  };
}
