import type { Calculation } from '../calc/calculate';
import { analyseChanges } from '../calc/changeAnalysis';
import { phaseIn } from '../calc/phaseIn';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { changeAnalysisTable } from './changeAnalysis';
import { phaseInTable } from './phaseIn';

/** The outputs against last year: Förändringsanalys and Övergång, from one analysis. */
export function lastYearTables(calc: Calculation, problems: ProblemList): OutputTable[] {
  const changes = analyseChanges(calc);
  return [changeAnalysisTable(calc, changes), phaseInTable(calc, phaseIn(calc, changes), problems)];
}
