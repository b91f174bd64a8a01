import type { Calculation } from '../calc/calculate';
import { forEachChange } from '../calc/changeAnalysis';
import { phaseInCollector } from '../calc/phaseIn';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { changeAnalysisBuilder } from './changeAnalysis';
import { phaseInTable } from './phaseIn';

/**
 * The outputs against last year: Förändringsanalys and Övergång, from one pass over the rows:
 * each row becomes its table row and goes into the phase-in sums as it is made, so the rows
 * themselves are not kept (a country has a million).
 */
export function lastYearTables(calc: Calculation, problems: ProblemList): OutputTable[] {
  const table = changeAnalysisBuilder(calc);
  const phase = phaseInCollector(calc);
  forEachChange(calc, [table, phase]);
  return [table.finish(), phaseInTable(calc, phase.finish(), problems)];
}
