import { Dec, ONE, ZERO, isPositive, sum, toNumber } from '../decimal';
import type { Model, PackageBand, PricingPlan, Service, Volume } from '../model';
import type { Locator } from '../read/locator';
import type { Place, ProblemList } from '../read/problemList';
import { safe, type AmountStep } from '../money';
import { allocateStepArray, roundToStep } from '../rounding';
import { deviationCosts, eventSurcharges, splitByType, type DeviationCost } from './deviations';
import { groupThousands } from '../thousands';
import { moneyText } from '../report/swedishNumbers';
import { UnitCharger } from './unitCharge';
import { weighByMonths, type KeyBook, type Sharer } from './keys';
import type { Charge, ServiceResult } from './results';
import { noScenarioSharers, outsideScaledBands } from './scenarioProblems';
import { scaleFacts, scaledBand } from './volumeFactor';
import { msg, type Message } from '../messages/catalog';
import { names } from '../messages/wording';
import type { PriceStep, VolumeUnit } from '../messages/pricing';
import { agreedUnits, capShortfall, holdKeyedAmounts, holdUnitPrice } from './priceCap';

export interface PricingContext {
  model: Model;
  keys: KeyBook;
  problems: ProblemList;
  locate: Locator;
  money: AmountStep;
  /** Where a problem with this service's pricing is reported (its Tjänster row, or a scenario row). */
  place(service: Service, column: string): Place;
  /** The scenario being priced, named in its problems ('Scenario "Fasta priser": …'); null for the base. */
  scenario: string | null;
  /** What does not depend on the plan, worked out once per service for the base and every scenario. */
  facts(service: Service): ServiceFacts;
}

/** A service's volumes and deviation costs: the same under every plan. */
export interface ServiceFacts {
  volumes: Map<string, Volume>;
  totalVolume: Dec;
  devCosts: DeviationCost[];
  devByCustomer: Map<string, DeviationCost>;
  devExact: Dec;
}

const NO_VOLUMES = new Map<string, Volume>();

export function serviceFacts(model: Model, service: Service): ServiceFacts {
  const volumes = model.volumes.get(service.name) ?? NO_VOLUMES;
  const devCosts = deviationCosts(model, service);
  return {
    volumes,
    totalVolume: sum([...volumes.values()].map((v) => v.volume)),
    devCosts,
    devByCustomer: new Map(devCosts.map((d) => [d.customer, d])),
    devExact: sum(devCosts.map((d) => d.total)),
  };
}

/** A draft's surcharge split until it has one; never mutated. */
const NO_SPLIT: ReadonlyMap<string, number> = new Map();

/** A charge being worked out; it becomes the Charge itself (one object per row, not two). */
type Draft = Omit<Charge, 'basis'> & { basis: string | null };

const HALF = new Dec('0.5');

/**
 * Steps 2–4 for one service under one plan: deviations, prices and amounts in whole units that
 * reconcile. Returns null (with the problems reported) when the service cannot be priced.
 */
