import type { FollowUp } from './followUp';
import type { Settlement } from './settlement';
import type { Model, PricingPlan, Scenario, Service } from '../model';
import { AmountStep } from '../money';
import type { Locator } from '../read/locator';
import { ProblemList } from '../read/problemList';
import { checkChangeSums, checkInputSums } from './amountLimits';
import { checkAgreedSums } from './agreedLimits';
import { computeFullCost, type FullCost } from './fullCost';
import { ONE } from '../decimal';
import { checkScenarioSums, overrideRows } from './scenarioLimits';
import { reportIneffectiveChanges } from './scenarioEffects';
import { KeyBook } from './keys';
import { reportUndeclaredPools } from './poolWarnings';
import { priceService, serviceFacts, type PricingContext, type ServiceFacts } from './priceService';
import type { ServiceResult } from './results';

/**
 * A scenario's prices per service and totals per customer. Its charges are not kept (the
 * comparison needs the totals only), which halves the memory of a run with one scenario.
 */
export interface ScenarioResult {
  scenario: Scenario;
  services: ServiceResult[];
  /** Each customer's total charge, in units of the amount step. */
  totals: Map<string, number>;
}

export interface Calculation {
  model: Model;
  /** Rounded amounts are whole numbers of this step (money.ts). */
  money: AmountStep;
  fullCost: FullCost;
  services: ServiceResult[];
  scenarios: ScenarioResult[];
  /** The follow-up during the year, set by runModel when the workbook has actuals (followUp.ts). */
  followUp?: FollowUp | null;
  /** The result fund and the settlement of that follow-up, set with it (settlement.ts). */
  settlement?: Settlement | null;
}

export interface Progress {
  (step: string, fraction: number): void;
}

/**
 * Prices every service under the base plan (Tjänster as written) and under each scenario.
 * Problems go to the list; the result is only meaningful when it has no errors.
 */
export function calculate(model: Model, problems: ProblemList, locate: Locator, progress: Progress = () => {}): Calculation {
  progress('Självkostnad per tjänst', 0.1);
  const money = new AmountStep(model.settings.amountStep);
  // Sums past what the engine holds exactly are errors before anything is rounded (amountLimits.ts).
  const agreedWithin = checkAgreedSums(model, problems, locate);
  if (!checkInputSums(model, problems, locate) || !checkScenarioSums(model, problems, locate) || !agreedWithin) return { model, money, fullCost: { total: new Map(), direct: new Map(), parts: new Map(), pools: [] }, services: [], scenarios: [] };
  const fullCost = computeFullCost(model, problems, locate);
  if (!problems.hasErrors) reportUndeclaredPools(model, fullCost, problems, locate);
  const keys = new KeyBook(model);
  // A service's facts (volumes, deviation costs) serve the base and every scenario, so each
  // service is priced under all plans in turn and its facts dropped after it: they die young
  // instead of a country's half a million deviation costs living through the whole run.
  const facts = new Map<string, ServiceFacts>();
  const base: PricingContext = {
    model,
    keys,
    problems,
    locate,
    money,
    facts: (service) => {
      let f = facts.get(service.name);
      if (!f) facts.set(service.name, (f = serviceFacts(model, service)));
      return f;
    },
    place: (service, column) => locate.place('Tjänster', service.row, column),
    scenario: null,
  };
  const plans = model.scenarios.map((scenario) => {
    const rows = overrideRows(scenario);
    // Each scenario's problems are kept apart and listed after the base's, scenario by scenario.
    const ctx: PricingContext = {
      ...base,
      problems: new ProblemList(),
      place: (service, column) => {
        const at = rows.get(service.name);
        if (at === undefined) return locate.place('Tjänster', service.row, column);
        // The row that set the column; for a column of Scenarier no row set, the service's last row.
        const last = at.get('Tjänst') as number;
        if (!SCENARIO_COLUMNS.has(column)) return locate.place('Scenarier', last, 'Tjänst');
        return locate.place('Scenarier', at.get(column) ?? last, column);
      },
      scenario: scenario.name,
    };
    return { scenario, ctx, services: [] as ServiceResult[], totals: new Map<string, number>() };
  });

  progress(model.scenarios.length > 0 ? 'Priser, fördelning och scenarier' : 'Priser och fördelning', 0.3);
  const services: ServiceResult[] = [];
  const step = Math.max(1, Math.ceil(model.services.length / 10));
  model.services.forEach((s, i) => {
    if (i > 0 && i % step === 0) progress(model.scenarios.length > 0 ? 'Priser, fördelning och scenarier' : 'Priser och fördelning', 0.3 + (0.6 * i) / model.services.length);
    const full = fullCost.total.get(s.name);
    if (full === undefined) return;
    const result = priceService(base, s, planOf(s), full);
    if (result) services.push(result);
    for (const p of plans) {
      const plan = scenarioPlan(s, p.scenario);
      // A service the scenario leaves as it is prices as in the base: the same plan, cost and
      // facts give the same result (priceService is pure), so it is not worked out again.
      const r = result && samePlan(plan, result.plan) ? { ...result } : priceService(p.ctx, s, plan, full);
      if (!r) continue;
      for (const c of r.charges) p.totals.set(c.customer, (p.totals.get(c.customer) ?? 0) + c.amount);
      // A scenario's charges are not kept (ScenarioResult).
      r.charges = [];
      p.services.push(r);
    }
    facts.delete(s.name);
  });
  checkChangeSums(model, services, problems, locate);
  for (const p of plans) reportIneffectiveChanges(p.scenario, p.services, p.ctx.problems, locate);
  for (const p of plans) problems.items.push(...p.ctx.problems.items);
  const scenarios: ScenarioResult[] = plans.map((p) => ({ scenario: p.scenario, services: p.services, totals: p.totals }));
  progress('Utdata', 0.9);
  return { model, money, fullCost, services, scenarios };
}

/** The columns of Scenarier a plan's problem can be on. */
const SCENARIO_COLUMNS = new Set(['Prismodell', 'Nyckel', 'Fast andel', 'Kundtyper', 'Volymfaktor']);

export function planOf(s: Service): PricingPlan {
  return { model: s.model, key: s.key, fixedShare: s.fixedShare, sharerTypes: null, volumeFactor: ONE };
}

function samePlan(a: PricingPlan, b: PricingPlan): boolean {
  return (
    a.model === b.model &&
    a.key === b.key &&
    (a.fixedShare === null ? b.fixedShare === null : b.fixedShare !== null && a.fixedShare.eq(b.fixedShare)) &&
    a.sharerTypes === b.sharerTypes &&
    a.volumeFactor.eq(b.volumeFactor)
  );
}

/** A scenario's plan for a service: its overrides applied in row order over the base plan. */
export function scenarioPlan(s: Service, scenario: Scenario): PricingPlan {
  const plan = planOf(s);
  for (const o of scenario.overrides) {
    if (!o.services.includes(s.name)) continue;
    if (o.model !== null) plan.model = o.model;
    if (o.key !== null) plan.key = o.key;
    if (o.fixedShare !== null) plan.fixedShare = o.fixedShare;
    if (o.sharerTypes !== null) plan.sharerTypes = o.sharerTypes;
    if (o.volumeFactor !== null) plan.volumeFactor = o.volumeFactor;
  }
  return plan;
}
