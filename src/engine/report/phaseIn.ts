import type { PhaseIn } from '../calc/phaseIn';
import type { Calculation } from '../calc/calculate';
import { Dec } from '../decimal';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { outputTable, ratio } from './columns';
import { msg } from '../messages/catalog';
import { names } from '../messages/wording';

export const PHASE_IN = 'Övergång';

export const PHASE_IN_COLUMNS = [
  ['Kund', 'text'],
  ['Fjolår', 'kr'],
  ['Okappat', 'kr'],
  ['Kappat', 'kr'],
  ['Justering', 'kr'],
  ['Förändring okappat %', 'percent'],
  ['Förändring kappat %', 'percent'],
  ['Kappad', 'text'],
  ['Totalt okappat', 'kr'],
  ['Totalt kappat', 'kr'],
] as const;

/**
 * Övergång: per customer last year's total, this year's uncapped and capped side by side
 * (calc/phaseIn.ts). Without Övergångstak nothing is capped and Kappat equals Okappat.
 */
export function phaseInTable(calc: Calculation, phase: PhaseIn, problems: ProblemList): OutputTable {
  const kr = (units: number) => calc.money.toNumber(units);
  if (phase.cap !== null) report(phase, problems);
  return outputTable(
    PHASE_IN,
    PHASE_IN_COLUMNS,
    phase.customers.map((c) => [
      c.customer,
      kr(c.last),
      kr(c.uncapped),
      kr(c.capped),
      kr(c.totalCapped - c.totalUncapped),
      ratio(c.uncapped - c.last, c.last),
      ratio(c.capped - c.last, c.last),
      c.isCapped ? 'Ja' : 'Nej',
      kr(c.totalUncapped),
      kr(c.totalCapped),
    ]),
  );
}

function report(phase: PhaseIn, problems: ProblemList): void {
  const cap = phase.cap as Dec;
  const place = { table: 'Inställningar', column: 'Värde' };
  const withLast = phase.customers.filter((c) => c.last > 0);
  if (withLast.length === 0) {
    problems.warning('phase-in-without-last-year', place, msg('phaseInWithoutLastYear', { cap: percentText(cap) }));
    return;
  }
  if (phase.stuck.length === 0) return;
  const last = withLast.reduce((a, c) => a + c.last, 0);
  const now = withLast.reduce((a, c) => a + c.uncapped, 0);
  const overall = new Dec(now).div(last).minus(1);
  problems.warning(
    'phase-in-not-converged',
    place,
    msg('phaseInNotHeld', { cap: percentText(cap), customers: names(phase.stuck, MAX_NAMES), overall: overall.abs().gt(cap) ? percentText(overall) : null }),
  );
}

const MAX_NAMES = 5;

/** 0.105 -> "10,5 %", to one decimal at most. */
function percentText(v: Dec): string {
  return `${v.times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed().replace('.', ',').replace('-', '−')} %`;
}
