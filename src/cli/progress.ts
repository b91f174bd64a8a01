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

  report(step: string, fraction: number): void {
    if (this.quiet || this.io.now() - this.started < this.after) return;
    this.last = `[${String(Math.round(fraction * 100)).padStart(3)} %] ${step}\n`;
    this.io.stderr(this.last);
  }

  /** The closing line, unless nothing was shown or the last line shown was already it (the engine's own "Klart"). */
  done(): void {
    if (this.last !== null && this.last !== DONE) this.io.stderr(DONE);
  }
}
