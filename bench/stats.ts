/** The median of a list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Times fn: one warm-up run, then `runs` runs; returns the median in ms. */
export function timeMedian(fn: () => void, runs: number): { medianMs: number; runsMs: number[] } {
  fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  return { medianMs: median(runsMs), runsMs };
}
