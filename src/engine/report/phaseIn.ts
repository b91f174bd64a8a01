import type { PhaseIn } from '../calc/phaseIn';
import type { Calculation } from '../calc/calculate';
import { Dec } from '../decimal';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { outputTable, ratio } from './columns';
import { nameList } from '../nameList';

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
    problems.warning(
      'phase-in-without-last-year',
      place,
      `Övergångstak ${percentText(cap)} är angivet men ingen kund har ett fjolårsbelopp (Fjolårspris i Tjänster × Fjolårsvolym i Volymer); ingen kund kappas.`,
    );
    return;
  }
  if (phase.stuck.length === 0) return;
  const last = withLast.reduce((a, c) => a + c.last, 0);
  const now = withLast.reduce((a, c) => a + c.uncapped, 0);
  const overall = new Dec(now).div(last).minus(1);
  const why = overall.abs().gt(cap)
    ? `Kundernas jämförbara belopp ändras sammantaget med ${percentText(overall)} mot fjolåret, mer än taket, så alla kan inte hållas inom det när varje tjänst ska bära sin kostnad.`
    : 'Justeringen kan inte läggas på någon annan kund: inga okappade kunder med belopp delar kundens tjänster, eller de skulle hamna under noll.';
  const shown = nameList(phase.stuck, { max: MAX_NAMES });
  problems.warning(
    'phase-in-not-converged',
    place,
    `Övergångstaket ${percentText(cap)} kan inte hållas för ${shown}. ${why} De betalar sina okappade belopp; se Övergång.`,
  );
}

const MAX_NAMES = 5;

/** 0.105 -> "10,5 %", to one decimal at most. */
function percentText(v: Dec): string {
  return `${v.times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed().replace('.', ',').replace('-', '−')} %`;
}
