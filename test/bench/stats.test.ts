import { median, quantile, timePaired } from '../../bench/stats';

describe('bench statistics', () => {
  it('median of odd and even lists, whatever their order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('quantiles interpolate between neighbours; the middle one is the median', () => {
    const runs = [40, 10, 30, 20, 50];
    expect([quantile(runs, 0), quantile(runs, 0.25), quantile(runs, 0.5), quantile(runs, 0.75), quantile(runs, 1)]).toEqual([10, 20, 30, 40, 50]);
    expect(quantile([1, 2], 0.25)).toBe(1.25);
    expect(quantile([9, 1, 5, 3], 0.5)).toBe(median([9, 1, 5, 3]));
  });

  it('timePaired times the floor and fn in turn, and the ratio is the median of the pairs', () => {
    const calls: string[] = [];
    const t = timePaired(() => void calls.push('fn'), () => void calls.push('floor'), 3, 2);
    // Cold run, one more warm-up, an untimed floor, then floor and fn in turn.
    expect(calls).toEqual(['fn', 'fn', 'floor', 'floor', 'fn', 'floor', 'fn', 'floor', 'fn']);
    expect(t.runsMs).toHaveLength(3);
    expect(t.floorRunsMs).toHaveLength(3);
    expect(t.medianMs).toBe(median(t.runsMs));
    expect(t.floorMedianMs).toBe(median(t.floorRunsMs));
    expect(t.medianRatio).toBe(median(t.runsMs.map((ms, i) => ms / (t.floorRunsMs[i] as number))));
  });
});
