import { IMPORT_TARGETS } from '../../engine/ledger/targets';
import type { WorkerClient } from '../worker/client';
import type { OfficePort } from './excelHost';
import type { LedgerPort } from './ledgerPort';

/** The rules table the import reads (docs/arbetsbok.md, "Input table Kontering"). */
const KONTERING = 'Kontering';

/**
 * The import in Excel: Kontering and the target table read through the port (nothing else of the
 * workbook), the ledger put on the rules in the pane's worker, the rows written through the port.
 */
export function excelLedgerPort(port: Pick<OfficePort, 'readTables' | 'writeImportedRows'>, client: Pick<WorkerClient, 'ledgerPreview'>): LedgerPort {
  return {
    async preview(request) {
      const tables = await port.readTables([KONTERING, IMPORT_TARGETS[request.target]?.table ?? request.target]);
      return client.ledgerPreview(request, tables);
    },
    write: (plan) => port.writeImportedRows(plan),
  };
}
