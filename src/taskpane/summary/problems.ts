import type { Problem } from '../../engine/problems';

export interface ProblemGroup {
  /** The input table, or '' for problems with the workbook as a whole. */
  table: string;
  errors: number;
  warnings: number;
  problems: Problem[];
}

/** Problems grouped by table in the order first met, errors before warnings in each group. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const group = groups.get(p.table) ?? { table: p.table, errors: 0, warnings: 0, problems: [] };
    group.problems.push(p);
    if (p.level === 'error') group.errors++;
    else group.warnings++;
    groups.set(p.table, group);
  }
  for (const group of groups.values()) {
    group.problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  }
  return [...groups.values()];
}
