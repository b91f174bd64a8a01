import type { Calculation } from '../calc/calculate';
import { changesByCustomer } from '../calc/changeAnalysis';
import { phaseInCollector } from '../calc/phaseIn';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { streamedChangeAnalysis } from './changeAnalysis';
import { phaseInTable } from './phaseIn';

/**
 * The outputs against last year: Förändringsanalys and Övergång. One pass over the rows sums the
 * phase-in and counts Förändringsanalys's rows, which are made again, a customer at a time, when
 * the table is written (streamed: a country has a million, and none is held).
 */
export function lastYearTables(calc: Calculation, problems: ProblemList): OutputTable[] {
  const phase = phaseInCollector(calc);
  let count = 0;
  for (const rows of changesByCustomer(calc)) {
    for (const row of rows) phase.add(row);
    count += rows.length;
  }
  return [streamedChangeAnalysis(calc, count), phaseInTable(calc, phase.finish(), problems)];
}
