import type { Scenario } from '../model';
import { msg } from '../messages/catalog';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import type { ServiceResult } from './results';

/**
 * A Scenarier row whose Kundtyper or Volymfaktor acts on none of its services as the scenario
 * prices them is said, not silently ignored: Kundtyper decide only who shares a keyed cost
 * (Fast, Blandad), a Volymfaktor only acts on prices per unit (Styck, Tim, Blandad, Paket).
 * One warning per row and column, on its cell.
 */
export function reportIneffectiveChanges(scenario: Scenario, results: readonly ServiceResult[], problems: ProblemList, locate: Locator): void {
  const models = new Map(results.map((r) => [r.service.name, r.plan.model]));
  for (const o of scenario.overrides) {
    const priced = o.services.map((s) => models.get(s)).filter((m) => m !== undefined);
    // A service that could not be priced has its error already; nothing is said about the rest.
    if (priced.length < o.services.length) continue;
    if (o.sharerTypes !== null && !priced.some((m) => m === 'Fast' || m === 'Blandad')) {
      const at = locate.place('Scenarier', o.row, 'Kundtyper');
      problems.warning('scenario-change-without-effect', at, msg('scenarioChangeWithoutEffect', { at, scenario: scenario.name, column: 'Kundtyper', target: o.target }));
    }
    if (o.volumeFactor !== null && !priced.some((m) => m !== 'Fast' && m !== 'Direkt')) {
      const at = locate.place('Scenarier', o.row, 'Volymfaktor');
      problems.warning('scenario-change-without-effect', at, msg('scenarioChangeWithoutEffect', { at, scenario: scenario.name, column: 'Volymfaktor', target: o.target }));
    }
  }
}
