import type { CliIO } from './io';

const DONE = '[100 %] Klart\n';

/**
 * Progress on stderr, for long runs only: nothing is printed until a run has taken a second,
 * so quick runs and scripts stay quiet; with --quiet nothing at all (errors and warnings are
 * not progress, and still go out).
 */
export class ProgressReporter {
  private last: string | null = null;
  private readonly quiet: boolean;
  private readonly after: number;

  constructor(
    private readonly io: CliIO,
    private readonly started: number,
    options: { quiet?: boolean; after?: number } = {},
  ) {
    this.quiet = options.quiet ?? false;
    this.after = options.after ?? 1000;
  }

  /** A line for the step, unless it would say what the last one said (the reader reports a part at a time). */
  report(step: string, fraction: number): void {
    if (this.quiet || this.io.now() - this.started < this.after) return;
    const line = `[${String(Math.round(fraction * 100)).padStart(3)} %] ${step}\n`;
    if (line === this.last) return;
    this.last = line;
    this.io.stderr(line);
  }

  /** Reports of one phase, its own fractions (0–1) placed between `from` and `to` of the whole. */
  phase(step: string, from: number, to: number): (fraction: number) => void {
    return (fraction) => this.report(step, from + (to - from) * fraction);
  }

  /** The closing line, unless nothing was shown or the last line shown was already it (the engine's own "Klart"). */
  done(): void {
    if (this.last !== null && this.last !== DONE) this.io.stderr(DONE);
  }
}
