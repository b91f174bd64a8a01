import type { CustomerSettlement } from '../worker/customerSettlement';

/**
 * What the drawer says of a customer's settlement: its lines, or the one reason there is
 * nothing to settle with it, so that no empty table is shown.
 */
export type SettlementView =
  /** The workbook has no actuals: nothing is followed up, nothing settled. */
  | { kind: 'noActuals' }
  /** Avräkning Ingen: the year's result stays in the result fund. */
  | { kind: 'kept'; period: string; final: boolean }
  /** Över tak, and the fund stays within its cap. */
  | { kind: 'withinCap'; cap: number; period: string; final: boolean }
  /** No service has a result to settle with any customer (Full: every result 0, or nobody to settle with). */
  | { kind: 'nothingSettled'; period: string; final: boolean }
  /** Something is settled, but nothing with this customer (it was invoiced for none of the services settled). */
  | { kind: 'notThisCustomer'; period: string; final: boolean }
  | { kind: 'lines'; settlement: CustomerSettlement };

export function settlementView(s: CustomerSettlement | null): SettlementView {
  if (s === null) return { kind: 'noActuals' };
  const when = { period: s.period, final: s.final };
  if (s.lines.length > 0) return { kind: 'lines', settlement: s };
  if (s.method === 'Ingen') return { kind: 'kept', ...when };
  if (s.anyLines) return { kind: 'notThisCustomer', ...when };
  if (s.method === 'Över tak' && s.cap !== null && s.closing <= s.cap) return { kind: 'withinCap', cap: s.cap, ...when };
  return { kind: 'nothingSettled', ...when };
}
