import type { Calculation } from '../calc/calculate';
import type { ChangeRow } from '../calc/changeAnalysis';
import type { ServiceResult } from '../calc/results';
import type { OutputTable, OutputValue } from '../output';
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
 */
export function changeAnalysisBuilder(calc: Calculation): { add(row: ChangeRow): void; finish(): OutputTable } {
  const kr = (units: number) => calc.money.toNumber(units);
  // What is the same on every row of a service, worked out once (a country's workbook has a
  // million rows).
  const perService = new Map<ServiceResult, { lastPrice: number | null; price: number | null }>();
  const serviceOf = (r: ChangeRow) => {
    let s = perService.get(r.result);
    if (!s) perService.set(r.result, (s = { lastPrice: num(r.lastPrice), price: num(r.price) }));
    return s;
  };
  const perCustomer = new Map<string, OutputValue[][]>();
  return {
    add(r) {
      const s = serviceOf(r);
      let list = perCustomer.get(r.customer);
      if (!list) perCustomer.set(r.customer, (list = []));
      list.push([
        r.customer,
        r.result.service.area,
        r.result.service.name,
        r.result.plan.model,
        s.lastPrice,
        num(r.lastVolume),
        kr(r.last ?? 0),
        s.price,
        num(r.volume),
        kr(r.amount),
        kr(r.change),
        kr(r.priceEffect),
        kr(r.volumeEffect),
        kr(r.modelEffect),
        r.last === null ? null : ratio(r.change, r.last),
        note(r),
      ]);
    },
    finish() {
      const rows: OutputValue[][] = [];
      for (const c of calc.model.customers) for (const row of perCustomer.get(c.name) ?? []) rows.push(row);
      return outputTable(CHANGE_ANALYSIS, CHANGE_ANALYSIS_COLUMNS, rows);
    },
  };
}

const BLANDAD = 'fjolårspriset jämförs med den rörliga delen; den nycklade delen är modell-/nyckeleffekt';

/** Anmärkning: what is missing, what a Blandad row compares, a customer no longer charged. */
function note(r: ChangeRow): string | null {
  const first = r.missing ?? (r.result.plan.model === 'Blandad' ? BLANDAD : null);
  const text = r.charged ? first : first === null ? 'debiteras inte i år' : `${first}; debiteras inte i år`;
  return text === null ? null : text.charAt(0).toUpperCase() + text.slice(1);
}
