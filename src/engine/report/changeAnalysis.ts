import type { Calculation } from '../calc/calculate';
import { changesByCustomer, type ChangeRow } from '../calc/changeAnalysis';
import type { ServiceResult } from '../calc/results';
import { ONE } from '../decimal';
import { AmountStep } from '../money';
import { BLOCK_ROWS, BlockCutter, streamedRow, type OutputTable, type OutputValue } from '../output';
import { keepShape } from '../shapes';
import { num, ratio, streamedTable } from './columns';

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
  ['Avvikelseeffekt', 'kr'],
  ['Modell-/nyckeleffekt', 'kr'],
  ['Förändring %', 'percent'],
  ['Anmärkning', 'text'],
] as const;

/**
 * Förändringsanalys: per customer and service last year's charge, this year's and the change
 * as price, volume and model/key effects that add up exactly to it (calc/changeAnalysis.ts),
 * customers in Nycklar order and each one's services in Tjänster order. Its rows are made a
 * customer at a time when a writer asks for them (output.ts), in blocks, never all held (a
 * country has a million). `count` is the number of rows changesByCustomer gives (lastYear.ts
 * counts them in its pass).
 */
export function streamedChangeAnalysis(calc: Calculation, count: number): OutputTable {
  return streamedTable(CHANGE_ANALYSIS, CHANGE_ANALYSIS_COLUMNS, count, () => changeAnalysisBlocks(calc));
}

/** Förändringsanalys's rows in blocks of whole customers (at least BLOCK_ROWS rows each, the last fewer). */
function* changeAnalysisBlocks(calc: Calculation): Generator<OutputValue[][]> {
  const rows = new ChangeAnalysisRows(calc.money);
  const blocks = new BlockCutter(BLOCK_ROWS, BLOCK_ROWS + BLOCK_ROWS / 4);
  for (const list of changesByCustomer(calc)) {
    for (const r of list) blocks.add(rows.row(r));
    const block = blocks.full();
    if (block) yield block;
  }
  const rest = blocks.rest();
  if (rest) yield rest;
}

/**
 * A ChangeRow as a row of Förändringsanalys. What is the same on every row of a service is
 * worked out once. A class, not closures made per run: V8 keeps a closure's optimized code only
 * while a closure of it lives (shapes.ts).
 */
class ChangeAnalysisRows {
  private readonly perService = new Map<ServiceResult, { lastPrice: number | null; price: number | null }>();

  constructor(private readonly money: AmountStep) {}

  row(r: ChangeRow): OutputValue[] {
    const money = this.money;
    let s = this.perService.get(r.result);
    if (!s) this.perService.set(r.result, (s = { lastPrice: num(r.lastPrice), price: num(r.price) }));
    // Every cell filled in, not written as a literal (output.ts's streamedRow says why).
    const row = streamedRow(CHANGE_ANALYSIS_COLUMNS.length);
    row[0] = r.customer;
    row[1] = r.result.service.area;
    row[2] = r.result.service.name;
    row[3] = r.result.plan.model;
    row[4] = s.lastPrice;
    row[5] = num(r.lastVolume);
    row[6] = money.toNumber(r.last ?? 0);
    row[7] = s.price;
    row[8] = num(r.volume);
    row[9] = money.toNumber(r.amount);
    row[10] = money.toNumber(r.change);
    row[11] = money.toNumber(r.priceEffect);
    row[12] = money.toNumber(r.volumeEffect);
    row[13] = money.toNumber(r.deviationEffect);
    row[14] = money.toNumber(r.modelEffect);
    row[15] = r.last === null ? null : ratio(r.change, r.last);
    row[16] = note(r);
    return row;
  }
}

keepShape(new ChangeAnalysisRows(new AmountStep(ONE)));

const BLANDAD = 'fjolårspriset jämförs med den rörliga delen; den nycklade delen är modell-/nyckeleffekt';
const BY_PRICE = 'jämförs med fjolårspris × fjolårsvolym, eftersom fjolårsbelopp saknas';

/** Anmärkning: what is missing, what a Blandad row compares, a customer no longer charged. */
function note(r: ChangeRow): string | null {
  const blandad = !r.invoiced && r.result.plan.model === 'Blandad' ? BLANDAD : null;
  const first = r.missing ?? (r.byPrice ? (blandad === null ? BY_PRICE : `${BY_PRICE}; ${blandad}`) : blandad);
  const text = r.charged ? first : first === null ? 'debiteras inte i år' : `${first}; debiteras inte i år`;
  return text === null ? null : text.charAt(0).toUpperCase() + text.slice(1);
}