export function priceService(ctx: PricingContext, service: Service, plan: PricingPlan, fullCost: Dec): ServiceResult | null {
  const { model, problems } = ctx;
  const money = ctx.money;
  const step = model.settings.amountStep;
  const fail = (code: string, column: string, message: Message): null => report(ctx, service, code, column, message);

  if (fullCost.isNegative()) {
    return fail('negative-full-cost', 'Tjänst', msg('negativeFullCost', { service: service.name, cost: moneyText(fullCost) }));
  }
  const selfCost = money.units(fullCost);
  const facts = scaleFacts(ctx.facts(service), plan.volumeFactor);
  const { volumes, totalVolume, devCosts, devByCustomer, devExact } = facts;
  const weighting = model.settings.deviationMethod === 'Nyckelviktning' && (plan.model === 'Fast' || plan.model === 'Blandad');

  const drafts = new Map<string, Draft>();

  // Step 2, Händelsekostnad: the surcharges are carved out of the cost; the rest is priced.
  let remaining = fullCost;
  let available = selfCost;
  if (!weighting) {
    const events = eventSurcharges(devCosts, money);
    if (devExact.gt(fullCost)) {
      return fail('surcharges-exceed-cost', 'Tjänst', msg('deviationsExceedCost', { service: service.name, deviations: moneyText(devExact), cost: moneyText(fullCost) }));
    }
    remaining = fullCost.minus(devExact);
    available = selfCost - events.carved;
    for (const [customer, amount] of events.perCustomer) {
      const d = draft(drafts, customer);
      d.surcharge = amount;
      d.surchargeByType = splitByType(amount, devByCustomer.get(customer), money);
    }
  }

  let fixedPart = 0;
  let variablePart = 0;
  let price: Dec | null = null;
  let pricePerKeyUnit: Dec | null = null;

  /** Prices the unit part: a decided price, or the cost over the total volume rounded to the price step. */
  const unitPrice = (cost: Dec): Dec | null => {
    if (service.setPrice !== null) return service.setPrice;
    if (totalVolume.gt(0)) {
      const p = roundToStep(cost.div(totalVolume), service.priceStep);
      // A unit part priced at 0 would be charged to nobody (and Avstämning's tolerance could hide
      // it). One amount step or less is only what the roundings of the other parts left over.
      if (p.isZero() && cost.gt(Dec.max(ONE, step))) return zeroPrice(ctx, service, plan, cost, totalVolume);
      return p;
    }
    if (cost.isZero()) return ZERO;
    return fail('no-volume', 'Prismodell', msg('noVolumeToPrice', { service: service.name, unit: volumeUnit(service, plan) }));
  };
  // Pristaksmetod Begränsa: a unit price above the cap is charged at the cap (priceCap.ts).
  let uncappedPrice: Dec | null = null;
  let shortfall = 0;
  const chargeUnits = (unheld: Dec): void => {
    const held = holdUnitPrice(model.settings, service, unheld);
    const p = held.price;
    if (held.uncapped !== null) {
      uncappedPrice = held.uncapped;
      shortfall = capShortfall(volumes, held.uncapped, p, money);
    }
    price = p;
    volumes.forEach(chargeVolume, { drafts, price: p, charger: new UnitCharger(p, money) });
  };
  // Avtalat belopp: the agreed sum replaces what a Fast or Direkt service keys out of its cost.
  const agreed = agreedUnits(service, plan, money);
  // Pristaksmetod Begränsa on a keyed fee: each customer's held against its Fjolårsbelopp (priceCap.ts).
  const heldKeyed = new Map<string, number>();

  switch (plan.model) {
    case 'Fast': {
      fixedPart = agreed ?? available;
      pricePerKeyUnit = keyOut(ctx, service, plan, facts, drafts, weighting, fixedPart, agreed === null ? remaining : money.toDec(agreed));
      if (pricePerKeyUnit === null) return null;
      if (agreed === null) shortfall += holdKeyedAmounts(model, service, drafts, money, heldKeyed);
      break;
    }
    case 'Blandad': {
      const share = plan.fixedShare;
      if (share === null) return fail('missing-fixed-share', 'Fast andel', msg('mixedWithoutFixedShare', { service: service.name }));
      const fixedExact = remaining.times(share);
      // The unit part is priced from what is left of the rounded self-cost once the rounded
      // surcharges and fixed part are taken out, so the roundings do not add up (a gap then
      // stays within the price rounding). When the unit part is nothing but rounding (a fixed
      // share of 1, or close to it) the fixed part must not round above what is left, or the
      // unit price would turn negative.
      fixedPart = Math.min(money.units(fixedExact), Math.max(available, 0));
      variablePart = available - fixedPart;
      pricePerKeyUnit = keyOut(ctx, service, plan, facts, drafts, weighting, fixedPart, fixedExact);
      if (pricePerKeyUnit === null) return null;
      const p = unitPrice(money.toDec(variablePart));
      if (p === null) return null;
      chargeUnits(p);
      break;
    }
    case 'Styck':
    case 'Tim': {
      variablePart = available;
      const p = unitPrice(money.toDec(available));
      if (p === null) return null;
      chargeUnits(p);
      break;
    }
    case 'Direkt': {
      if (service.payer === null) return fail('missing-payer', 'Betalare', msg('directWithoutPayer', { service: service.name }));
      fixedPart = agreed ?? available;
      const d = draft(drafts, service.payer);
      d.keyed = fixedPart;
      d.share = { part: ONE, whole: ONE };
      if (agreed === null) shortfall += holdKeyedAmounts(model, service, drafts, money, heldKeyed);
      break;
    }
    case 'Paket': {
      variablePart = available;
      const bands = model.packages.get(service.name);
      if (!bands || bands.length === 0) return fail('missing-bands', 'Prismodell', msg('packageWithoutBands', { service: service.name }));
      let ok = true;
      const bandOf = bandFinder(bands);
      const scaled = !plan.volumeFactor.eq(ONE);
      // A band's price in units and its text, once per band rather than per customer.
      const charged = new Map<PackageBand, { units: number; basis: string }>();
      for (const [customer, v] of volumes) {
        if (!isPositive(v.volume)) continue;
        const band = bandOf(v.volume) ?? (scaled ? scaledBand(bands, v.volume) : undefined);
        if (!band && scaled) {
          outsideScaledBands(ctx, service, plan, customer, v.volume);
          ok = false;
          continue;
        }
        if (!band) {
          const at = { table: 'Volymer', row: v.row };
          problems.error('volume-outside-bands', ctx.locate.place('Volymer', v.row, 'Volym'), inScenario(ctx, msg('volumeOutsideBands', { at, volume: fmtKr(v.volume), customer, service: service.name })));
          ok = false;
          continue;
        }
        let known = charged.get(band);
        if (!known) charged.set(band, (known = { units: money.units(band.price), basis: `Paket ${fmtKr(band.from)}–${band.to === null ? '' : fmtKr(band.to)}` }));
        const d = draft(drafts, customer);
        d.quantity = v.volume;
        d.price = band.price;
        d.unit = known.units;
        d.basis = known.basis;
      }
      if (!ok) return null;
      break;
    }
  }

  const charges: Charge[] = [];
  const texts = basisTexts(service, plan);
  let unitCharged = 0;
  let sharing = 0;
  let revenue = 0;
  for (const customer of model.customers) {
    const d = drafts.get(customer.name);
    if (!d) continue;
    if (d.share !== null) sharing += 1;
    d.amount = d.keyed + d.unit + d.surcharge;
    if (d.amount === 0 && d.keyed === 0 && d.unit === 0 && d.surcharge === 0 && !(d.quantity !== null && isPositive(d.quantity))) continue;
    if (d.price !== null) unitCharged += 1;
    d.basis ??= basisText(texts, plan, d);
    charges.push(d as Charge);
    revenue += d.amount;
  }
  safe(revenue);
  const unitPriced = plan.model === 'Styck' || plan.model === 'Tim' || plan.model === 'Blandad' || plan.model === 'Paket';
  const oneStep = Dec.max(ONE, step);
  const tolerance = unitPriced
    ? HALF.times(service.priceStep).times(totalVolume).plus(oneStep).plus(HALF.times(step).times(unitCharged))
    : oneStep;
  return {
    service,
    plan,
    fullCost,
    selfCost,
    deviationCost: money.units(devExact),
    fixedPart,
    variablePart,
    volume: totalVolume,
    price,
    pricePerKeyUnit,
    charges,
    sharers: sharing,
    revenue,
    tolerance,
    uncappedPrice,
    capShortfall: shortfall,
    heldKeyed,
    agreedAmount: agreed,
  };
}

