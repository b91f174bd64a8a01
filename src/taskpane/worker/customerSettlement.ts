import type { Calculation } from '../../engine/calc/calculate';
import type { SettlementLine } from '../../engine/calc/settlement';
import type { SettlementMethod } from '../../engine/schema';
import { findCustomer } from '../../engine/statement/customers';

/**
 * One customer's part of the settlement (Slutavräkning) as the drawer shows it, in kronor: the
 * engine's lines of this customer (calc.settlement, worked out once per run) with the result
 * fund's context. Plain data: it crosses from the worker.
 */
export interface CustomerSettlement {
  method: SettlementMethod;
  /** All twelve months closed: the figures are the year's actuals, not a forecast. */
  final: boolean;
  /** The last closed month, "2021-06" ("06" without Budgetår). */
  period: string;
  /** What is settled with all the customers: > 0 returned to them, < 0 charged. */
  settled: number;
  /** Resultatfondstak in kronor (a share already applied to the revenue); null without one. */
  cap: number | null;
  /** The fund's closing balance (Utgående balans). */
  closing: number;
  /** True when the settlement has lines at all (this customer's or others'). */
  anyLines: boolean;
  /** The customer's lines in Tjänster order; empty when it has no part in the settlement. */
  lines: CustomerSettlementLine[];
  /** Σ the lines' amounts: < 0 returned to the customer, > 0 charged to it. */
  total: number;
}

export interface CustomerSettlementLine {
  service: string;
  area: string;
  /** What the customer was invoiced for the service to date (with `basis` 'budget': its budget charge). */
  invoiced: number;
  /** The same over all the service's customers: the base of the shares. */
  invoicedTotal: number;
  /** invoiced / invoicedTotal. */
  share: number;
  /** The service's amount settled over all its customers, signed as the lines are. */
  serviceAmount: number;
  /** The customer's part: < 0 a credit (returned), > 0 a debit (charged). */
  amount: number;
  /** 'budget' when nobody was invoiced for the service yet and the budget's charges set the shares. */
  basis: 'invoiced' | 'budget';
}

/** The customer's settlement; null when the workbook has no actuals to follow up (no settlement at all). */
export function customerSettlement(calc: Calculation, name: string): CustomerSettlement | null {
  const followUp = calc.followUp ?? null;
  const settlement = calc.settlement ?? null;
  if (followUp === null || settlement === null) return null;
  const customer = findCustomer(calc.model, name)?.name ?? name;
  const kronor = (units: number) => calc.money.toNumber(units);
  const perService = new Map<SettlementLine['service'], number>();
  for (const l of settlement.lines) perService.set(l.service, (perService.get(l.service) ?? 0) + l.amount);
  const own = settlement.lines.filter((l) => l.customer === customer);
  const lines = own.map((l): CustomerSettlementLine => ({
    service: l.service.result.service.name,
    area: l.service.result.service.area,
    invoiced: kronor(l.invoiced),
    invoicedTotal: kronor(l.invoicedTotal),
    share: l.invoiced / l.invoicedTotal,
    serviceAmount: kronor(perService.get(l.service) ?? 0),
    amount: kronor(l.amount),
    basis: [...l.service.invoiced.values()].some((units) => units > 0) ? 'invoiced' : 'budget',
  }));
  const { fund } = settlement;
  return {
    method: fund.method,
    final: fund.final,
    period: followUp.period,
    settled: kronor(fund.settled),
    cap: fund.cap === null ? null : kronor(fund.cap),
    closing: kronor(fund.closing),
    anyLines: settlement.lines.length > 0,
    lines,
    total: kronor(own.reduce((a, l) => a + l.amount, 0)),
  };
}
