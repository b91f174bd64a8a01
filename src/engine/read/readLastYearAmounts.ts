import { ZERO } from '../decimal';
import type { LastYearAmount } from '../model';
import { msg } from '../messages/catalog';
import type { Customers } from './readCustomers';
import type { Services } from './readServices';
import type { TableReader } from './tableReader';
import { AMOUNT, AMOUNT_LIMIT } from './ranges';
import { shown } from './numberRules';
import { NameResolver, looksOf } from './readVolumes';

/** Varav avvikelser: kronor, not negative, below the amount limit. */
const DEVIATION_PART = { min: 0, below: AMOUNT_LIMIT, smallest: AMOUNT.smallest };

/**
 * Fjolårsbelopp: service -> customer -> what the customer was invoiced last year. Rows of one
 * customer and service are summed (an invoice system gives a row per invoice): said once, in one
 * warning, not per row. null without the table, so the outputs compare as they did before it.
 */
export function readLastYearAmounts(table: TableReader, customers: Customers, services: Services): Map<string, Map<string, LastYearAmount>> | null {
  if (!table.present) return null;
  const out = new Map<string, Map<string, LastYearAmount>>();
  const resolver = new NameResolver(table, customers.byName, services.byName, services.rejected, looksOf(customers, services));
  const belopp = table.columnIndex('Belopp');
  const avvikelser = table.columnIndex('Varav avvikelser');
  let summed = 0;
  let firstSummed: number | null = null;
  let size = ZERO;
  let sizeReported = false;
  for (let i = 0; i < table.rowCount; i++) {
    const row = table.rowAt(i);
    if (row === null) continue;
    const names = resolver.names(row);
    const amount = row.numberIn(belopp, 'Belopp', true, AMOUNT);
    const deviations = row.numberIn(avvikelser, 'Varav avvikelser', false, DEVIATION_PART);
    if (amount === null) continue;
    if (deviations !== null && deviations.gt(amount.abs())) {
      table.report.error('deviations-above-amount', row.place('Varav avvikelser'), msg('lastYearDeviationsAboveAmount', { at: row.place('Varav avvikelser'), deviations: shown(deviations), amount: shown(amount) }));
      continue;
    }
    size = size.plus(amount.abs());
    if (!sizeReported && size.gte(AMOUNT_LIMIT)) {
      sizeReported = true;
      table.report.error('sum-out-of-range', row.place('Belopp'), msg('lastYearAmountsTooLarge', { at: row.place('Belopp') }));
    }
    if (!names) continue;
    let perService = out.get(names.service);
    if (!perService) out.set(names.service, (perService = new Map()));
    const earlier = perService.get(names.customer);
    if (earlier) {
      earlier.amount = earlier.amount.plus(amount);
      earlier.deviations = earlier.deviations.plus(deviations ?? ZERO);
      summed++;
      firstSummed ??= row.rowNumber;
      continue;
    }
    perService.set(names.customer, { amount, deviations: deviations ?? ZERO, row: row.rowNumber });
  }
  if (firstSummed !== null) {
    table.report.warning('summed-last-year-amounts', table.place(firstSummed, 'Belopp'), msg('lastYearAmountsSummed', { rows: summed, first: firstSummed }));
  }
  return out;
}
