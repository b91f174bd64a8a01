import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf, type Row } from '../summary/outputs';

export type TracePartName = 'Fast del' | 'Rörlig del' | 'Avvikelse';

/** One line of a charge's trace (a row of Spårning), in kronor. */
export interface TraceLineView {
  part: TracePartName;
  /** Kostnadsrad: the row of Kostnader; null on deviation lines. */
  costRow: number | null;
  costObject: string | null;
  costLevel: string | null;
  costType: string | null;
  /** Fördelas efter. */
  driver: string | null;
  /** Genom pool. */
  via: string | null;
  /** Tjänstens andel av raden. */
  rowShare: number | null;
  /** Tjänstens kostnad: the service's part of the row. */
  serviceCost: number | null;
  deviation: string | null;
  count: number | null;
  unitCost: number | null;
  amount: number;
}

/** What a customer pays for one service and what it is made of. */
export interface ChargeView {
  service: string;
  area: string;
  /** Grund, Underlag, Andel and Pris as in Fördelning. */
  basis: string;
  quantity: number | null;
  share: number | null;
  price: number | null;
  /** Belopp in Fördelning: the charge the lines must add up to. */
  charge: number;
  lines: TraceLineView[];
  /** The lines' sum, added in öre so that no float drift can hide a difference. */
  linesTotal: number;
}

/**
 * A customer's charges per service (Fördelning's rows, in its order) with their trace lines
 * (`trace`: the engine's customerTraceTable, the same rows as Spårning, made on demand for the
 * one customer clicked, so it works when Spårning itself was not written).
 */
export function customerCharges(trace: OutputTable | null, outputs: readonly OutputTable[], customer: string): ChargeView[] {
  const traceRows = trace ? rowsOf([trace], trace.name) : [];
  return rowsOf(outputs, 'Fördelning')
    .filter((r) => r['Kund'] === customer)
    .map((r) => {
      const service = textOf(r, 'Tjänst');
      const lines = traceRows.filter((t) => t['Tjänst'] === service).map(lineView);
      return {
        service,
        area: textOf(r, 'Verksamhetsområde'),
        basis: textOf(r, 'Grund'),
        quantity: numberOf(r, 'Underlag'),
        share: numberOf(r, 'Andel'),
        price: numberOf(r, 'Pris'),
        charge: numberOf(r, 'Belopp') ?? 0,
        lines,
        linesTotal: sumKronor(lines.map((l) => l.amount)),
      };
    });
}

function lineView(r: Row): TraceLineView {
  const text = (column: string) => textOf(r, column) || null;
  return {
    part: textOf(r, 'Del') as TracePartName,
    costRow: numberOf(r, 'Kostnadsrad'),
    costObject: text('Kostnadsobjekt'),
    costLevel: text('Kostnadsnivå'),
    costType: text('Kostnadsslag'),
    driver: text('Fördelas efter'),
    via: text('Genom pool'),
    rowShare: numberOf(r, 'Tjänstens andel av raden'),
    serviceCost: numberOf(r, 'Tjänstens kostnad'),
    deviation: text('Avvikelse'),
    count: numberOf(r, 'Antal'),
    unitCost: numberOf(r, 'Kostnad per styck'),
    amount: numberOf(r, 'Belopp') ?? 0,
  };
}

/** Kronor added as whole öre, exact for amounts with at most two decimals. */
export function sumKronor(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100;
}

/** The lines grouped by part, in the engine's order (Fast del, Rörlig del, Avvikelse). */
export function linesByPart(lines: readonly TraceLineView[]): { part: TracePartName; lines: TraceLineView[]; total: number }[] {
  const parts: TracePartName[] = ['Fast del', 'Rörlig del', 'Avvikelse'];
  return parts
    .map((part) => {
      const of = lines.filter((l) => l.part === part);
      return { part, lines: of, total: sumKronor(of.map((l) => l.amount)) };
    })
    .filter((g) => g.lines.length > 0);
}
