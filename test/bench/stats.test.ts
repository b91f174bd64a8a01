import { median, quantile, timeMedian } from '../../bench/stats';

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

  it('timeMedian runs the warm-ups untimed, then times exactly `runs` runs', () => {
    let calls = 0;
    const t = timeMedian(() => void calls++, 5, 3);
    expect(calls).toBe(8);
    expect(t.runsMs).toHaveLength(5);
    expect(t.coldMs).toBeGreaterThanOrEqual(0);
    expect(t.medianMs).toBe(median(t.runsMs));
  });
});
