import type { Calculation } from '../calc/calculate';
import type { Charge, ServiceResult } from '../calc/results';
import { traceCharge, traceCustomer, traceLineCount, visitService, type ChargeTrace, type TraceCost, type TraceDeviation, type LineVisitor, type TraceLine, type TracePart } from '../calc/trace';
import { ONE } from '../decimal';
import type { CostTarget, PricingPlan, Service } from '../model';
import { AmountStep } from '../money';
import { BLOCK_ROWS, BlockCutter, streamedRow, type OutputTable, type OutputValue } from '../output';
import type { ProblemList } from '../read/problemList';
import { msg } from '../messages/catalog';
import { keepShape } from '../shapes';
import { groupThousands } from '../thousands';
import { num, outputTable, ratio, streamedTable } from './columns';

export const TRACE_TABLE = 'Spårning';

/**
 * Spårning is written by default only while it has at most this many rows. It grows as
 * customers × services × cost rows (the example workbook: 34 customers, 38 services, 55 cost
 * rows, 3 308 lines); a workbook the size of a city has some 50 000, a region millions. A
 * hundred thousand rows is a sheet Excel still filters at once and the task pane writes in
 * seconds; beyond it the trace of one customer is a command away (intaktsmodell trace).
 */
export const TRACE_LIMIT = 100_000;

/** An Excel sheet has 1 048 576 rows; one holds the headers. Spårning = Ja cannot go beyond it. */
export const SHEET_ROW_LIMIT = 1_048_575;

export const TRACE_COLUMNS = [
  ['Kund', 'text'],
  ['Tjänst', 'text'],
  ['Del', 'text'],
  ['Grund', 'text'],
  ['Underlag', 'number'],
  ['Andel', 'percent'],
  ['Pris', 'price'],
  ['Kostnadsrad', 'number'],
  ['Kostnadsobjekt', 'text'],
  ['Kostnadsnivå', 'text'],
  ['Kostnadsslag', 'text'],
  ['Fördelas efter', 'text'],
  ['Genom pool', 'text'],
  ['Tjänstens andel av raden', 'percent'],
  ['Tjänstens kostnad', 'kr'],
  ['Avvikelse', 'text'],
  ['Antal', 'number'],
  ['Kostnad per styck', 'price'],
  ['Belopp', 'kr'],
] as const;

const PART_NAMES = { fixed: 'Fast del', variable: 'Rörlig del', deviation: 'Avvikelse' } as const;

const LEVEL_NAMES: Record<CostTarget['level'], string> = {
  service: 'Tjänst',
  process: 'Process',
  area: 'Verksamhetsområde',
  pool: 'Gemensam pool',
};

/**
 * Spårning: one row per trace line of every charge (customers in Nycklar order within each
 * service, services in Tjänster order). Under the setting Spårning: Nej it has no rows; left
 * blank, it has none either when it would exceed TRACE_LIMIT, and a warning says so; Ja writes
 * it up to the rows a sheet holds.
 */
export function traceTable(calc: Calculation, problems: ProblemList, bound = TRACE_LIMIT): OutputTable {
  const choice = calc.model.settings.trace;
  if (choice === 'Nej') return tableOf([]);
  const count = traceLineCount(calc);
  const limit = choice === 'Ja' ? SHEET_ROW_LIMIT : bound;
  if (count > limit) {
    problems.warning('trace-skipped', { table: 'Inställningar', column: 'Värde' }, msg('traceSkipped', { rows: fmt(count), sheetFull: choice === 'Ja', limit: fmt(limit) }));
    return tableOf([]);
  }
  return streamedTable(TRACE_TABLE, TRACE_COLUMNS, count, () => traceBlocks(calc));
}

/** Spårning's rows in blocks of whole services (at least BLOCK_ROWS rows each, the last fewer). */
function* traceBlocks(calc: Calculation): Generator<OutputValue[][]> {
  // Room for a block and a service's lines more, so that it seldom grows row by row.
  const blocks = new BlockCutter(BLOCK_ROWS, BLOCK_ROWS + BLOCK_ROWS / 4);
  const rows = new TraceRows(calc.money, blocks);
  for (const result of calc.services) {
    visitService(calc, result, rows);
    const block = blocks.full();
    if (block) yield block;
  }
  const rest = blocks.rest();
  if (rest) yield rest;
}

/**
 * Makes Spårning's rows as visitService hands over the charges and their lines. A class rather
 * than two closures made per run: V8 keeps a closure's optimized code only while a closure of it
 * lives, and line runs for every row (shapes.ts).
 */
class TraceRows implements LineVisitor {
  private customer = '';
  private service = '';
  private heads = NO_HEADS;

  constructor(
    private readonly money: AmountStep,
    private readonly blocks: BlockCutter,
  ) {}

  start(result: ServiceResult, charge: Charge, weighted: boolean): void {
    this.customer = charge.customer;
    this.service = result.service.name;
    this.heads = chargeColumns(result.service, result.plan, charge, weighted);
  }

