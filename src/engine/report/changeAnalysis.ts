import type { Calculation } from '../calc/calculate';
import type { ChangeRow, ChangeSink } from '../calc/changeAnalysis';
import type { ServiceResult } from '../calc/results';
import { ONE } from '../decimal';
import type { Customer } from '../model';
import { AmountStep } from '../money';
import type { OutputTable, OutputValue } from '../output';
import { keepShape } from '../shapes';
import { num, outputTable, ratio } from './columns';

export const CHANGE_ANALYSIS = 'Förändringsanalys';

export const CHANGE_ANALYSIS_COLUMNS = [
  ['Kund', 'text'],
  ['Verksamhetsområde', 'text'],
  ['Tjänst', 'text'],
  ['Prismodell', 'text'],
  ['Fjolårspris', 'price'],
  ['Fjolårsvolym', 'number'],
  ['Fjolårsbelopp', 'kr'],
  ['Pris', 'price'],
  ['Volym', 'number'],
  ['Belopp', 'kr'],
  ['Förändring', 'kr'],
  ['Priseffekt', 'kr'],
  ['Volymeffekt', 'kr'],
  ['Modell-/nyckeleffekt', 'kr'],
  ['Förändring %', 'percent'],
  ['Anmärkning', 'text'],
] as const;

/**
 * Förändringsanalys: per customer and service last year's charge, this year's and the change
 * as price, volume and model/key effects that add up exactly to it (calc/changeAnalysis.ts).
 * Rows in customer order (Nycklar), each customer's in the order given.
 */
export function changeAnalysisTable(calc: Calculation, rows: Iterable<ChangeRow>): OutputTable {
  const table = changeAnalysisBuilder(calc);
  for (const r of rows) table.add(r);
  return table.finish();
}

/**
 * Förändringsanalys made a row at a time: each ChangeRow becomes its table row at once (and can
 * then be let go), kept with its customer's until finish puts the customers in Nycklar order.
 * A class, not an object of closures made per run: V8 keeps a closure's optimized code only
 * while a closure of it lives (shapes.ts).
 */
export class ChangeAnalysisBuilder implements ChangeSink {
  // What is the same on every row of a service, worked out once (a country's workbook has a
  // million rows).
  private readonly perService = new Map<ServiceResult, { lastPrice: number | null; price: number | null }>();
  private readonly perCustomer = new Map<string, OutputValue[][]>();

  constructor(
    private readonly money: AmountStep,
    private readonly customers: readonly Customer[],
  ) {}

  add(r: ChangeRow): void {
    const money = this.money;
    let s = this.perService.get(r.result);
    if (!s) this.perService.set(r.result, (s = { lastPrice: num(r.lastPrice), price: num(r.price) }));
    let list = this.perCustomer.get(r.customer);
    if (!list) this.perCustomer.set(r.customer, (list = []));
    list.push([
      r.customer,
      r.result.service.area,
      r.result.service.name,
      r.result.plan.model,
      s.lastPrice,
      num(r.lastVolume),
      money.toNumber(r.last ?? 0),
      s.price,
      num(r.volume),
      money.toNumber(r.amount),
      money.toNumber(r.change),
      money.toNumber(r.priceEffect),
      money.toNumber(r.volumeEffect),
      money.toNumber(r.modelEffect),
      r.last === null ? null : ratio(r.change, r.last),
      note(r),
    ]);
  }

  finish(): OutputTable {
    const rows: OutputValue[][] = [];
    for (const c of this.customers) for (const row of this.perCustomer.get(c.name) ?? []) rows.push(row);
    return outputTable(CHANGE_ANALYSIS, CHANGE_ANALYSIS_COLUMNS, rows);
  }
}

keepShape(new ChangeAnalysisBuilder(new AmountStep(ONE), []));

/** Förändringsanalys's builder for the calculation. */
export function changeAnalysisBuilder(calc: Calculation): ChangeAnalysisBuilder {
  return new ChangeAnalysisBuilder(calc.money, calc.model.customers);
}

const BLANDAD = 'fjolårspriset jämförs med den rörliga delen; den nycklade delen är modell-/nyckeleffekt';

/** Anmärkning: what is missing, what a Blandad row compares, a customer no longer charged. */
function note(r: ChangeRow): string | null {
  const first = r.missing ?? (r.result.plan.model === 'Blandad' ? BLANDAD : null);
  const text = r.charged ? first : first === null ? 'debiteras inte i år' : `${first}; debiteras inte i år`;
  return text === null ? null : text.charAt(0).toUpperCase() + text.slice(1);
}
