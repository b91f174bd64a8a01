import { Dec } from '../decimal';
import { msg, type Message } from '../messages/catalog';
import { kronorText } from '../report/swedishNumbers';
import type { LedgerMapping } from './mapLedger';

/**
 * What the import says of its reconciliation, in order: for Kostnader the totals; for Utfall
 * each month (ledger − unmapped = imported) and then the totals.
 */
export function reconciliationMessages(mapping: LedgerMapping): Message[] {
  const kr = (amount: string) => kronorText(new Dec(amount));
  const totals = { ledger: kr(mapping.ledgerTotal), unmapped: kr(mapping.unmappedTotal), imported: kr(mapping.importedTotal), rows: mapping.rows, mappedRows: mapping.mappedRows, lines: mapping.lines.length };
  if (mapping.months === undefined) return [msg('ledgerReconciled', totals)];
  return [
    msg('actualsMonthsHeading', {}),
    ...mapping.months.map((m) => msg('actualsMonthReconciled', { month: m.month, ledger: kr(m.ledger), unmapped: kr(m.unmapped), imported: kr(m.imported), rows: m.rows })),
    msg('actualsReconciled', { ...totals, months: mapping.months.length }),
  ];
}
