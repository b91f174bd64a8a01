/**
 * Order statistics for largest remainder's cut: the k-th smallest of a list of doubles without
 * sorting it (quickselect, Hoare's partition with a median-of-three pivot) and without making
 * an array per call: the values are copied into a scratch buffer kept between calls. The engine
 * is single-threaded, so one buffer serves every call.
 */
let scratch = new Float64Array(256);

/**
 * The k-th smallest (k from 0) of values[0..count), and the largest value among those below
 * it in sorted order (−Infinity when k is 0): what the cut of a split and its nearest rival are.
 */
export function cutAt(values: Float64Array, count: number, k: number): { kth: number; below: number } {
  if (k < 0 || k >= count) throw new RangeError(`cutAt: k ${k} outside 0..${count - 1}`);
  if (scratch.length < count) scratch = new Float64Array(Math.max(count, scratch.length * 2));
  const a = scratch;
  for (let i = 0; i < count; i++) a[i] = values[i] as number;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    // median of three as the pivot, left in a[mid]
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i-1] = pivot
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  const kth = a[k] as number;
  let below = -Infinity;
  for (let i = 0; i < k; i++) if ((a[i] as number) > below) below = a[i] as number;
  return { kth, below };
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