/*
 * The helpers below are top-level functions, not closures made per call of priceService: V8
 * keeps a closure's optimized code only while a closure of it lives, so every full collection
 * between two runs sent them back to the interpreter (shapes.ts).
 */

/** Reports a problem with the service's pricing at its place; null, for `return report(…)`. */
function report(ctx: PricingContext, service: Service, code: string, column: string, message: Message): null {
  ctx.problems.error(code, ctx.place(service, column), inScenario(ctx, message));
  return null;
}

/** The message as it is, or inside 'Scenario "X": …' when a scenario is being priced. */
function inScenario(ctx: PricingContext, message: Message): Message {
  return ctx.scenario === null ? message : msg('scenarioProblem', { scenario: ctx.scenario, problem: message });
}

/** The unit a service's volume is counted in, for a message. */
export function volumeUnit(service: Service, plan: PricingPlan): VolumeUnit {
  return { unit: service.unit, hourly: plan.model === 'Tim' };
}

/** The error for a unit price that rounds to 0 while the unit part is positive (issue 12); null. */
function zeroPrice(ctx: PricingContext, service: Service, plan: PricingPlan, cost: Dec, volume: Dec): null {
  const perUnit = fmtKr(cost.div(volume).toSignificantDigits(6));
  const message = msg('priceRoundsToZero', { service: service.name, cost: fmtKr(cost), volume: fmtKr(volume), perUnit, unit: volumeUnit(service, plan), step: priceStepOf(service, ctx.locate) });
  return report(ctx, service, 'price-rounds-to-zero', 'Prissteg', message);
}

