import { ZERO, sum, type Dec } from '../decimal';
import type { CostRow, Model, Service } from '../model';
import { DIRECT_COST_DRIVER } from '../schema';
import type { ProblemList } from '../read/problemList';
import type { Locator } from '../read/locator';

/** One cost row's part of a service's full cost: where it came from and how it was spread. */
export interface CostPart {
  row: CostRow;
  /** The driver used (a Tjänster column or "Direkt kostnad"); null for a row on the service. */
  driver: string | null;
  amount: Dec;
}

export interface FullCost {
  /** Exact full cost per service (nothing rounded). */
  total: Map<string, Dec>;
  /** Direct cost per service: the rows booked on the service itself. */
  direct: Map<string, Dec>;
  /** Every cost row's part per service, for tracing a price back to its costs. */
  parts: Map<string, CostPart[]>;
}

/**
 * Step 1: direct rows go to their service; rows on a process, an area or a common pool are
 * spread over the services below them in proportion to a driver (a numeric column of
 * Tjänster, or the services' direct cost). Full precision; nothing is rounded.
 */
export function computeFullCost(model: Model, problems: ProblemList, locate: Locator): FullCost {
  const direct = new Map<string, Dec>(model.services.map((s) => [s.name, ZERO]));
  const parts = new Map<string, CostPart[]>(model.services.map((s) => [s.name, []]));
  for (const row of model.costs) {
    if (row.target.level !== 'service') continue;
    direct.set(row.target.name, (direct.get(row.target.name) ?? ZERO).plus(row.amount));
    parts.get(row.target.name)?.push({ row, driver: null, amount: row.amount });
  }
  for (const row of model.costs) {
    if (row.target.level === 'service') continue;
    const target = row.target;
    const services = model.services.filter((s) =>
      target.level === 'pool' ? true : target.level === 'process' ? s.process === target.name : s.area === target.name,
    );
    const weightOf = (s: Service): Dec => (row.driver === null ? (direct.get(s.name) ?? ZERO) : (s.drivers.get(row.driver) ?? ZERO));
    const weights = services.map(weightOf);
    const total = sum(weights);
    const driverName = row.driver ?? DIRECT_COST_DRIVER;
    if (weights.some((w) => w.isNegative())) {
      problems.error('negative-driver', locate.place('Kostnader', row.row, 'Fördelas efter'), `Kostnader rad ${row.row}: "${row.object}" fördelas efter ${driverName}, men någon tjänst har negativ ${driverName}. Fördela efter en drivare i stället.`);
      continue;
    }
    if (!total.gt(0)) {
      problems.error('zero-driver', locate.place('Kostnader', row.row, 'Fördelas efter'), `Kostnader rad ${row.row}: "${row.object}" ska fördelas efter ${driverName}, men ${driverName} är 0 för alla tjänster ${target.level === 'pool' ? '' : `i ${target.name} `}och kostnaden kan inte fördelas.`);
      continue;
    }
    services.forEach((s, i) => {
      const w = weights[i] ?? ZERO;
      if (w.isZero()) return;
      parts.get(s.name)?.push({ row, driver: driverName, amount: row.amount.times(w).div(total) });
    });
  }
  const totals = new Map<string, Dec>();
  for (const s of model.services) totals.set(s.name, sum((parts.get(s.name) ?? []).map((p) => p.amount)));
  return { total: totals, direct, parts };
}
