import type { CliIO } from './io';

/**
 * Progress on stderr, for long runs only: nothing is printed until a run has taken a second,
 * so quick runs and scripts stay quiet.
 */
export class ProgressReporter {
  private shown = false;

  constructor(
    private readonly io: CliIO,
    private readonly started: number,
    private readonly after = 1000,
  ) {}

  report(step: string, fraction: number): void {
    if (this.io.now() - this.started < this.after) return;
    this.shown = true;
    this.io.stderr(`[${String(Math.round(fraction * 100)).padStart(3)} %] ${step}\n`);
  }

  done(): void {
    if (this.shown) this.io.stderr('[100 %] Klart\n');
  }
}