/** The service's price step for a message (messages/pricing.ts renders it). */
export function priceStepOf(service: Service, locate: Locator): PriceStep {
  return { step: fmtKr(service.priceStep), given: service.priceStepGiven, cell: locate.place('Tjänster', service.row, 'Prissteg').cell ?? null };
}

/** The customer's draft charge, made on first use. */
function draft(drafts: Map<string, Draft>, customer: string): Draft {
  let d = drafts.get(customer);
  if (!d) {
    d = { customer, keyed: 0, unit: 0, surcharge: 0, amount: 0, surchargeByType: NO_SPLIT, quantity: null, share: null, keyValue: null, price: null, basis: null };
    drafts.set(customer, d);
  }
  return d;
}

/** What chargeVolume needs: Map#forEach's thisArg. */
interface UnitCharging {
  drafts: Map<string, Draft>;
  price: Dec;
  charger: UnitCharger;
}

/** One customer's unit charge: price × its volume, rounded (Map#forEach's callback over the volumes). */
function chargeVolume(this: UnitCharging, v: Volume, customer: string): void {
  const d = draft(this.drafts, customer);
  d.quantity = v.volume;
  d.price = this.price;
  d.unit = this.charger.units(v.volume);
}

/**
 * Splits a whole-unit keyed total over the sharers (weighted by deviations under Nyckelviktning)
 * into their drafts. Returns the exact cost per key unit, or null when the cost cannot be keyed
 * out (reported).
 */
function keyOut(ctx: PricingContext, service: Service, plan: PricingPlan, facts: ServiceFacts, drafts: Map<string, Draft>, weighting: boolean, total: number, exactCost: Dec): Dec | null {
  const { model, problems, money } = ctx;
  const { volumes, devCosts, devByCustomer } = facts;
  const key = plan.key;
  if (key === null) return report(ctx, service, 'missing-key', 'Nyckel', msg('keyedWithoutKey', { service: service.name, model: plan.model }));
  const sharers = ctx.keys.sharers(service, key, plan.sharerTypes);
  // Weights are key × active months when a sharer is active part of the year (keys.ts).
  const perYear = weighByMonths(sharers);
  const keyTotal = sum(sharers.map((s) => s.weight));
  if (!keyTotal.gt(0) && plan.sharerTypes !== null) return noScenarioSharers(ctx, service, plan, key);
  if (!keyTotal.gt(0)) {
    const types = service.customerTypes ? names(service.customerTypes) : null;
    return report(ctx, service, 'no-sharers', 'Nyckel', msg('noCustomerShares', { service: service.name, key, withVolume: volumes.size > 0, types }));
  }
  // Per key unit and whole year: a customer active all year pays key × this.
  const pricePerKeyUnit = exactCost.times(perYear).div(keyTotal);
  const plain = allocateStepArray(total, sharers.map(toShare));
  const amounts = weighting ? allocateStepArray(total, weightedShares(sharers, devByCustomer, model.settings.deviationWeight)) : plain;
  for (let i = 0; i < sharers.length; i++) {
    const s = sharers[i] as Sharer;
    const d = draft(drafts, s.customer.name);
    d.keyed = plain[i] as number;
    d.share = { part: s.weight, whole: keyTotal };
    d.keyValue = s.key;
    if (plan.model === 'Fast') d.quantity = s.key;
    if (weighting) {
      d.surcharge = (amounts[i] as number) - d.keyed;
      d.surchargeByType = splitByType(d.surcharge, devByCustomer.get(s.customer.name), money);
    }
  }
  if (weighting) {
    const sharing = new Set(sharers.map((s) => s.customer.name));
    const outside = devCosts.filter((dc) => !sharing.has(dc.customer));
    if (outside.length > 0) {
      const customers = names(outside.map((o) => o.customer));
      problems.warning('deviations-not-weighted', ctx.place(service, 'Nyckel'), inScenario(ctx, msg('deviationsNotWeighted', { customers, service: service.name })));
    }
  }
  return pricePerKeyUnit;
}

