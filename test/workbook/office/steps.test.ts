import { MIN_SPLIT_BYTES, packedSteps, type Step } from '../../../src/workbook/office/steps';

/** A step of `size` bytes named `id`; cuttable into parts of whole 10-byte units when `cuttable`. */
function step(id: string, size: number, cuttable = false): Step {
  return {
    size,
    apply: () => undefined,
    split: cuttable
      ? (room) => {
          const head = Math.floor(room / 10) * 10;
          return head === 0 || head >= size ? null : [step(`${id}a`, head, true), step(`${id}b`, size - head, true)];
        }
      : undefined,
  };
}

const sizes = (groups: Step[][]) => groups.map((g) => g.map((s) => s.size));

describe('packedSteps', () => {
  const budget = 100_000;

  it('groups steps in order as pack does when none can be cut', () => {
    const groups = [...packedSteps([step('a', 60_000), step('b', 30_000), step('c', 20_000), step('d', 150_000), step('e', 1)], budget)];
    expect(sizes(groups)).toEqual([[60_000, 30_000], [20_000], [150_000], [1]]);
  });

  it('cuts a step that does not fit where the group is full, and begins the next group with the rest', () => {
    const groups = [...packedSteps([step('a', 60_000), step('b', 70_000, true), step('c', 50_000, true)], budget)];
    // 60 000 + 40 000 of b; then b's other 30 000 and c's first 50 000 fit in 100 000 (80 000), c whole.
    expect(sizes(groups)).toEqual([[60_000, 40_000], [30_000, 50_000]]);
    expect(groups.flat().reduce((n, s) => n + s.size, 0)).toBe(180_000);
  });

  it('gives a rest larger than the budget a group of its own, as any step larger than it', () => {
    const groups = [...packedSteps([step('a', 80_000), step('b', 250_000, true), step('c', 5)], budget)];
    expect(sizes(groups)).toEqual([[80_000, 20_000], [230_000], [5]]);
  });

  it('leaves a group as it is when less than MIN_SPLIT_BYTES is left, or the step cannot be cut there', () => {
    const nearlyFull = budget - MIN_SPLIT_BYTES + 1;
    expect(sizes([...packedSteps([step('a', nearlyFull), step('b', 50_000, true)], budget)])).toEqual([[nearlyFull], [50_000]]);
    const uncut = { ...step('b', 50_000), split: () => null };
    expect(sizes([...packedSteps([step('a', 60_000), uncut], budget)])).toEqual([[60_000], [50_000]]);
  });

  it('takes steps only as a group needs them', () => {
    const taken: string[] = [];
    function* steps(): Generator<Step> {
      for (const id of ['a', 'b', 'c']) {
        taken.push(id);
        yield step(id, 60_000);
      }
    }
    const groups = packedSteps(steps(), budget);
    groups.next();
    expect(taken).toEqual(['a', 'b']);
  });
});
