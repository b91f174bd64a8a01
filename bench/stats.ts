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
 * Times fn and floor in turn, `runs` times each, after `warmups` runs of fn untimed (V8 compiles
 * the hot functions with its optimising compiler over the first few runs of a short task); the
 * first is timed on its own as the cold run, what a task pane's first calculation costs. This
 * machine's speed changes by up to two times within seconds (a shared host: BENCHMARKS.md), so
 * fn and the floor are timed in the same moments and each pair gives a ratio; their median is
 * the engine's multiple of the floor whatever the moment.
 */
export function timePaired(
  fn: () => void,
  floor: () => void,
  runs: number,
  warmups = 1,
): { medianMs: number; runsMs: number[]; coldMs: number; floorMedianMs: number; floorRunsMs: number[]; medianRatio: number } {
  const cold = performance.now();
  fn();
  const coldMs = performance.now() - cold;
  for (let i = 1; i < warmups; i++) fn();
  floor();
  const runsMs: number[] = [];
  const floorRunsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    floor();
    floorRunsMs.push(performance.now() - start);
    start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  return {
    medianMs: median(runsMs),
    runsMs,
    coldMs,
    floorMedianMs: median(floorRunsMs),
    floorRunsMs,
    medianRatio: median(runsMs.map((ms, i) => ms / (floorRunsMs[i] as number))),
  };
}
