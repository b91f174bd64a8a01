import DecimalJs from 'decimal.js';
import { tableToJson, type OutputValue, type RunResult } from '../../src/engine';

/**
 * What every calculated workbook must hold, whatever its input (issue 12): each service's
 * Fördelning sums to its Intäkt in Prislista; Avstämning agrees with Prislista; Status follows
 * the documented rule. Checked from the outputs with decimal.js of our own, not the engine's.
 */

export type Status = 'OK' | 'Överdeckning' | 'Underdeckning';

const D = DecimalJs.clone({ precision: 60 });
type D = InstanceType<typeof D>;

/** What the status rule needs to know of a service. */
export interface ServiceForStatus {
  /** Prismodell as priced (Prislista). */
  model: string;
  /** Prissteg, the price rounding step. */
  priceStep: D;
  /** The service's total volume (Prislista's Volym). */
  totalVolume: D;
  /** Customers charged a unit or package price (Fördelning rows with a Pris). */
  unitCharged: number;
}

const UNIT_PRICED = new Set(['Styck', 'Tim', 'Blandad', 'Paket']);

/**
 * The documented status rule (docs/arbetsbok.md, "Status" under Definitions and "Status
 * tolerance" under Additions), in one place so that it follows the contract when the rule
 * changes: OK when |Differens| is within 1 % of Kostnad and within 1 kr (one Beloppsavrundning step when that is above
 * 1 kr) plus, for a unit-priced service (Styck, Tim, Blandad, Paket), half the price step × the
 * total volume and half a rounding step per charged customer; per process and in total the sum
 * over its services; otherwise Överdeckning (Differens > 0) or Underdeckning.
 *
 * The price-step term is read as applying where a unit price is rounded: the Definitions say
 * "per service: half the price step × the service's total volume, plus 1 kr" without naming the
 * models, but a Fast or Direkt service has no price (Pris is empty for them) and recovers its
 * cost exactly, and the engine gives it 1 kr. Read literally, a Fast service with volumes (the
 * example's Avgiftsadministration, keyed by Fjolårsvolym: 1 000 100) would widen its process's
 * and the total's tolerance by 5 000,50 kr; the mutation property found a total (the example
 * without Fastställt pris: Differens 36 366 kr) that is Överdeckning by the engine and OK by
 * that literal reading.
 */
export function serviceTolerance(s: ServiceForStatus, amountStep: D): D {
  const oneStep = D.max(1, amountStep);
  if (!UNIT_PRICED.has(s.model)) return oneStep;
  return s.priceStep.times(s.totalVolume).div(2).plus(oneStep).plus(amountStep.times(s.unitCharged).div(2));
}

export function documentedStatus(differens: D, tolerance: D, cost: D): Status {
  // Within what rounding can cause and within 1 % of the cost (so a cost of 0 needs a Differens of 0).
  if (differens.abs().lte(tolerance) && differens.abs().lte(cost.abs().div(100))) return 'OK';
  return differens.gt(0) ? 'Överdeckning' : 'Underdeckning';
}

type Row = Record<string, OutputValue>;

function rowsOf(result: RunResult, name: string): Row[] {
  const t = result.outputs.find((o) => o.name === name);
  if (!t) throw new Error(`no output ${name}`);
  return tableToJson(t);
}

function dec(v: OutputValue | undefined): D {
  if (v === null || v === undefined || v === '') return new D(0);
  if (typeof v !== 'number' && typeof v !== 'string') throw new Error(`not a number: ${JSON.stringify(v)}`);
  return new D(String(v));
}

function expectEqual(what: string, actual: D, expected: D): void {
  if (!actual.eq(expected)) throw new Error(`${what}: ${actual.toString()}, expected ${expected.toString()}`);
}

