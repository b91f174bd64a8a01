import type { Dec } from '../decimal';
import type { Model, PricingPlan, Scenario, Service } from '../model';
import { AmountStep } from '../money';
import type { Locator } from '../read/locator';
import type { ProblemList } from '../read/problemList';
import { computeFullCost, type FullCost } from './fullCost';
import { KeyBook } from './keys';
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
  const fullCost = computeFullCost(model, problems, locate);
  const keys = new KeyBook(model);
  const money = new AmountStep(model.settings.amountStep);
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
    prefix: '',
  };
  progress('Priser och fördelning', 0.3);
  const services = priceAll(base, model.services, (s) => planOf(s), fullCost.total);

  const scenarios: ScenarioResult[] = [];
  model.scenarios.forEach((scenario, i) => {
    progress(`Scenario ${scenario.name}`, 0.5 + (0.4 * i) / Math.max(1, model.scenarios.length));
    const rowFor = new Map<string, number>();
    for (const o of scenario.overrides) for (const s of o.services) rowFor.set(s, o.row);
    const ctx: PricingContext = {
      ...base,
      place: (service, column) => {
        const row = rowFor.get(service.name);
        if (row === undefined) return locate.place('Tjänster', service.row, column);
        const scenarioColumn = column === 'Nyckel' || column === 'Fast andel' || column === 'Prismodell' ? column : 'Tjänst';
        return locate.place('Scenarier', row, scenarioColumn);
      },
      prefix: `Scenario "${scenario.name}": `,
    };
    const results = priceAll(ctx, model.services, (s) => scenarioPlan(s, scenario), fullCost.total);
    const totals = new Map<string, number>();
    for (const r of results) {
      for (const c of r.charges) totals.set(c.customer, (totals.get(c.customer) ?? 0) + c.amount);
      r.charges = [];
    }
    scenarios.push({ scenario, services: results, totals });
  });
  progress('Utdata', 0.9);
  return { model, money, fullCost, services, scenarios };
}

function priceAll(ctx: PricingContext, services: Service[], plan: (s: Service) => PricingPlan, cost: Map<string, Dec>): ServiceResult[] {
  const out: ServiceResult[] = [];
  for (const s of services) {
    const full = cost.get(s.name);
    if (full === undefined) continue;
    const result = priceService(ctx, s, plan(s), full);
    if (result) out.push(result);
  }
  return out;
}

export function planOf(s: Service): PricingPlan {
  return { model: s.model, key: s.key, fixedShare: s.fixedShare };
}

/** A scenario's plan for a service: its overrides applied in row order over the base plan. */
export function scenarioPlan(s: Service, scenario: Scenario): PricingPlan {
  const plan = planOf(s);
  for (const o of scenario.overrides) {
    if (!o.services.includes(s.name)) continue;
    if (o.model !== null) plan.model = o.model;
    if (o.key !== null) plan.key = o.key;
    if (o.fixedShare !== null) plan.fixedShare = o.fixedShare;
  }
  return plan;
}
