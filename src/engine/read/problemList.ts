import type { Place, Problem, ProblemLevel } from '../problems';
import { renderMessage, type Message } from '../messages/catalog';
import { keepShape } from '../shapes';

export type { Place };

/** Collects every problem of a run, so the user can fix everything in one pass. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(code: string, place: Place, text: Message): void {
    this.add('error', code, place, text);
  }

  warning(code: string, place: Place, text: Message): void {
    this.add('warning', code, place, text);
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.level === 'error');
  }

  private add(level: ProblemLevel, code: string, place: Place, text: Message): void {
    this.items.push({
      level,
      code,
      table: place.table,
      row: place.row ?? null,
      column: place.column ?? null,
      cell: place.cell ?? null,
      message: renderMessage(text, 'sv'),
      text,
    });
  }
}

keepShape(new ProblemList());
