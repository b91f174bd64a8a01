import type { Calculation } from '../calc/calculate';
import type { ChangeRow } from '../calc/changeAnalysis';
import type { OutputTable } from '../output';
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
 */
export function changeAnalysisTable(calc: Calculation, rows: readonly ChangeRow[]): OutputTable {
  const kr = (units: number) => calc.money.toNumber(units);
  return outputTable(
    CHANGE_ANALYSIS,
    CHANGE_ANALYSIS_COLUMNS,
    rows.map((r) => [
      r.customer,
      r.result.service.area,
      r.result.service.name,
      r.result.plan.model,
      num(r.lastPrice),
      num(r.lastVolume),
      kr(r.last ?? 0),
      num(r.price),
      num(r.volume),
      kr(r.amount),
      kr(r.change),
      kr(r.priceEffect),
      kr(r.volumeEffect),
      kr(r.modelEffect),
      r.last === null ? null : ratio(r.change, r.last),
      note(r),
    ]),
  );
}

function note(r: ChangeRow): string | null {
  const notes: string[] = [];
  if (r.missing !== null) notes.push(r.missing);
  else if (r.result.plan.model === 'Blandad') notes.push('fjolårspriset jämförs med den rörliga delen; den nycklade delen är modell-/nyckeleffekt');
  if (!r.charged) notes.push('debiteras inte i år');
  if (notes.length === 0) return null;
  const text = notes.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
