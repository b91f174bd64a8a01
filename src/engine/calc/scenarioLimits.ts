import { Dec, ONE, ZERO, sum } from '../decimal';
import type { Model, Scenario } from '../model';
import { msg } from '../messages/catalog';
import type { Locator } from '../read/locator';
import { shown } from '../read/numberRules';
import type { ProblemList } from '../read/problemList';
import { AMOUNT_LIMIT } from '../read/ranges';

const LIMIT = new Dec(AMOUNT_LIMIT);

/**
 * Per service, the Scenarier row that last set each column (and, under "Tjänst", the last row
 * naming it at all), so a problem of a scenario's plan is reported on the cell that caused it.
 */
export function overrideRows(scenario: Scenario): Map<string, Map<string, number>> {
  const rows = new Map<string, Map<string, number>>();
  for (const o of scenario.overrides) {
    const set: [string, unknown][] = [
      ['Prismodell', o.model],
      ['Nyckel', o.key],
      ['Fast andel', o.fixedShare],
      ['Kundtyper', o.sharerTypes],
      ['Volymfaktor', o.volumeFactor],
    ];
    for (const service of o.services) {
      let at = rows.get(service);
      if (!at) rows.set(service, (at = new Map()));
      at.set('Tjänst', o.row);
      for (const [column, value] of set) if (value !== null) at.set(column, o.row);
    }
  }
  return rows;
}

/**
 * The input sum of decided prices and packages (calc/amountLimits.ts) once more for each
 * scenario with a Volymfaktor, whose volumes it scales: a factor up to 10 could carry a sum
 * that passed the base's check past what the engine holds exactly. An error on the Volymfaktor
 * cell of the service where the running sum passes the limit (or of the scenario's largest
 * factor); true when every scenario is within it.
 */
export function checkScenarioSums(model: Model, problems: ProblemList, locate: Locator): boolean {
  let ok = true;
  for (const scenario of model.scenarios) {
    const factored = scenario.overrides.filter((o) => o.volumeFactor !== null && o.volumeFactor.gt(ONE));
    if (factored.length === 0) continue;
    const factor = new Map<string, { value: Dec; row: number }>();
    for (const o of scenario.overrides) if (o.volumeFactor !== null) for (const s of o.services) factor.set(s, { value: o.volumeFactor, row: o.row });
    let total = ZERO;
    for (const service of model.services) {
      const volumes = [...(model.volumes.get(service.name)?.values() ?? [])];
      const f = factor.get(service.name);
      if (service.setPrice !== null) total = total.plus(service.setPrice.times(sum(volumes.map((v) => v.volume))).times(f?.value ?? ONE));
      const bands = model.packages.get(service.name);
      if (bands && bands.length > 0) {
        const top = bands.reduce((a, b) => (b.price.gt(a.price) ? b : a));
        total = total.plus(top.price.times(volumes.filter((v) => !v.volume.isZero()).length));
      }
      if (total.gte(LIMIT)) {
        const largest = factored.reduce((a, b) => ((b.volumeFactor as Dec).gt(a.volumeFactor as Dec) ? b : a));
        const at = locate.place('Scenarier', f?.row ?? largest.row, 'Volymfaktor');
        problems.error('sum-out-of-range', at, msg('scenarioSetPriceSumOutOfRange', { at, scenario: scenario.name, total: shown(total), limit: shown(LIMIT) }));
        ok = false;
        break;
      }
    }
  }
  return ok;
}