function toShare(s: Sharer): { id: string; label: string; weight: Dec } {
  return { id: s.customer.name, label: s.customer.name, weight: s.weight };
}

/**
 * Nyckelviktning: each sharer's key × (1 + α × (d / d̄ − 1)), with d its deviation cost per key
 * unit and d̄ the same over all sharers; weights stay 1 when nobody has deviations.
 *
 * With d = dev / key and d̄ = D / K that weight is key × (1 − α) + α × dev × K / D. Allocation
 * only needs weights in proportion, so each is multiplied by D: key × (1 − α) × D + α × dev × K.
 * That has no division, so the weights are exact and allocate's remainders are exact too (a
 * quotient rounded to 40 digits made w·n mod W inexact, the floors non-integers and allocate
 * throw, and it could also tip a tie between equal remainders).
 */
function weightedShares(sharers: Sharer[], devs: Map<string, DeviationCost>, alpha: Dec): { id: string; label: string; weight: Dec }[] {
  const keyTotal = sum(sharers.map((s) => s.weight));
  const devTotal = sum(sharers.map((s) => devs.get(s.customer.name)?.total ?? ZERO));
  if (devTotal.isZero()) return sharers.map(toShare);
  const plainPart = ONE.minus(alpha).times(devTotal);
  const devPart = alpha.times(keyTotal);
  return sharers.map((s) => {
    const dev = devs.get(s.customer.name)?.total ?? ZERO;
    return { id: s.customer.name, label: s.customer.name, weight: s.weight.times(plainPart).plus(dev.times(devPart)) };
  });
}

/** Grund, the basis of a charge: one string per service and plan, shared by its rows. */
interface BasisTexts {
  keyed: string;
  volume: string;
  keyedAndVolume: string;
}

function basisTexts(service: Service, plan: PricingPlan): BasisTexts {
  const unit = service.unit ?? (plan.model === 'Tim' ? 'tim' : 'st');
  const key = `Nyckel: ${plan.key ?? ''}`;
  return {
    keyed: plan.model === 'Direkt' ? 'Direkt' : key,
    volume: plan.model === 'Paket' ? 'Paket' : `Volym (${unit})`,
    keyedAndVolume: `${key} + volym (${unit})`,
  };
}

function basisText(texts: BasisTexts, plan: PricingPlan, d: Draft): string {
  if (d.keyed === 0 && d.unit === 0 && d.quantity === null && d.surcharge !== 0) return 'Avvikelser';
  switch (plan.model) {
    case 'Fast':
    case 'Direkt':
      return texts.keyed;
    case 'Blandad':
      return d.share === null ? texts.volume : texts.keyedAndVolume;
    case 'Styck':
    case 'Tim':
    case 'Paket':
      return texts.volume;
  }
}

/**
 * The band a volume falls in (the first that holds it, as bands.find would), or undefined.
 * Volumes and band limits are usually whole numbers: then they are compared as JS numbers, since
 * a decimal.js comparison makes a Decimal of its argument on every call.
 */
export function bandFinder(bands: readonly PackageBand[]): (volume: Dec) => PackageBand | undefined {
  const exact = (volume: Dec) => bands.find((b) => volume.gte(b.from) && (b.to === null || volume.lte(b.to)));
  const whole = (v: Dec | null) => v === null || (v.isInteger() && Number.isSafeInteger(toNumber(v)));
  if (!bands.every((b) => whole(b.from) && whole(b.to))) return exact;
  const from = bands.map((b) => toNumber(b.from));
  const to = bands.map((b) => (b.to === null ? Infinity : toNumber(b.to)));
  return (volume) => {
    if (!volume.isInteger()) return exact(volume);
    const n = toNumber(volume);
    if (!Number.isSafeInteger(n)) return exact(volume);
    for (let i = 0; i < bands.length; i++) if (n >= (from[i] as number) && n <= (to[i] as number)) return bands[i];
    return undefined;
  };
}

function fmtKr(v: Dec): string {
  const [int = '', frac] = v.toFixed().split('.');
  const grouped = groupThousands(int, '\u00a0');
  return frac ? `${grouped},${frac}` : grouped;
}
