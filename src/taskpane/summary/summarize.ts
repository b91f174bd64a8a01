import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf } from './outputs';

export interface AreaTotals {
  area: string;
  keyed: number;
  unit: number;
  addOn: number;
  total: number;
}

export interface FlaggedProcess {
  name: string;
  status: string;
  difference: number;
  /** Beslutad differens: the part of the difference decisions make (a cap, agreed sums, decided prices); null when none. */
  decided: number | null;
  /** Orsak: those decisions, e.g. "Pristak, Fastställt pris"; null when none. */
  causes: string | null;
}

/** What the pane shows after a successful run, read from the output tables alone. */
export interface RunSummary {
  cost: number;
  revenue: number;
  difference: number;
  areas: AreaTotals[];
  /** Processes whose Avstämning status is not OK. */
  flagged: FlaggedProcess[];
  scenarios: string[];
}

export function summarize(outputs: readonly OutputTable[]): RunSummary {
  const reconciliation = rowsOf(outputs, 'Avstämning');
  const total = reconciliation.find((r) => r['Nivå'] === 'Totalt');
  return {
    cost: numberOf(total, 'Kostnad') ?? 0,
    revenue: numberOf(total, 'Intäkt') ?? 0,
    difference: numberOf(total, 'Differens') ?? 0,
    areas: rowsOf(outputs, 'Prisstruktur').map((r) => ({
      area: textOf(r, 'Verksamhetsområde'),
      keyed: numberOf(r, 'Fördelat/nycklat') ?? 0,
      unit: numberOf(r, 'Obligatoriskt (st/tim)') ?? 0,
      addOn: numberOf(r, 'Tilläggstjänster') ?? 0,
      total: numberOf(r, 'Totalt') ?? 0,
    })),
    flagged: reconciliation
      .filter((r) => r['Nivå'] === 'Process' && r['Status'] !== 'OK')
      .map((r) => ({
        name: textOf(r, 'Namn'),
        status: textOf(r, 'Status'),
        difference: numberOf(r, 'Differens') ?? 0,
        decided: numberOf(r, 'Beslutad differens'),
        causes: textOf(r, 'Orsak') || null,
      })),
    scenarios: scenarioNames(outputs),
  };
}

/** Scenariojämförelse names each scenario in a column followed by "<name> förändring kr". */
function scenarioNames(outputs: readonly OutputTable[]): string[] {
  const table = outputs.find((o) => o.name === 'Scenariojämförelse');
  if (!table) return [];
  const headers = new Set(table.columns.map((c) => c.header));
  return table.columns.slice(2).map((c) => c.header).filter((h) => headers.has(`${h} förändring kr`));
}