  line(part: TracePart, cost: TraceCost | null, deviation: TraceDeviation | null, amount: number): void {
    this.blocks.add(rowOf(this.money, this.customer, this.service, this.heads, part, cost, deviation, amount));
  }
}

/**
 * One customer's trace as a Spårning table (all its services, or one): for the task pane's
 * click on a customer and for the command line. Null when the customer is charged for nothing
 * (or not for that service).
 */
export function customerTraceTable(calc: Calculation, customer: string, service?: string): OutputTable | null {
  const traces = service === undefined ? traceCustomer(calc, customer) : [traceCharge(calc, customer, service)].filter((t): t is ChargeTrace => t !== null);
  if (traces.length === 0) return null;
  return tableOf(traces.flatMap((t) => t.lines.map((line) => lineRow(calc, t, line))));
}

function tableOf(rows: OutputValue[][]): OutputTable {
  return outputTable(TRACE_TABLE, TRACE_COLUMNS, rows);
}

/** A trace line as a Spårning row. */
export function lineRow(calc: Calculation, trace: ChargeTrace, line: TraceLine): OutputValue[] {
  const heads = chargeColumns(trace.service, trace.plan, trace.charge, trace.weighted);
  return rowOf(calc.money, trace.charge.customer, trace.service.name, heads, line.part, line.cost, line.deviation, line.amount);
}

function rowOf(money: AmountStep, customer: string, service: string, heads: ChargeHeads, part: TracePart, traceCost: TraceCost | null, dev: TraceDeviation | null, amount: number): OutputValue[] {
  const head = heads[part];
  const cost = traceCost === null ? NO_COST : costColumns(traceCost);
  // Every cell filled in, not written as a literal (output.ts's streamedRow says why).
  const row = streamedRow(TRACE_COLUMNS.length);
  row[0] = customer;
  row[1] = service;
  row[2] = PART_NAMES[part];
  for (let k = 0; k < 4; k++) row[3 + k] = head[k] as OutputValue;
  for (let k = 0; k < 8; k++) row[7 + k] = cost[k] as OutputValue;
  row[15] = dev === null ? null : dev.type;
  row[16] = dev === null ? null : num(dev.count);
  row[17] = dev === null ? null : num(dev.unitCost);
  row[18] = money.toNumber(amount);
  return row;
}

type PartColumns = readonly [basis: string, quantity: OutputValue, share: OutputValue, price: OutputValue];
type ChargeHeads = Readonly<Record<TracePart, PartColumns>>;

const NO_HEADS: ChargeHeads = { fixed: ['', null, null, null], variable: ['', null, null, null], deviation: ['', null, null, null] };

keepShape(new TraceRows(new AmountStep(ONE), new BlockCutter(1, 1)));

const WEIGHTED: PartColumns = ['Nyckelviktning', null, null, null];
const BY_EVENT: PartColumns = ['Händelsekostnad', null, null, null];

/** Grund, Underlag, Andel and Pris of each part of a charge: the same on every line of the charge. */
function chargeColumns(service: Service, plan: PricingPlan, charge: Charge, weighted: boolean): ChargeHeads {
  const share = charge.share === null ? null : ratio(charge.share.part, charge.share.whole);
  const { key, volume } = basisLabels(service, plan);
  return {
    fixed: plan.model === 'Direkt' ? ['Direkt', null, share, null] : [key, num(charge.keyValue), share, null],
    variable: [plan.model === 'Paket' ? charge.basis : volume, num(charge.quantity), null, num(charge.price)],
    deviation: weighted ? WEIGHTED : BY_EVENT,
  };
}

/** "Nyckel: Omsättning" and "Volym (faktura)" of a service's plan, made once per plan, not per charge. */
const labels = new WeakMap<PricingPlan, { service: Service; key: string; volume: string }>();

function basisLabels(service: Service, plan: PricingPlan): { key: string; volume: string } {
  let known = labels.get(plan);
  if (!known || known.service !== service) {
    known = { service, key: `Nyckel: ${plan.key ?? ''}`, volume: `Volym (${service.unit ?? (plan.model === 'Tim' ? 'tim' : 'st')})` };
    labels.set(plan, known);
  }
  return known;
}

type CostColumns = readonly [OutputValue, OutputValue, OutputValue, OutputValue, OutputValue, OutputValue, OutputValue, OutputValue];
const NO_COST: CostColumns = [null, null, null, null, null, null, null, null];

/** Kostnadsrad … Tjänstens kostnad of a cost row as it reaches a service: the same for every customer's line. */
const costHeads = new WeakMap<TraceCost, CostColumns>();

function costColumns(cost: TraceCost): CostColumns {
  let columns = costHeads.get(cost);
  if (!columns) {
    columns = [
      cost.row,
      cost.object,
      LEVEL_NAMES[cost.level],
      cost.costType,
      cost.driver,
      cost.via,
      cost.serviceShare ? ratio(cost.serviceShare.part, cost.serviceShare.whole) : null,
      num(cost.serviceAmount),
    ];
    costHeads.set(cost, columns);
  }
  return columns;
}

function fmt(n: number): string {
  return groupThousands(String(n), '\u00a0');
}
