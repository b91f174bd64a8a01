import type { Problem, ProblemLevel } from '../problems';
import { keepShape } from '../shapes';

/** Where a problem sits; everything but the table is optional. */
export interface Place {
  table: string;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
}

/** Collects every problem of a run, so the user can fix everything in one pass. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(code: string, place: Place, message: string): void {
    this.add('error', code, place, message);
  }

  warning(code: string, place: Place, message: string): void {
    this.add('warning', code, place, message);
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.level === 'error');
  }

  private add(level: ProblemLevel, code: string, place: Place, message: string): void {
    this.items.push({
      level,
      code,
      table: place.table,
      row: place.row ?? null,
      column: place.column ?? null,
      cell: place.cell ?? null,
      message,
    });
  }
}

keepShape(new ProblemList());
