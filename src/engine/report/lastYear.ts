import type { Calculation } from '../calc/calculate';
import { changesByService, type ChangeRow } from '../calc/changeAnalysis';
import { phaseIn } from '../calc/phaseIn';
import type { OutputTable } from '../output';
import type { ProblemList } from '../read/problemList';
import { changeAnalysisBuilder } from './changeAnalysis';
import { phaseInTable } from './phaseIn';

/** The outputs against last year: Förändringsanalys and Övergång, from one analysis. */
export function lastYearTables(calc: Calculation, problems: ProblemList): OutputTable[] {
  // One pass: phaseIn reads the rows once, and each row is turned into its table row as it
  // goes by, so the rows themselves are not all kept at once.
  const table = changeAnalysisBuilder(calc);
  function* tee(): Generator<ChangeRow> {
    for (const row of changesByService(calc)) {
      table.add(row);
      yield row;
    }
  }
  const rows = tee();
  const phase = phaseIn(calc, rows);
  // phaseIn reads every row; should it ever stop early, the table still gets the rest.
  for (const row of rows) void row;
  return [table.finish(), phaseInTable(calc, phase, problems)];
}
