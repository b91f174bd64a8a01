import { median, timeMedian } from '../../bench/stats';

describe('bench statistics', () => {
  it('median of odd and even lists, whatever their order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
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
