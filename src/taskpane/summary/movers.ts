import type { OutputTable } from '../../engine/output';
import { numberOf, rowsOf, textOf } from './outputs';

export interface Mover {
  customer: string;
  base: number;
  scenario: number;
  changeKr: number;
  /** null when the base is 0. */
  changePct: number | null;
  /** The engine's Tröskel flag ("<scenario> över tröskel"); false when Tröskel is not set. */
  overThreshold: boolean;
}

/** The customers whose charge moves most (in kronor, either way) in the scenario. */
export function scenarioMovers(outputs: readonly OutputTable[], scenario: string, count = 5): Mover[] {
  return rowsOf(outputs, 'Scenariojämförelse')
    .map((r) => ({
      customer: textOf(r, 'Kund'),
      base: numberOf(r, 'Bas') ?? 0,
      scenario: numberOf(r, scenario) ?? 0,
      changeKr: numberOf(r, `${scenario} förändring kr`) ?? 0,
      changePct: numberOf(r, `${scenario} förändring %`),
      overThreshold: r[`${scenario} över tröskel`] === 'Ja',
    }))
    .sort((a, b) => Math.abs(b.changeKr) - Math.abs(a.changeKr) || a.customer.localeCompare(b.customer, 'sv'))
    .slice(0, count);
}