/** Throws, naming the first broken invariant, unless the calculated result holds them all. */
export function checkInvariants(result: RunResult): void {
  const calc = result.calculation;
  if (!result.ok || calc === null) throw new Error('checkInvariants needs a calculated result');
  const prices = rowsOf(result, 'Prislista');
  const allocation = rowsOf(result, 'Fördelning');
  const reconciliation = rowsOf(result, 'Avstämning');
  const amountStep = new D(calc.money.step.toString());

  const charged = new Map<string, { sum: D; unitCharged: number }>();
  for (const r of allocation) {
    const name = String(r['Tjänst']);
    const c = charged.get(name) ?? { sum: new D(0), unitCharged: 0 };
    c.sum = c.sum.plus(dec(r['Belopp']));
    if (r['Pris'] !== null && r['Pris'] !== undefined) c.unitCharged += 1;
    charged.set(name, c);
  }

  const services = new Map<string, { cost: D; revenue: D; tolerance: D }>();
  prices.forEach((p, i) => {
    const name = String(p['Tjänst']);
    const c = charged.get(name) ?? { sum: new D(0), unitCharged: 0 };
    const revenue = dec(p['Intäkt']);
    expectEqual(`Fördelning's Belopp for ${name} against its Intäkt in Prislista`, c.sum, revenue);
    expectEqual(`Över-/underdeckning of ${name}`, dec(p['Över-/underdeckning']), revenue.minus(dec(p['Självkostnad'])));
    const service = calc.services[i];
    if (!service || service.service.name !== name) throw new Error(`Prislista row ${i + 1} is ${name}, the calculation's ${service?.service.name}`);
    const facts: ServiceForStatus = {
      model: String(p['Prismodell']),
      priceStep: new D(service.service.priceStep.toString()),
      totalVolume: dec(p['Volym']),
      unitCharged: c.unitCharged,
    };
    services.set(name, { cost: dec(p['Självkostnad']), revenue, tolerance: serviceTolerance(facts, amountStep) });
  });
  for (const name of charged.keys()) {
    if (!services.has(name)) throw new Error(`Fördelning charges ${name}, which is not in Prislista`);
  }

  // Avstämning: each process's services, then the process row; last the Totalt row.
  let group = { cost: new D(0), revenue: new D(0), tolerance: new D(0) };
  let total = { cost: new D(0), revenue: new D(0), tolerance: new D(0) };
  const seen = new Set<string>();
  for (const r of reconciliation) {
    const level = String(r['Nivå']);
    const name = String(r['Namn']);
    let expected: { cost: D; revenue: D; tolerance: D };
    if (level === 'Tjänst') {
      const s = services.get(name);
      if (!s) throw new Error(`Avstämning has the service ${name}, which is not in Prislista`);
      seen.add(name);
      expected = s;
      group = { cost: group.cost.plus(s.cost), revenue: group.revenue.plus(s.revenue), tolerance: group.tolerance.plus(s.tolerance) };
      total = { cost: total.cost.plus(s.cost), revenue: total.revenue.plus(s.revenue), tolerance: total.tolerance.plus(s.tolerance) };
    } else if (level === 'Process') {
      expected = group;
      group = { cost: new D(0), revenue: new D(0), tolerance: new D(0) };
    } else if (level === 'Totalt') {
      expected = total;
    } else {
      throw new Error(`Avstämning has the level ${level}`);
    }
    const where = `Avstämning ${level} ${name}`;
    const cost = dec(r['Kostnad']);
    const revenue = dec(r['Intäkt']);
    const differens = dec(r['Differens']);
    expectEqual(`${where} Kostnad`, cost, expected.cost);
    expectEqual(`${where} Intäkt`, revenue, expected.revenue);
    expectEqual(`${where} Differens`, differens, revenue.minus(cost));
    const status = documentedStatus(differens, expected.tolerance, cost);
    if (r['Status'] !== status) throw new Error(`${where} Status ${String(r['Status'])}, the documented rule gives ${status} (Differens ${differens.toString()}, tolerance ${expected.tolerance.toString()})`);
  }
  if (seen.size !== services.size) throw new Error(`Avstämning lists ${seen.size} services, Prislista ${services.size}`);
  if (reconciliation.at(-1)?.['Nivå'] !== 'Totalt') throw new Error('Avstämning does not end with Totalt');
}

/**
 * Every number of every output is finite. The writers refuse anything else (OUT.xlsx and the
 * office add-in throw "… är inget tal (Infinity)", an exit 3), and JSON.stringify would
 * silently write null; so a non-finite number is a crash of the command line however the
 * engine got it. Builds every output, the streamed ones too.
 */
export function checkFiniteOutputs(result: RunResult): void {
  for (const output of result.outputs) {
    tableToJson(output).forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${output.name} row ${i + 1} column ${column} is ${value}`);
      }
    });
  }
}
