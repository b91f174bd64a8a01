/** The median of a list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The q-quantile (0 ≤ q ≤ 1) of a list of timings, interpolated between neighbours. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

/**
 * Times fn: `warmups` runs untimed (V8 compiles the hot functions with its optimising compiler
 * over the first few runs of a short task), then `runs` runs; returns the median in ms, and the
 * first (cold) run's time, what a task pane's first calculation costs.
 */
export function timeMedian(fn: () => void, runs: number, warmups = 1): { medianMs: number; runsMs: number[]; coldMs: number } {
  const cold = performance.now();
  fn();
  const coldMs = performance.now() - cold;
  for (let i = 1; i < warmups; i++) fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  return { medianMs: median(runsMs), runsMs, coldMs };
}
